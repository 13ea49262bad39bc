package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes of a campaign's {@link KpiTracking} (数据监控看板): revising the dashboard's plan
 * (lines, cadences, alert policy), recording a batch of observations, raising the alerts of a
 * day's dashboard, and answering an alert. Refusals name paths under {@code kpi}, except those of a
 * batch, which name the observation by its index in the batch ({@code observations[3].value}).
 */
public sealed interface KpiChange extends PartChange<KpiTracking, KpiChange.Context>
        permits KpiChange.RevisePlan, KpiChange.RecordObservations, KpiChange.RaiseAlerts,
        KpiChange.AcknowledgeAlert {

    /** The kinds of KPI change, with their labels. */
    enum Type implements Labelled {
        /** Revise the dashboard's lines, cadences and alert policy. */
        REVISE_KPI_PLAN,
        /** Record a batch of observations. */
        RECORD_OBSERVATIONS,
        /** Raise the alerts of a day's dashboard. */
        RAISE_ALERTS,
        /** Answer an alert. */
        ACKNOWLEDGE_ALERT
    }

    @Override
    Type type();

    /**
     * What a KPI change needs of the campaign.
     *
     * @param actor   who makes the change
     * @param at      when
     * @param metrics the metric catalogue of the campaign's goals
     * @param window  the campaign's window
     * @param phases   its phases, for the pace of a phase-weighted dashboard
     * @param calendar its working calendar, for data due on a day off
     */
    record Context(MemberId actor, Instant at, List<Metric> metrics, DateRange window, List<Phase> phases,
                   WorkingCalendar calendar) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Context {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(metrics, "metrics");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(phases, "phases");
            Objects.requireNonNull(calendar, "calendar");
        }
    }

    /**
     * Replace the dashboard's lines, the cadences and the alert policy; the observations, alerts
     * and acknowledgements recorded stay as they are.
     *
     * @param targets  the dashboard's lines, in display order
     * @param cadences how often each metric is observed
     * @param alerting the alert rules, pace and response time
     */
    record RevisePlan(List<KpiTarget> targets, List<MetricCadence> cadences, AlertPolicy alerting)
            implements KpiChange {

        /**
         * Checks the components and copies the lists.
         *
         * @throws NullPointerException if a component or an element is null, naming it
         */
        public RevisePlan {
            targets = Checks.list(targets, "targets");
            cadences = Checks.list(cadences, "cadences");
            Objects.requireNonNull(alerting, "alerting");
        }

        /**
         * The plan of a tracking value: its lines, cadences and alert policy (its data is ignored).
         *
         * @param plan the tracking whose plan to take
         * @return the change
         */
        public static RevisePlan from(KpiTracking plan) {
            return new RevisePlan(plan.targets(), plan.cadences(), plan.alerting());
        }

        @Override
        public Either<Refusal, KpiTracking> applyTo(KpiTracking kpi, Context context) {
            return Either.right(new KpiTracking(targets, cadences, kpi.observations(), alerting, kpi.alerts(),
                    kpi.acknowledgements()));
        }

        @Override
        public Type type() {
            return Type.REVISE_KPI_PLAN;
        }
    }

    /**
     * Record a batch of observations, all or none (see {@link KpiTracking#recordAll}): a day's import
     * of any size is one command. A duplicate of an observation held or of another in the batch is
     * refused, never written over the first.
     *
     * @param observations the batch
     */
    record RecordObservations(List<Observation> observations) implements KpiChange {

        /**
         * Checks the component and copies the list.
         *
         * @throws NullPointerException if it or an element is null
         */
        public RecordObservations {
            observations = Checks.list(observations, "observations");
        }

        /**
         * Recording the given batch.
         *
         * @param observations the batch
         * @return the change
         */
        public static RecordObservations of(List<Observation> observations) {
            return new RecordObservations(observations);
        }

        /**
         * Recording the given observations.
         *
         * @param first the first observation
         * @param more  more observations
         * @return the change
         */
        public static RecordObservations of(Observation first, Observation... more) {
            java.util.List<Observation> all = new java.util.ArrayList<>();
            all.add(first);
            all.addAll(List.of(more));
            return new RecordObservations(all);
        }

        @Override
        public Either<Refusal, KpiTracking> applyTo(KpiTracking kpi, Context context) {
            return kpi.recordAll(observations, context.metrics());
        }

        @Override
        public Type type() {
            return Type.RECORD_OBSERVATIONS;
        }
    }

    /**
     * Raise the alerts of the dashboard as of a day (see {@link KpiTracking#raise}), each to be
     * answered within the policy's response time from the clock's time. Alerts already raised for a
     * row and day at the same or a worse status are not raised again.
     *
     * @param asOf the day of the dashboard
     */
    record RaiseAlerts(LocalDate asOf) implements KpiChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public RaiseAlerts {
            Objects.requireNonNull(asOf, "asOf");
        }

        /**
         * Raising the alerts of a day.
         *
         * @param asOf the day
         * @return the change
         */
        public static RaiseAlerts of(LocalDate asOf) {
            return new RaiseAlerts(asOf);
        }

        @Override
        public Either<Refusal, KpiTracking> applyTo(KpiTracking kpi, Context context) {
            Dashboard dashboard = kpi.dashboard(context.metrics(), context.window(), context.phases(), context.calendar(),
                    asOf);
            return Either.right(kpi.raise(dashboard, context.at()));
        }

        @Override
        public Type type() {
            return Type.RAISE_ALERTS;
        }
    }

    /**
     * Answer the alerts of a dashboard row and day with an analysis and adjustment, in the actor's
     * name at the clock's time (see {@link KpiTracking#acknowledge}); an answer after the deadline is
     * recorded and reported late.
     *
     * @param metric   the row's metric
     * @param channel  the row's channel, empty for the all-channel row
     * @param date     the alert's day
     * @param analysis the analysis and adjustment
     */
    record AcknowledgeAlert(MetricId metric, Optional<Channel> channel, LocalDate date, String analysis)
            implements KpiChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public AcknowledgeAlert {
            Objects.requireNonNull(metric, "metric");
            Checks.optional(channel, "channel");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(analysis, "analysis");
        }

        /**
         * Answering an alert.
         *
         * @param alert    the alert
         * @param analysis the analysis and adjustment
         * @return the change
         */
        public static AcknowledgeAlert of(Alert alert, String analysis) {
            return new AcknowledgeAlert(alert.metric(), alert.channel(), alert.date(), analysis);
        }

        @Override
        public Either<Refusal, KpiTracking> applyTo(KpiTracking kpi, Context context) {
            return kpi.acknowledge(new Acknowledgement(metric, channel, date, context.actor(), context.at(), analysis))
                    .mapLeft(refusal -> Refusal.of(refusal.violations().map(this::seenFromCampaign)));
        }

        private Violation seenFromCampaign(Violation violation) {
            return violation.path().isEmpty() ? violation.under("kpi.alerts") : violation;
        }

        @Override
        public Type type() {
            return Type.ACKNOWLEDGE_ALERT;
        }
    }
}
