package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.goal.Aggregation;
import io.github.campaignkit.core.goal.Direction;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.goal.UnitKind;
import io.github.campaignkit.core.kpi.Acknowledgement;
import io.github.campaignkit.core.kpi.Alert;
import io.github.campaignkit.core.kpi.AlertCondition;
import io.github.campaignkit.core.kpi.AlertPolicy;
import io.github.campaignkit.core.kpi.AlertRule;
import io.github.campaignkit.core.kpi.AlertStatus;
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.DashboardRow;
import io.github.campaignkit.core.kpi.KpiTarget;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.kpi.MetricCadence;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.kpi.Pace;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.PhaseKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for package {@code kpi}. A generated {@link KpiTracking} for a catalogue and a window
 * passes {@link io.github.campaignkit.core.kpi.KpiRules}: lines and cadences name metrics of the
 * catalogue, lines are unique with a positive level, observations fit their metric's unit, have a
 * source and are alone for their metric, channel and date, and every acknowledgement answers an
 * alert.
 */
public final class KpiArbitraries {

    private KpiArbitraries() {
    }

    /**
     * Channels, mostly the seeds' names.
     *
     * @return the generator
     */
    public static Arbitrary<Channel> channels() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("抖音", "社群", "线下快闪店", "公众号", "小红书", "B站", "Website")),
                Tuple.of(1, CampaignArbitraries.identifiers())).map(Channel::of);
    }

    /**
     * Cadences of every kind.
     *
     * @return the generator
     */
    public static Arbitrary<Cadence> cadences() {
        return Arbitraries.oneOf(Arbitraries.just(Cadence.daily()),
                Arbitraries.of(DayOfWeek.class).map(Cadence::weekly),
                Arbitraries.integers().between(1, 31).map(Cadence::monthly));
    }

    /**
     * Paces: linear, or weighted by some phases.
     *
     * @return the generator
     */
    public static Arbitrary<Pace> paces() {
        return Arbitraries.oneOf(Arbitraries.just(Pace.linear()),
                Arbitraries.integers().between(0, 10).list().ofSize(PhaseKind.values().length)
                        .filter(ws -> ws.stream().anyMatch(w -> w > 0))
                        .map(ws -> {
                            Map<PhaseKind, BigDecimal> weights = new LinkedHashMap<>();
                            for (PhaseKind kind : PhaseKind.values()) {
                                if (ws.get(kind.ordinal()) > 0) {
                                    weights.put(kind, BigDecimal.valueOf(ws.get(kind.ordinal())));
                                }
                            }
                            return Pace.byPhase(weights);
                        }));
    }

    /**
     * Alert conditions, combinations included.
     *
     * @return the generator
     */
    public static Arbitrary<AlertCondition> conditions() {
        Arbitrary<AlertCondition> simple = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 100).map(p -> AlertCondition.belowTarget(BigDecimal.valueOf(p))),
                Arbitraries.integers().between(0, 100).map(p -> AlertCondition.belowPace(BigDecimal.valueOf(p))),
                Arbitraries.integers().between(0, 100).map(p -> AlertCondition.rateBelow(BigDecimal.valueOf(p))));
        return Arbitraries.oneOf(simple, simple.list().ofMinSize(1).ofMaxSize(3)
                .map(list -> new AlertCondition.AllOf(list)));
    }

    /**
     * Alert rules, for every metric or one.
     *
     * @return the generator
     */
    public static Arbitrary<AlertRule> rules() {
        return Combinators.combine(conditions(), Arbitraries.of(AlertStatus.WARNING, AlertStatus.CRITICAL),
                GoalArbitraries.metricIds().optional()).as(AlertRule::new);
    }

    /**
     * Alert policies: the default one, or rules for every metric with any pace and response time.
     *
     * @return the generator
     */
    public static Arbitrary<AlertPolicy> policies() {
        return Arbitraries.oneOf(Arbitraries.just(AlertPolicy.defaults()),
                Combinators.combine(rules().filter(r -> r.metric().isEmpty()).list().ofMaxSize(4), paces(),
                                Arbitraries.integers().between(1, 240).map(Duration::ofMinutes))
                        .as(AlertPolicy::new));
    }

    /**
     * Observations of any metric (which need not be in any catalogue).
     *
     * @return the generator
     */
    public static Arbitrary<Observation> observations() {
        return Combinators.combine(GoalArbitraries.metricIds(), channels(), CampaignArbitraries.dates(),
                GoalArbitraries.amounts(), CampaignArbitraries.texts()).as(Observation::new);
    }

    /**
     * Dashboard lines of any metric.
     *
     * @return the generator
     */
    public static Arbitrary<KpiTarget> targets() {
        return Combinators.combine(GoalArbitraries.metricIds(), channels().optional(), GoalArbitraries.targets(),
                CampaignArbitraries.memberIds().optional(), CampaignArbitraries.dateRanges().optional())
                .as(KpiTarget::new);
    }

    /**
     * Alerts of any metric.
     *
     * @return the generator
     */
    public static Arbitrary<Alert> alerts() {
        return Combinators.combine(GoalArbitraries.metricIds(), channels().optional(), CampaignArbitraries.dates(),
                Arbitraries.of(AlertStatus.WARNING, AlertStatus.CRITICAL), CampaignArbitraries.instants(),
                Arbitraries.integers().between(1, 240))
                .as((metric, channel, date, status, at, minutes) -> new Alert(metric, channel, date, status, at,
                        at.plusSeconds(60L * minutes)));
    }

    /**
     * Acknowledgements of any alert.
     *
     * @return the generator
     */
    public static Arbitrary<Acknowledgement> acknowledgements() {
        return Combinators.combine(alerts(), CampaignArbitraries.memberIds(), Arbitraries.integers().between(0, 120),
                CampaignArbitraries.texts())
                .as((alert, by, minutes, analysis) -> Acknowledgement.of(alert, by,
                        alert.raisedAt().plusSeconds(60L * minutes), analysis));
    }

    /**
     * A valid observation value for a metric: a whole non-negative count, a non-negative amount with
     * its currency's decimals, any level otherwise.
     */
    private static Arbitrary<BigDecimal> values(Metric metric) {
        if (metric.unit().kind() == UnitKind.COUNT) {
            return Arbitraries.longs().between(0, 100_000).map(BigDecimal::valueOf);
        }
        if (metric.unit().kind() == UnitKind.CURRENCY) {
            return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000))
                    .ofScale(metric.unit().currency().orElseThrow().getDefaultFractionDigits());
        }
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1);
    }

    /**
     * Tracking values that pass the KPI rules against the catalogue, with lines, cadences, up to 40
     * observations in the window, a policy, alerts and their acknowledgements.
     *
     * @param catalogue the campaign's metrics
     * @param window    the campaign's window
     * @return the generator
     */
    public static Arbitrary<KpiTracking> trackings(List<Metric> catalogue, DateRange window) {
        List<Metric> observable = catalogue.stream().filter(m -> m.aggregation() != Aggregation.RATE)
                .collect(java.util.stream.Collectors.toList());
        Arbitrary<Channel> channels = Arbitraries.of(Channel.of("抖音"), Channel.of("社群"), Channel.of("线下快闪店"));
        Arbitrary<LocalDate> days = Arbitraries.longs().between(0, window.days() - 1).map(window.start()::plusDays);
        Arbitrary<KpiTarget> line = Combinators.combine(Arbitraries.of(catalogue), channels.optional(),
                        GoalArbitraries.amounts(), CampaignArbitraries.memberIds().optional(), Arbitraries.of(true, false))
                .as((metric, channel, level, owner, own) -> new KpiTarget(metric.id(),
                        metric.aggregation() == Aggregation.LATEST && channel.isEmpty() ? Optional.of(Channel.of("抖音"))
                                : channel,
                        metric.direction() == Direction.HIGHER_IS_BETTER ? Target.atLeast(level) : Target.atMost(level),
                        owner, own ? Optional.of(window) : Optional.empty()));
        Arbitrary<List<Observation>> observed = observable.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(observable).flatMap(m -> Combinators.combine(channels, days, values(m),
                                Arbitraries.of("抖音后台", "CRM系统", "表单系统", "第三方数据平台"))
                        .as((channel, day, value, source) -> new Observation(m.id(), channel, day, value, source)))
                .list().uniqueElements(o -> o.metric().value() + "/" + o.channel() + "/" + o.date()).ofMaxSize(40);
        Arbitrary<MetricCadence> cadence = Combinators.combine(Arbitraries.of(catalogue), cadences())
                .as((m, c) -> MetricCadence.of(m.id(), c));
        return Combinators.combine(
                        line.list().uniqueElements(t -> t.metric().value() + "/" + t.channel()).ofMaxSize(4),
                        cadence.list().uniqueElements(MetricCadence::metric).ofMaxSize(3),
                        observed,
                        policies(),
                        Combinators.combine(days, CampaignArbitraries.instants(),
                                Arbitraries.of(AlertStatus.WARNING, AlertStatus.CRITICAL),
                                Arbitraries.integers().between(0, 90), CampaignArbitraries.memberIds(),
                                CampaignArbitraries.texts(), Arbitraries.of(true, false))
                                .as(Tuple::of).list().ofMaxSize(3))
                .as((lines, cadences, observations, policy, alerting) -> {
                    List<Alert> alerts = new ArrayList<>();
                    List<Acknowledgement> acks = new ArrayList<>();
                    for (int i = 0; i < alerting.size() && i < lines.size(); i++) {
                        var a = alerting.get(i);
                        Alert alert = new Alert(lines.get(i).metric(), lines.get(i).channel(), a.get1(), a.get3(),
                                a.get2(), a.get2().plus(policy.responseTime()));
                        alerts.add(alert);
                        if (a.get7()) {
                            acks.add(Acknowledgement.of(alert, a.get5(), alert.raisedAt().plusSeconds(60L * a.get4()),
                                    a.get6()));
                        }
                    }
                    return new KpiTracking(lines, cadences, observations, policy, alerts, acks);
                }).withoutEdgeCases();
    }

    /**
     * Tracking values for generated catalogues and windows.
     *
     * @return the generator
     */
    public static Arbitrary<KpiTracking> trackings() {
        return Combinators.combine(GoalArbitraries.catalogues(), CampaignArbitraries.dateRanges())
                .flatAs(KpiArbitraries::trackings);
    }

    /**
     * Dashboards of generated campaigns' tracking, on a day of their window.
     *
     * @return the generator
     */
    public static Arbitrary<Dashboard> dashboards() {
        return Combinators.combine(GoalArbitraries.catalogues(), CampaignArbitraries.dateRanges())
                .flatAs((catalogue, window) -> Combinators.combine(trackings(catalogue, window),
                                Arbitraries.longs().between(0, window.days() - 1))
                        .as((kpi, day) -> kpi.dashboard(catalogue, window, List.of(), window.start().plusDays(day))));
    }

    /**
     * Rows of generated dashboards.
     *
     * @return the generator
     */
    public static Arbitrary<DashboardRow> dashboardRows() {
        return dashboards().filter(d -> !d.rows().isEmpty()).flatMap(d -> Arbitraries.of(d.rows()));
    }
}
