package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.internal.Moments;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A campaign's KPI tracking: the dashboard's lines, the cadence of each metric, the observations
 * recorded, the alert policy, the alerts raised and their acknowledgements. An immutable value;
 * the methods that record something return a changed copy, or the violations that refuse it.
 *
 * <p>Metrics come from the campaign's {@linkplain io.github.campaignkit.core.goal.GoalSheet#metrics()
 * catalogue}, passed in where needed. Paths of violations are relative to this value
 * ({@code observations[17].value}); see also {@link KpiRules}.
 *
 * @param targets          the dashboard's lines, in display order
 * @param cadences         how often each metric is observed
 * @param observations     the observations, in the order recorded
 * @param alerting         the alert rules, the pace and the response time
 * @param alerts           the alerts raised, in the order raised
 * @param acknowledgements the answers to alerts, in the order given
 */
@Value.Builder
public record KpiTracking(List<KpiTarget> targets, List<MetricCadence> cadences, List<Observation> observations,
                          AlertPolicy alerting, List<Alert> alerts, List<Acknowledgement> acknowledgements) {

    private static final KpiTracking EMPTY = new KpiTracking(List.of(), List.of(), List.of(), AlertPolicy.defaults(),
            List.of(), List.of());

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public KpiTracking {
        targets = Checks.list(targets, "targets");
        cadences = Checks.list(cadences, "cadences");
        observations = ObservationList.of(observations);
        Objects.requireNonNull(alerting, "alerting");
        alerts = Checks.list(alerts, "alerts");
        acknowledgements = Checks.list(acknowledgements, "acknowledgements");
    }

    /**
     * The tracking of a campaign just planned: no lines, no data, the
     * {@linkplain AlertPolicy#defaults() default alert policy}.
     *
     * @return the empty tracking
     */
    public static KpiTracking empty() {
        return EMPTY;
    }

    /**
     * A builder for a tracking value.
     *
     * @return a new builder
     */
    public static KpiTrackingBuilder builder() {
        return new KpiTrackingBuilder();
    }

    /**
     * A builder that starts from this value.
     *
     * @return a builder holding every component
     */
    public KpiTrackingBuilder toBuilder() {
        return new KpiTrackingBuilder().from(this);
    }

    /**
     * This tracking with a dashboard line added, or replacing the line of the same metric and
     * channel.
     *
     * @param line the line
     * @return a copy
     */
    public KpiTracking withTarget(KpiTarget line) {
        Objects.requireNonNull(line, "line");
        List<KpiTarget> next = new ArrayList<>(targets);
        next.removeIf(t -> t.metric().equals(line.metric()) && t.channel().equals(line.channel()));
        int at = indexOf(line);
        next.add(at < 0 ? next.size() : at, line);
        return toBuilder().targets(next).build();
    }

    private int indexOf(KpiTarget line) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).metric().equals(line.metric()) && targets.get(i).channel().equals(line.channel())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * This tracking with a metric's cadence set, replacing its earlier one.
     *
     * @param cadence the cadence
     * @return a copy
     */
    public KpiTracking withCadence(MetricCadence cadence) {
        Objects.requireNonNull(cadence, "cadence");
        List<MetricCadence> next = new ArrayList<>(cadences);
        next.removeIf(c -> c.metric().equals(cadence.metric()));
        next.add(cadence);
        return toBuilder().cadences(next).build();
    }

    /**
     * This tracking with another alert policy.
     *
     * @param policy the policy
     * @return a copy
     */
    public KpiTracking withAlerting(AlertPolicy policy) {
        return toBuilder().alerting(policy).build();
    }

    /**
     * Records one observation, refusing it when its metric is unknown or a rate, its value does
     * not fit the metric's unit (a negative or fractional count), its source is blank, or the
     * metric, channel and date are already observed: a second observation is refused, never
     * written over the first.
     *
     * @param observation the observation
     * @param metrics     the campaign's metric catalogue
     * @return this tracking with the observation appended, or every reason it is refused
     */
    public Either<Refusal, KpiTracking> record(Observation observation, Collection<Metric> metrics) {
        return recordAll(List.of(Objects.requireNonNull(observation, "observation")), metrics);
    }

    /**
     * Records several observations at once, all or none; paths name them by their index in
     * {@code batch}. The cost grows with the batch, not with the observations already held.
     *
     * @param batch   the observations
     * @param metrics the campaign's metric catalogue
     * @return this tracking with every observation appended, or every reason one is refused
     */
    public Either<Refusal, KpiTracking> recordAll(List<Observation> batch, Collection<Metric> metrics) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(metrics, "metrics");
        Map<MetricId, Metric> catalogue = new HashMap<>();
        metrics.forEach(m -> catalogue.putIfAbsent(m.id(), m));
        ObservationList held = ObservationList.of(observations);
        Set<Key> seen = new HashSet<>();
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        for (int i = 0; i < batch.size(); i++) {
            Observation o = Objects.requireNonNull(batch.get(i), "batch[" + i + "]");
            String path = RulePaths.indexed("observations", i);
            Violation problem = ObservationChecks.problem(o, catalogue.get(o.metric()), path);
            if (problem != null) {
                found = found.append(problem);
            }
            if (o.source().isBlank()) {
                found = found.append(Violation.of(KpiViolation.OBSERVATION_SOURCE_BLANK, path + ".source",
                        o.metric(), o.channel().name(), o.date().toString()));
            }
            Key key = Key.of(o);
            if (held.holds(key) || !seen.add(key)) {
                found = found.append(ObservationChecks.duplicate(o, path));
            }
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        return Either.right(new KpiTracking(targets, cadences, held.appendAll(batch, "batch"), alerting, alerts,
                acknowledgements));
    }

    /**
     * Adds up the observations as of a day, in one pass.
     *
     * @param metrics the campaign's metric catalogue
     * @param asOf    the day
     * @return the totals
     */
    public KpiTotals totals(Collection<Metric> metrics, LocalDate asOf) {
        return KpiTotals.tally(metrics, observations, asOf);
    }

    /**
     * The dashboard of a day.
     *
     * @param metrics the campaign's metric catalogue
     * @param window  the campaign's window
     * @param phases  the campaign's phases
     * @param asOf    the day
     * @return the dashboard
     */
    public Dashboard dashboard(Collection<Metric> metrics, DateRange window, List<Phase> phases, LocalDate asOf) {
        return Dashboard.of(totals(metrics, asOf), this, window, phases);
    }

    /**
     * The dashboard of a day, weekly and monthly data falling due on a day off moving to the next
     * working day of the calendar ("by the 5th").
     *
     * @param metrics  the campaign's metric catalogue
     * @param window   the campaign's window
     * @param phases   the campaign's phases
     * @param calendar the campaign's working calendar
     * @param asOf     the day
     * @return the dashboard
     */
    public Dashboard dashboard(Collection<Metric> metrics, DateRange window, List<Phase> phases,
                               WorkingCalendar calendar, LocalDate asOf) {
        return Dashboard.of(totals(metrics, asOf), this, window, phases, calendar);
    }

    /**
     * Raises an alert for every row of a dashboard whose status is not normal, unless an alert at
     * least as serious was already raised for that row and day: a row that goes from warning to
     * critical raises a second alert, one that stays a warning does not.
     *
     * @param dashboard the dashboard just computed
     * @param now       when the alerts are raised; each must be answered within the policy's
     *                  response time from then
     * @return this tracking with the new alerts appended
     */
    public KpiTracking raise(Dashboard dashboard, Instant now) {
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(now, "now");
        List<Alert> next = new ArrayList<>(alerts);
        for (DashboardRow row : dashboard.alerting()) {
            boolean known = next.stream().anyMatch(a -> a.metric().equals(row.metric())
                    && a.channel().equals(row.channel()) && a.date().equals(dashboard.asOf())
                    && a.status().compareTo(row.status()) >= 0);
            if (!known) {
                next.add(new Alert(row.metric(), row.channel(), dashboard.asOf(), row.status(), now,
                        now.plus(alerting.responseTime())));
            }
        }
        return next.size() == alerts.size() ? this : toBuilder().alerts(next).build();
    }

    /**
     * Records an answer to the alerts of a row and day.
     *
     * @param ack the acknowledgement
     * @return this tracking with the acknowledgement appended, or why it is refused: a blank
     *         analysis, or no alert of that row and day raised by then
     */
    public Either<Refusal, KpiTracking> acknowledge(Acknowledgement ack) {
        Objects.requireNonNull(ack, "ack");
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (ack.analysis().isBlank()) {
            found = found.append(Violation.of(KpiViolation.ACKNOWLEDGEMENT_ANALYSIS_BLANK, "analysis"));
        }
        if (alerts.stream().noneMatch(a -> a.isAnsweredBy(ack))) {
            found = found.append(Violation.of(KpiViolation.ACKNOWLEDGEMENT_NO_ALERT, "", ack.metric(),
                    channelArgument(ack.channel()), ack.date().toString()));
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        List<Acknowledgement> next = new ArrayList<>(acknowledgements);
        next.add(ack);
        return Either.right(toBuilder().acknowledgements(next).build());
    }

    /**
     * The alerts nobody answered in time: an error for each alert still unanswered after its
     * deadline, a warning for each answered after it. Times in the messages are shown in UTC
     * ({@code 2024-08-04 02:30 UTC}); {@link #unanswered(Instant, ZoneId)} shows them in the
     * readers' zone.
     *
     * @param now the moment to judge at
     * @return the violations, at {@code alerts[i]}
     */
    public Seq<Violation> unanswered(Instant now) {
        return unanswered(now, ZoneOffset.UTC);
    }

    /**
     * The alerts nobody answered in time, with the deadline and the answer shown in the given zone
     * to the minute ({@code 2024-08-04 10:30} in Asia/Shanghai; UTC is marked
     * {@code 2024-08-04 02:30 UTC}): an error for each alert still unanswered after its deadline, a
     * warning for each answered after it.
     *
     * @param now  the moment to judge at
     * @param zone the zone the readers' clocks show
     * @return the violations, at {@code alerts[i]}
     */
    public Seq<Violation> unanswered(Instant now, ZoneId zone) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        for (int i = 0; i < alerts.size(); i++) {
            Alert alert = alerts.get(i);
            Instant due = alert.respondBy();
            Optional<Acknowledgement> first = acknowledgements.stream().filter(alert::isAnsweredBy)
                    .min(java.util.Comparator.comparing(Acknowledgement::at));
            String path = RulePaths.indexed("alerts", i);
            if (first.isEmpty() && now.isAfter(due)) {
                found = found.append(Violation.of(KpiViolation.ALERT_UNANSWERED, path, alert.metric(),
                        channelArgument(alert.channel()), alert.date().toString(), alert.status(),
                        Moments.showMarkingUtc(due, zone)));
            } else if (first.isPresent() && first.get().at().isAfter(due)) {
                found = found.append(Violation.of(KpiViolation.ALERT_ANSWERED_LATE, path, alert.metric(),
                        channelArgument(alert.channel()), alert.date().toString(), alert.status(),
                        Moments.showMarkingUtc(due, zone), Moments.showMarkingUtc(first.get().at(), zone)));
            }
        }
        return found;
    }


    static Object channelArgument(Optional<Channel> channel) {
        return channel.<Object>map(Channel::name).orElse(AllChannels.ALL);
    }

    /** Metric, channel and date: what an observation must be alone for. */
    static final class Key {
        private final MetricId metric;
        private final Channel channel;
        private final LocalDate date;

        private Key(MetricId metric, Channel channel, LocalDate date) {
            this.metric = metric;
            this.channel = channel;
            this.date = date;
        }

        static Key of(Observation o) {
            return new Key(o.metric(), o.channel(), o.date());
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return metric.equals(k.metric) && channel.equals(k.channel) && date.equals(k.date);
        }

        @Override
        public int hashCode() {
            return Objects.hash(metric, channel, date);
        }
    }

    /**
     * This tracking as the skeleton of the next campaign: the same dashboard lines (metric,
     * channel, target, owner), cadences and alert policy. Stripped: each line's own period (dates),
     * every observation (the actuals), every alert raised and every acknowledgement.
     *
     * @return the template
     */
    public KpiTracking template() {
        List<KpiTarget> lines = new ArrayList<>();
        for (KpiTarget line : targets) {
            lines.add(new KpiTarget(line.metric(), line.channel(), line.target(), line.owner(), Optional.empty()));
        }
        return new KpiTracking(lines, cadences, List.of(), alerting, List.of(), List.of());
    }
}
