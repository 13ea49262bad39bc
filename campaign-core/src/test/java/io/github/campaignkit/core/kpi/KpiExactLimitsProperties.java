package io.github.campaignkit.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * KPI alerts compare the unrounded achievement, pace and rate with their tolerances; rounding is for
 * the dashboard's display. Boundary cases are generated on purpose, one unit of the data either side
 * of each limit, where the rounded figures cannot tell the sides apart.
 */
class KpiExactLimitsProperties {

    private static final MetricId SALES = MetricId.of("sales");
    private static final MetricId CONVERTED = MetricId.of("converted");
    private static final MetricId FOLLOWED = MetricId.of("followed");
    private static final MetricId CONVERSION = MetricId.of("conversion");
    private static final List<Metric> METRICS = List.of(
            Metric.of("sales", "销量", MetricUnit.count()),
            Metric.of("converted", "成交数", MetricUnit.count()),
            Metric.of("followed", "跟进数", MetricUnit.count()),
            Metric.rate("conversion", "转化率", CONVERTED, FOLLOWED));
    /** Ten days, so that day k of the window expects 10·k percent on the linear pace. */
    private static final DateRange WINDOW = DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 10));
    private static final List<Phase> PHASES = List.of(Phase.of(PhaseKind.BURST, WINDOW));
    private static final MemberId OWNER = MemberId.of("owner");
    private static final Channel ONLINE = Channel.of("线上");

    private static Dashboard dashboard(AlertCondition condition, long level, int day, List<Observation> observations,
                                       KpiTarget line) {
        KpiTracking kpi = KpiTracking.builder().addTargets(line)
                .alerting(AlertPolicy.defaults().withRules(List.of(AlertRule.warning(condition))))
                .build();
        return kpi.recordAll(observations, METRICS).get().dashboard(METRICS, WINDOW, PHASES, WINDOW.start().plusDays(day - 1));
    }

    private static boolean salesAlert(AlertCondition condition, long level, int day, long sold) {
        List<Observation> observations = List.of(Observation.of(SALES, ONLINE, WINDOW.start(), BigDecimal.valueOf(sold), "ERP"));
        Dashboard d = dashboard(condition, level, day, observations,
                KpiTarget.of(SALES, ONLINE, Target.atLeast(BigDecimal.valueOf(level)), OWNER));
        return d.rows().get(0).status() != AlertStatus.NORMAL;
    }

    private static boolean rateAlert(BigDecimal floor, long converted, long followed) {
        List<Observation> observations = new ArrayList<>();
        observations.add(Observation.of(CONVERTED, ONLINE, WINDOW.start(), BigDecimal.valueOf(converted), "CRM"));
        observations.add(Observation.of(FOLLOWED, ONLINE, WINDOW.start(), BigDecimal.valueOf(followed), "CRM"));
        Dashboard d = dashboard(AlertCondition.rateBelow(floor), 1, 1, observations,
                KpiTarget.of(CONVERSION, ONLINE, Target.atLeast(BigDecimal.ONE), OWNER));
        return d.rows().get(0).status() != AlertStatus.NORMAL;
    }

    @Property(tries = 300)
    void belowPaceDecidesOnTheUnroundedShortfall(@ForAll @IntRange(min = 1, max = 10) int day,
                                                 @ForAll @IntRange(min = 1, max = 1_000_000) int level,
                                                 @ForAll @IntRange(min = 0, max = 2_000_000) int sold,
                                                 @ForAll @IntRange(min = 0, max = 60) int points) {
        // pace 10·day %, achievement 100·sold/level %: behind when 10·day − 100·sold/level > points
        BigDecimal lhs = BigDecimal.valueOf(10L * day - points).multiply(BigDecimal.valueOf(level));
        boolean expected = lhs.compareTo(BigDecimal.valueOf(100L * sold)) > 0;
        assertThat(salesAlert(AlertCondition.belowPace(BigDecimal.valueOf(points)), level, day, sold)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void oneUnitEitherSideOfThePaceToleranceDecides(@ForAll @IntRange(min = 1_000, max = 100_000) int unit,
                                                    @ForAll @IntRange(min = 2, max = 10) int day,
                                                    @ForAll @IntRange(min = 1, max = 10) int points,
                                                    @ForAll @IntRange(min = -1, max = 1) int step) {
        // level 100·unit; exactly `points` behind a pace of 10·day % when sold = unit·(10·day − points).
        long atLimit = (long) unit * (10L * day - points);
        assertThat(salesAlert(AlertCondition.belowPace(BigDecimal.valueOf(points)), 100L * unit, day, atLimit + step))
                .isEqualTo(step < 0);
    }

    @Property(tries = 300)
    void belowTargetDecidesOnTheUnroundedRelativeShortfall(@ForAll @IntRange(min = 1, max = 10) int day,
                                                           @ForAll @IntRange(min = 1, max = 1_000_000) int level,
                                                           @ForAll @IntRange(min = 0, max = 2_000_000) int sold,
                                                           @ForAll @IntRange(min = 0, max = 90) int percent) {
        // behind by more than percent % of the pace: (pace − achievement)·100 > percent·pace, with
        // pace = 10·day and achievement = 100·sold/level, multiplied through by level
        BigDecimal pace = BigDecimal.valueOf(10L * day);
        BigDecimal shortfallTimesLevel = pace.multiply(BigDecimal.valueOf(level)).subtract(BigDecimal.valueOf(100L * sold));
        boolean expected = shortfallTimesLevel.multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(percent).multiply(pace).multiply(BigDecimal.valueOf(level))) > 0;
        assertThat(salesAlert(AlertCondition.belowTarget(BigDecimal.valueOf(percent)), level, day, sold)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void oneUnitEitherSideOfTheTargetToleranceDecides(@ForAll @IntRange(min = 1_000, max = 100_000) int unit,
                                                      @ForAll @IntRange(min = 1, max = 9) int tenths,
                                                      @ForAll @IntRange(min = -1, max = 1) int step) {
        // the whole window (pace 100 %), tolerance 10·tenths %: at the limit, sold = level·(1 − tenths/10)
        long level = 10L * unit;
        long atLimit = (long) unit * (10 - tenths);
        assertThat(salesAlert(AlertCondition.belowTarget(BigDecimal.valueOf(10L * tenths)), level, 10, atLimit + step))
                .isEqualTo(step < 0);
    }

    @Property(tries = 300)
    void aRateFloorIsComparedOnTheUnroundedRate(@ForAll @IntRange(min = 1_000, max = 1_000_000) int followed,
                                                @ForAll @IntRange(min = 1, max = 99) int floor,
                                                @ForAll @IntRange(min = -1, max = 1) int step) {
        // exactly at the floor when converted·100 = floor·followed; followed a multiple of 100
        long followedAll = 100L * followed;
        long atFloor = (long) floor * followed;
        assertThat(rateAlert(BigDecimal.valueOf(floor), atFloor + step, followedAll)).isEqualTo(step < 0);
    }

    @Example
    void aShortfallThatRoundsToTheToleranceStillAlerts() {
        // level 300,000 on day 5 (pace 50 %), tolerance 10 points: 119,999 sold is 39.99967 %,
        // 10.0003 points behind although the dashboard shows 40.0 % and 10.0 points.
        assertThat(salesAlert(AlertCondition.belowPace(BigDecimal.TEN), 300_000, 5, 119_999)).isTrue();
        assertThat(salesAlert(AlertCondition.belowPace(BigDecimal.TEN), 300_000, 5, 120_000)).isFalse();
    }
}
