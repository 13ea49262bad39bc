package io.github.campaignkit.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.GoalArbitraries;
import io.github.campaignkit.core.testkit.KpiArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DashboardProperties {

    /** A catalogue, a window with phases, tracking over them (with some bad observations), and a day. */
    record Setup(List<Metric> metrics, DateRange window, List<Phase> phases, KpiTracking kpi, LocalDate asOf) {

        Dashboard dashboard(List<Observation> observations) {
            return Dashboard.of(KpiTotals.tally(metrics, observations, asOf), kpi, window, phases);
        }
    }

    @Provide
    Arbitrary<Setup> setups() {
        return Combinators.combine(GoalArbitraries.catalogues(), CampaignArbitraries.dateRanges())
                .flatAs((metrics, window) -> Combinators.combine(
                                KpiArbitraries.trackings(metrics, window),
                                CampaignArbitraries.phasesWithin(window),
                                KpiArbitraries.policies(),
                                Arbitraries.longs().between(-3, window.days() + 3),
                                Arbitraries.integers().between(0, 3))
                        .as((kpi, phases, policy, day, dirt) -> {
                            List<Observation> observations = new ArrayList<>(kpi.observations());
                            // Some observations the dashboard must leave out or report, in any order.
                            for (int i = 0; i < dirt && !observations.isEmpty(); i++) {
                                Observation o = observations.get(i % observations.size());
                                observations.add(Observation.of(o.metric(), o.channel(), o.date(),
                                        o.value().add(BigDecimal.ONE), "重复"));
                                observations.add(Observation.of(MetricId.of("unknown-" + i), o.channel(), o.date(),
                                        BigDecimal.TEN, "?"));
                            }
                            return new Setup(metrics, window, phases, kpi.toBuilder().observations(observations)
                                    .alerting(policy).build(), window.start().plusDays(day));
                        }));
    }

    @Property(tries = 100)
    void theDashboardDoesNotDependOnTheOrderObservationsArriveIn(@ForAll("setups") Setup s, @ForAll long seed) {
        List<Observation> shuffled = new ArrayList<>(s.kpi().observations());
        Collections.shuffle(shuffled, new Random(seed));
        Dashboard inOrder = s.dashboard(s.kpi().observations());
        Dashboard reordered = s.dashboard(shuffled);
        assertThat(reordered).isEqualTo(inOrder);
        assertThat(KpiTotals.tally(s.metrics(), shuffled, s.asOf()))
                .isEqualTo(KpiTotals.tally(s.metrics(), s.kpi().observations(), s.asOf()));
    }

    @Property(tries = 100)
    void theDashboardOfAllChannelsEqualsTheMergeOfPerChannelTotals(@ForAll("setups") Setup s) {
        Map<String, List<Observation>> byChannel = new TreeMap<>();
        for (Observation o : s.kpi().observations()) {
            byChannel.computeIfAbsent(o.channel().name(), c -> new ArrayList<>()).add(o);
        }
        KpiTotals merged = KpiTotals.tally(s.metrics(), List.of(), s.asOf());
        for (List<Observation> channel : byChannel.values()) {
            merged = merged.merge(KpiTotals.tally(s.metrics(), channel, s.asOf()));
        }
        KpiTotals all = KpiTotals.tally(s.metrics(), s.kpi().observations(), s.asOf());
        assertThat(merged).isEqualTo(all);
        assertThat(Dashboard.of(merged, s.kpi(), s.window(), s.phases()))
                .isEqualTo(Dashboard.of(all, s.kpi(), s.window(), s.phases()));
        // Each channel's own dashboard has the same rows for that channel as the dashboard of all.
        Dashboard full = Dashboard.of(all, s.kpi(), s.window(), s.phases());
        for (Map.Entry<String, List<Observation>> e : byChannel.entrySet()) {
            Dashboard alone = s.dashboard(e.getValue());
            Optional<Channel> channel = Optional.of(Channel.of(e.getKey()));
            assertThat(alone.rows().stream().filter(r -> r.channel().equals(channel)))
                    .containsExactlyElementsOf(full.rows().stream().filter(r -> r.channel().equals(channel))::iterator);
        }
    }

    @Property(tries = 100)
    void mergingAnySplitGivesTheSameTotals(@ForAll("setups") Setup s, @ForAll long seed) {
        List<Observation> left = new ArrayList<>();
        List<Observation> right = new ArrayList<>();
        Random random = new Random(seed);
        for (Observation o : s.kpi().observations()) {
            (random.nextBoolean() ? left : right).add(o);
        }
        KpiTotals a = KpiTotals.tally(s.metrics(), left, s.asOf());
        KpiTotals b = KpiTotals.tally(s.metrics(), right, s.asOf());
        KpiTotals all = KpiTotals.tally(s.metrics(), s.kpi().observations(), s.asOf());
        assertThat(a.merge(b)).isEqualTo(all);
        assertThat(b.merge(a)).isEqualTo(all);
    }

    @Property(tries = 100)
    void aCumulativeRowIsTheSumUpToItsDay(@ForAll("setups") Setup s) {
        Dashboard d = s.dashboard(s.kpi().observations());
        for (DashboardRow row : d.rows()) {
            Metric metric = s.metrics().stream().filter(m -> m.id().equals(row.metric())).findFirst().orElseThrow();
            if (metric.aggregation() != io.github.campaignkit.core.goal.Aggregation.SUM) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Observation o : s.kpi().observations()) {
                if (o.metric().equals(row.metric()) && !o.date().isAfter(s.asOf())
                        && (row.channel().isEmpty() || row.channel().get().equals(o.channel()))) {
                    sum = sum.add(o.value());
                }
            }
            assertThat(row.cumulative()).contains(sum);
        }
    }

    @Provide
    Arbitrary<List<long[]>> counts() {
        // Per channel and day: numerator, denominator (the numerator no larger).
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 9),
                        Arbitraries.longs().between(0, 500), Arbitraries.longs().between(0, 2000))
                .as((channel, day, a, b) -> new long[] {channel, day, Math.min(a, b), b})
                .list().uniqueElements(c -> c[0] * 100 + c[1]).ofMaxSize(30);
    }

    @Property
    void aRateIsTheSumOfItsNumeratorOverTheSumOfItsDenominator(@ForAll("counts") List<long[]> counts,
                                                               @ForAll boolean weighted) {
        DateRange window = DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 9));
        List<Metric> metrics = List.of(Metric.of("orders", "成交", MetricUnit.count()),
                Metric.of("leads", "跟进", MetricUnit.count()),
                Metric.rate("conversion", "转化率", MetricId.of("orders"), MetricId.of("leads")));
        List<Channel> channels = List.of(Channel.of("抖音"), Channel.of("社群"), Channel.of("线下"));
        List<Observation> observations = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        BigDecimal firstNum = BigDecimal.ZERO;
        BigDecimal firstDen = BigDecimal.ZERO;
        for (long[] c : counts) {
            Channel channel = channels.get((int) c[0]);
            LocalDate day = window.start().plusDays(c[1]);
            observations.add(Observation.of(MetricId.of("orders"), channel, day, BigDecimal.valueOf(c[2]), "订单系统"));
            observations.add(Observation.of(MetricId.of("leads"), channel, day, BigDecimal.valueOf(c[3]), "CRM"));
            num = num.add(BigDecimal.valueOf(c[2]));
            den = den.add(BigDecimal.valueOf(c[3]));
            if (c[0] == 0) {
                firstNum = firstNum.add(BigDecimal.valueOf(c[2]));
                firstDen = firstDen.add(BigDecimal.valueOf(c[3]));
            }
        }
        KpiTracking kpi = KpiTracking.builder()
                .addTargets(KpiTarget.builder().metric(MetricId.of("conversion")).target(Target.atLeast(BigDecimal.TEN))
                                .build(),
                        KpiTarget.builder().metric(MetricId.of("conversion")).channel(channels.get(0))
                                .target(Target.atLeast(BigDecimal.TEN)).build())
                .alerting(weighted ? AlertPolicy.defaults().withPace(Pace.byPhase(Map.of(PhaseKind.BURST, BigDecimal.ONE)))
                        : AlertPolicy.defaults())
                .build().recordAll(observations, metrics).get();
        Dashboard d = kpi.dashboard(metrics, window, List.of(), window.end());
        assertThat(d.rows().get(0).cumulative()).isEqualTo(rate(num, den));
        assertThat(d.rows().get(1).cumulative()).isEqualTo(rate(firstNum, firstDen));
        if (den.signum() > 0) {
            assertThat(d.rows().get(0).achievement())
                    .contains(num.multiply(BigDecimal.valueOf(10_000)).divide(den.multiply(BigDecimal.TEN), 1,
                            RoundingMode.HALF_UP));
        } else {
            assertThat(d.rows().get(0).achievement()).isEmpty();
        }
    }

    private static Optional<BigDecimal> rate(BigDecimal num, BigDecimal den) {
        return den.signum() == 0 ? Optional.empty()
                : Optional.of(num.multiply(BigDecimal.valueOf(100)).divide(den, 1, RoundingMode.HALF_UP));
    }

    @Property(tries = 100)
    void paceGrowsWithTheDaysAndEndsAtOneHundred(@ForAll("paces") Pace pace,
                                                 @ForAll("timelines") net.jqwik.api.Tuple.Tuple2<DateRange, List<Phase>> t) {
        DateRange window = t.get1();
        BigDecimal previous = BigDecimal.ZERO;
        for (LocalDate day = window.start().minusDays(1); !day.isAfter(window.end().plusDays(1)); day = day.plusDays(1)) {
            BigDecimal expected = pace.expected(window, t.get2(), day, 1);
            assertThat(expected).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(expected).isGreaterThanOrEqualTo(previous);
            previous = expected;
        }
        assertThat(pace.expected(window, t.get2(), window.end(), 1)).isEqualByComparingTo("100");
        assertThat(pace.expected(window, t.get2(), window.start().minusDays(1), 1)).isEqualByComparingTo("0");
    }

    @Provide
    Arbitrary<Pace> paces() {
        return KpiArbitraries.paces();
    }

    @Provide
    Arbitrary<net.jqwik.api.Tuple.Tuple2<DateRange, List<Phase>>> timelines() {
        return CampaignArbitraries.dateRanges().flatMap(w -> CampaignArbitraries.phasesWithin(w)
                .map(phases -> net.jqwik.api.Tuple.of(w, phases)));
    }
}
