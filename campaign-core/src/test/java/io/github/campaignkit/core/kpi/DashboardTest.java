package io.github.campaignkit.core.kpi;

import static io.github.campaignkit.core.testkit.Seed004Kpi.COMMUNITY;
import static io.github.campaignkit.core.testkit.Seed004Kpi.CONVERSION;
import static io.github.campaignkit.core.testkit.Seed004Kpi.DASHBOARD_DAY;
import static io.github.campaignkit.core.testkit.Seed004Kpi.DOUYIN;
import static io.github.campaignkit.core.testkit.Seed004Kpi.EXPOSURE;
import static io.github.campaignkit.core.testkit.Seed004Kpi.LEADS;
import static io.github.campaignkit.core.testkit.Seed004Kpi.POP_UP;
import static io.github.campaignkit.core.testkit.Seed004Kpi.SHARES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.MainlandChina;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 004's dashboard (数据监控看板), reproduced with the default alert rules, and bad input. */
class DashboardTest {

    private static Dashboard seed() {
        return Seed004Kpi.kpi().dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), DASHBOARD_DAY);
    }

    private static DashboardRow row(Dashboard d, MetricId metric, Channel channel) {
        return d.row(metric, Optional.ofNullable(channel)).orElseThrow();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void seed004RowsComeOutAsTheSeedHasThem() {
        Dashboard d = seed();
        assertThat(d.rows()).hasSize(5);
        assertThat(d.findings()).isEmpty();

        DashboardRow exposure = row(d, EXPOSURE, DOUYIN);
        assertThat(exposure.today()).contains(n("800000"));
        assertThat(exposure.cumulative()).contains(n("3500000"));
        assertThat(exposure.achievement()).contains(n("70.0"));
        assertThat(exposure.status()).isEqualTo(AlertStatus.NORMAL);

        DashboardRow leads = row(d, LEADS, DOUYIN);
        assertThat(leads.today()).contains(n("120"));
        assertThat(leads.cumulative()).contains(n("850"));
        assertThat(leads.achievement()).contains(n("42.5"));
        assertThat(leads.pace()).isEqualTo(n("45.5"));
        assertThat(leads.status()).isEqualTo(AlertStatus.NORMAL);

        DashboardRow shares = row(d, SHARES, COMMUNITY);
        assertThat(shares.today()).contains(n("350"));
        assertThat(shares.cumulative()).contains(n("1800"));
        assertThat(shares.achievement()).contains(n("60.0"));
        assertThat(shares.pace()).isEqualTo(n("83.3"));
        assertThat(shares.status()).isEqualTo(AlertStatus.WARNING);
        assertThat(shares.reasons()).extracting(Violation::code)
                .containsExactly("kpi.alert.below-pace", "kpi.alert.below-target");

        DashboardRow popUp = row(d, LEADS, POP_UP);
        assertThat(popUp.cumulative()).contains(n("280"));
        assertThat(popUp.achievement()).contains(n("56.0"));
        assertThat(popUp.status()).isEqualTo(AlertStatus.NORMAL);

        DashboardRow conversion = row(d, CONVERSION, null);
        assertThat(conversion.today()).contains(n("11.0"));
        assertThat(conversion.cumulative()).contains(n("12.5"));
        assertThat(conversion.achievement()).contains(n("83.3"));
        assertThat(conversion.pace()).isEqualTo(n("100.0"));
        assertThat(conversion.status()).isEqualTo(AlertStatus.WARNING);
        assertThat(conversion.reasons()).extracting(Violation::code).containsExactly("kpi.alert.below-pace");
        assertThat(conversion.owner()).contains(Seed004Kpi.LIU);
    }

    @Test
    void theSeedsFiguresGiveTheSeedsStatusesOnlyOnItsDay() {
        // The seed's cumulative figures, as if all known from the first day, read on three days:
        // on 08-03 the community is only 6.7 points behind its warm-up pace (66.7%), on 08-05 the
        // 抖音 leads are 12 points behind the window's pace (54.5%); only 08-04 gives the seed's statuses.
        KpiTracking figures = Seed004Kpi.kpi().toBuilder().cadences(List.of()).observations(List.of(
                Observation.of(EXPOSURE, DOUYIN, Seed004Kpi.WINDOW.start(), n("3500000"), "抖音后台"),
                Observation.of(LEADS, DOUYIN, Seed004Kpi.WINDOW.start(), n("850"), "抖音后台"),
                Observation.of(SHARES, COMMUNITY, Seed004Kpi.WINDOW.start(), n("1800"), "社群管理后台"),
                Observation.of(LEADS, POP_UP, Seed004Kpi.WINDOW.start(), n("280"), "现场登记表"),
                Observation.of(Seed004Kpi.FOLLOWED, DOUYIN, Seed004Kpi.WINDOW.start(), n("800"), "CRM系统"),
                Observation.of(Seed004Kpi.CONVERTED, DOUYIN, Seed004Kpi.WINDOW.start(), n("100"), "订单系统"))).build();
        assertThat(statuses(figures, DASHBOARD_DAY.minusDays(1))).containsExactly(AlertStatus.NORMAL,
                AlertStatus.NORMAL, AlertStatus.NORMAL, AlertStatus.NORMAL, AlertStatus.WARNING);
        assertThat(statuses(figures, DASHBOARD_DAY)).containsExactly(AlertStatus.NORMAL,
                AlertStatus.NORMAL, AlertStatus.WARNING, AlertStatus.NORMAL, AlertStatus.WARNING);
        assertThat(statuses(figures, DASHBOARD_DAY.plusDays(1))).containsExactly(AlertStatus.NORMAL,
                AlertStatus.WARNING, AlertStatus.WARNING, AlertStatus.NORMAL, AlertStatus.WARNING);
    }

    private static List<AlertStatus> statuses(KpiTracking kpi, LocalDate day) {
        return kpi.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), day).rows().stream()
                .map(DashboardRow::status).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void reasonsReadInBothLanguages() {
        Violation reason = row(seed(), SHARES, COMMUNITY).reasons().get(0);
        assertThat(reason.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("社群渠道的转发量达成 60.0%，进度线为 83.3%，落后 23.3 个百分点，超过容许的 10 个百分点。");
        assertThat(reason.message(Locale.ENGLISH))
                .isEqualTo("转发量 through 社群 is at 60.0% against a pace of 83.3%, 23.3 points behind, more than the 10 tolerated.");
        Violation overall = row(seed(), CONVERSION, null).reasons().get(0);
        assertThat(overall.message(Locale.SIMPLIFIED_CHINESE)).startsWith("整体渠道的线索转化率达成 83.3%");
        assertThat(overall.message(Locale.ENGLISH)).startsWith("线索转化率 through all channels is at 83.3%");
    }

    @Test
    void aRateBelowItsFloorIsCritical() {
        KpiTracking kpi = Seed004Kpi.kpi().recordAll(List.of(
                Observation.of(Seed004Kpi.FOLLOWED, DOUYIN, DASHBOARD_DAY.plusDays(1), BigDecimal.valueOf(1200), "CRM系统"),
                Observation.of(Seed004Kpi.CONVERTED, DOUYIN, DASHBOARD_DAY.plusDays(1), BigDecimal.ZERO, "订单系统")),
                Seed004Kpi.metrics()).get();
        DashboardRow conversion = row(kpi.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(),
                DASHBOARD_DAY.plusDays(1)), CONVERSION, null);
        assertThat(conversion.cumulative()).contains(n("5.0"));
        assertThat(conversion.status()).isEqualTo(AlertStatus.CRITICAL);
        assertThat(conversion.reasons()).extracting(Violation::code).contains("kpi.alert.rate-below");
    }

    @Test
    void aPhaseWeightedPaceExpectsLittleBeforeTheBurst() {
        KpiTracking weighted = Seed004Kpi.kpi().withAlerting(AlertPolicy.defaults().withPace(Pace.byPhase(Map.of(
                PhaseKind.WARM_UP, BigDecimal.valueOf(30), PhaseKind.BURST, BigDecimal.valueOf(70)))));
        Dashboard d = weighted.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), DASHBOARD_DAY);
        // 30 × 5/6 of the warm-up = 25% expected by 08-04.
        assertThat(row(d, LEADS, DOUYIN).pace()).isEqualTo(n("25.0"));
        assertThat(row(d, LEADS, DOUYIN).status()).isEqualTo(AlertStatus.NORMAL);
        Dashboard end = weighted.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), LocalDate.of(2024, 8, 8));
        // 30 + 70 × 3/5 = 72%.
        assertThat(row(end, LEADS, DOUYIN).pace()).isEqualTo(n("72.0"));
    }

    @Test
    void paceIsZeroBeforeAndHundredAfterThePeriod() {
        DateRange period = DateRange.of(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 4));
        assertThat(Pace.linear().expected(period, List.of(), LocalDate.of(2024, 7, 31), 1)).isEqualTo(n("0.0"));
        assertThat(Pace.linear().expected(period, List.of(), LocalDate.of(2024, 8, 1), 1)).isEqualTo(n("25.0"));
        assertThat(Pace.linear().expected(period, List.of(), LocalDate.of(2024, 8, 4), 1)).isEqualTo(n("100.0"));
        assertThat(Pace.linear().expected(period, List.of(), LocalDate.of(2024, 9, 1), 0)).isEqualTo(n("100"));
    }

    @Test
    void missingDueDataIsLate() {
        KpiTracking kpi = Seed004Kpi.kpi().withCadence(MetricCadence.of(SHARES, Cadence.weekly(DayOfWeek.MONDAY)));
        List<Observation> kept = new ArrayList<>(kpi.observations());
        kept.removeIf(o -> o.metric().equals(LEADS) && o.channel().equals(POP_UP) && o.date().getDayOfMonth() == 2);
        Dashboard d = kpi.toBuilder().observations(kept).build()
                .dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), DASHBOARD_DAY);
        assertThat(row(d, LEADS, POP_UP).lateDates()).containsExactly(LocalDate.of(2024, 8, 2));
        // Shares are weekly on Mondays now: none is due before 08-05.
        assertThat(row(d, SHARES, COMMUNITY).lateDates()).isEmpty();
        assertThat(d.findings()).extracting(Violation::code).containsExactly("kpi.data.late");
        assertThat(d.findings().get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("线下快闪店渠道的线索留资量：有 1 条应交数据缺失，最早一条为 2024-08-02。");
        // Today's data is not late yet.
        assertThat(row(seed(), LEADS, DOUYIN).lateDates()).isEmpty();
    }

    @Test
    void cadencesNameTheirDays() {
        assertThat(Cadence.monthly(5).expects(LocalDate.of(2024, 8, 5))).isTrue();
        assertThat(Cadence.monthly(31).expects(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(Cadence.monthly(31).expects(LocalDate.of(2024, 2, 28))).isFalse();
        assertThat(Cadence.weekly(DayOfWeek.MONDAY).expects(LocalDate.of(2024, 8, 5))).isTrue();
        assertThat(Cadence.weekly(DayOfWeek.MONDAY).expects(LocalDate.of(2024, 8, 4))).isFalse();
        assertThatThrownBy(() -> Cadence.monthly(0)).hasMessageStartingWith("dayOfMonth: ");
    }

    @Test
    void weeklyAndMonthlyDataDueOnADayOffAreDueTheNextWorkingDay() {
        WorkingCalendar china = MainlandChina.calendar(2024, 2024);
        // 每月5日前: 2024-10-05 is in the National Day holiday, 05-05 in the May Day one.
        assertThat(Cadence.monthly(5).dueBy(LocalDate.of(2024, 10, 5), china)).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(Cadence.monthly(5).dueBy(LocalDate.of(2024, 5, 5), china)).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(Cadence.monthly(5).dueBy(LocalDate.of(2024, 8, 5), china)).isEqualTo(LocalDate.of(2024, 8, 5));
        // 每周一: Monday 09-16 is in the Mid-Autumn holiday (09-15…09-17).
        assertThat(Cadence.weekly(DayOfWeek.MONDAY).dueBy(LocalDate.of(2024, 9, 16), china))
                .isEqualTo(LocalDate.of(2024, 9, 18));
        // Daily data does not stop for a holiday; a day the calendar does not cover is not moved.
        assertThat(Cadence.daily().dueBy(LocalDate.of(2024, 10, 5), china)).isEqualTo(LocalDate.of(2024, 10, 5));
        assertThat(Cadence.monthly(5).dueBy(LocalDate.of(2025, 10, 5), china)).isEqualTo(LocalDate.of(2025, 10, 5));

        // On the dashboard: shares due monthly on the 5th, a company holiday on Monday 08-05.
        WorkingCalendar holiday = WorkingCalendar.mondayToFriday().withHolidays(List.of(LocalDate.of(2024, 8, 5)));
        KpiTracking kpi = Seed004Kpi.kpi().withCadence(MetricCadence.of(SHARES, Cadence.monthly(5)));
        List<Observation> kept = new ArrayList<>(kpi.observations());
        kept.removeIf(o -> o.metric().equals(SHARES) && o.date().isAfter(LocalDate.of(2024, 8, 4)));
        KpiTracking none = kpi.toBuilder().observations(kept).build();
        LocalDate tuesday = LocalDate.of(2024, 8, 6);
        LocalDate wednesday = LocalDate.of(2024, 8, 7);
        // On Tuesday the data is late on an every-day calendar, due today on the company's.
        assertThat(row(none.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), tuesday),
                SHARES, COMMUNITY).lateDates()).containsExactly(LocalDate.of(2024, 8, 5));
        assertThat(row(none.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), holiday, tuesday),
                SHARES, COMMUNITY).lateDates()).isEmpty();
        assertThat(row(none.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), holiday, wednesday),
                SHARES, COMMUNITY).lateDates()).containsExactly(LocalDate.of(2024, 8, 5));
        // Data entered on the working day it was due is on time.
        List<Observation> onTuesday = new ArrayList<>(kept);
        onTuesday.add(Observation.of(SHARES, COMMUNITY, tuesday, BigDecimal.valueOf(350), "社群后台"));
        assertThat(row(kpi.toBuilder().observations(onTuesday).build().dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW,
                Seed004Kpi.phases(), holiday, wednesday), SHARES, COMMUNITY).lateDates()).isEmpty();
    }

    @Test
    void anObservationOfAnUnknownMetricIsRefusedAndLeftOut() {
        Observation stray = Observation.of(MetricId.of("likes"), DOUYIN, DASHBOARD_DAY, BigDecimal.TEN, "抖音后台");
        Seq<Violation> refused = Seed004Kpi.kpi().record(stray, Seed004Kpi.metrics()).getLeft().violations();
        assertThat(refused).extracting(Violation::code).containsExactly("kpi.observation.unknown-metric");
        assertThat(refused.get(0).path()).isEqualTo("observations[0].metric");
        assertThat(refused.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2024-08-04 抖音渠道的 likes 数据所属指标不在指标库中。");

        KpiTracking dirty = Seed004Kpi.kpi().toBuilder().addObservations(stray).build();
        Dashboard d = dirty.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), DASHBOARD_DAY);
        assertThat(d.rows()).isEqualTo(seed().rows());
        assertThat(d.findings()).extracting(Violation::code).containsExactly("kpi.observation.unknown-metric");
        assertThat(KpiRules.standard(Seed004Kpi.metrics()).check(dirty)).extracting(Violation::path)
                .containsExactly("observations[" + (dirty.observations().size() - 1) + "].metric");
    }

    @Test
    void aNegativeOrFractionalCountIsRefused() {
        Seq<Violation> refused = Seed004Kpi.kpi().recordAll(List.of(
                Observation.of(LEADS, DOUYIN, DASHBOARD_DAY.plusDays(1), BigDecimal.valueOf(-5), "抖音后台"),
                Observation.of(LEADS, POP_UP, DASHBOARD_DAY.plusDays(1), new BigDecimal("2.5"), "现场登记表")),
                Seed004Kpi.metrics()).getLeft().violations();
        assertThat(refused).extracting(Violation::code)
                .containsExactly("kpi.observation.negative-count", "kpi.observation.fractional-count");
        assertThat(refused).extracting(Violation::path).containsExactly("observations[0].value", "observations[1].value");
        assertThat(refused.get(0).message(Locale.ENGLISH))
                .isEqualTo("An observation of leads through 抖音 on 2024-08-05 counts -5; a count is never negative.");
        // A whole count written with a scale is whole.
        assertThat(Seed004Kpi.kpi().record(Observation.of(LEADS, DOUYIN, DASHBOARD_DAY.plusDays(1), new BigDecimal("5.00"),
                "抖音后台"), Seed004Kpi.metrics()).isRight()).isTrue();
    }

    @Test
    void aSecondObservationIsRefusedNeverWrittenOver() {
        Observation again = Observation.of(LEADS, DOUYIN, DASHBOARD_DAY, BigDecimal.valueOf(999), "抖音后台");
        Seq<Violation> refused = Seed004Kpi.kpi().record(again, Seed004Kpi.metrics()).getLeft().violations();
        assertThat(refused).extracting(Violation::code).containsExactly("kpi.observation.duplicate");
        assertThat(refused.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2024-08-04 抖音渠道的 leads 数据重复录入，请修改原记录而不是再录一条。");

        KpiTracking dirty = Seed004Kpi.kpi().toBuilder().addObservations(again).build();
        Dashboard d = dirty.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), DASHBOARD_DAY);
        assertThat(d.findings()).extracting(Violation::code).containsExactly("kpi.observation.duplicate");
        assertThat(row(d, LEADS, DOUYIN).cumulative()).contains(n("1849"));
    }

    @Test
    void observingARateIsRefused() {
        Seq<Violation> refused = Seed004Kpi.kpi().record(Observation.of(CONVERSION, DOUYIN, DASHBOARD_DAY, n("12.5"), "CRM"),
                Seed004Kpi.metrics()).getLeft().violations();
        assertThat(refused).extracting(Violation::code).containsExactly("kpi.observation.rate-metric");
    }

    @Test
    void aZeroTargetAndAnInvertedRangeAreViolationsNotExceptions() {
        KpiTracking kpi = Seed004Kpi.kpi()
                .withTarget(KpiTarget.of(EXPOSURE, DOUYIN, Target.atLeast(BigDecimal.ZERO), Seed004Kpi.ZHANG))
                .withTarget(KpiTarget.of(LEADS, DOUYIN, Target.between(BigDecimal.valueOf(3000), BigDecimal.valueOf(2000)),
                        Seed004Kpi.ZHAO));
        Dashboard d = kpi.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), DASHBOARD_DAY);
        assertThat(d.findings()).extracting(Violation::code)
                .containsExactly("kpi.target.zero", "kpi.target.range-inverted");
        assertThat(d.findings()).extracting(Violation::path).containsExactly("targets[0].target", "targets[1].target");
        assertThat(row(d, EXPOSURE, DOUYIN).achievement()).isEmpty();
        assertThat(row(d, EXPOSURE, DOUYIN).status()).isEqualTo(AlertStatus.NORMAL);
        assertThat(KpiRules.standard(Seed004Kpi.metrics()).check(kpi)).extracting(Violation::code)
                .containsExactly("kpi.target.zero", "kpi.target.range-inverted");
    }

    @Test
    void alertsAreRaisedOnceAndMustBeAnsweredWithinThirtyMinutes() {
        Instant raised = Instant.parse("2024-08-04T02:00:00Z");
        Dashboard d = seed();
        KpiTracking kpi = Seed004Kpi.kpi().raise(d, raised);
        assertThat(kpi.alerts()).extracting(Alert::metric).containsExactly(SHARES, CONVERSION);
        assertThat(kpi.raise(d, raised.plusSeconds(600))).isSameAs(kpi);
        assertThat(kpi.alerts().get(0).respondBy())
                .isEqualTo(Instant.parse("2024-08-04T02:30:00Z"));

        Alert shares = kpi.alerts().get(0);
        KpiTracking answered = kpi.acknowledge(Acknowledgement.of(shares, Seed004Kpi.LI, raised.plusSeconds(20 * 60),
                "部分社群管理员积极性低")).get();
        Seq<Violation> overdue = answered.unanswered(raised.plus(Duration.ofMinutes(45)));
        assertThat(overdue).extracting(Violation::code).containsExactly("kpi.alert.unanswered");
        assertThat(overdue.get(0).path()).isEqualTo("alerts[1]");
        assertThat(overdue.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2024-08-04 整体渠道的 conversion 预警应在 2024-08-04 02:30 UTC 前响应，至今无人确认。");
        assertThat(answered.unanswered(raised.plus(Duration.ofMinutes(45)), java.time.ZoneId.of("Asia/Shanghai"))
                .get(0).message(Locale.ENGLISH)).contains("by 2024-08-04 10:30");
        assertThat(answered.unanswered(raised.plus(Duration.ofMinutes(29)))).isEmpty();

        KpiTracking late = answered.acknowledge(Acknowledgement.of(kpi.alerts().get(1), Seed004Kpi.LIU,
                raised.plus(Duration.ofMinutes(50)), "直播间咨询未及时跟进")).get();
        assertThat(late.unanswered(raised.plus(Duration.ofHours(2)))).extracting(Violation::code)
                .containsExactly("kpi.alert.answered-late");
        assertThat(late.unanswered(raised.plus(Duration.ofHours(2)), java.time.ZoneId.of("Asia/Shanghai")).get(0)
                .message(Locale.SIMPLIFIED_CHINESE)).endsWith("应在 2024-08-04 10:30 前响应，但直到 2024-08-04 10:50 才确认。");
        assertThatThrownBy(() -> late.unanswered(raised, null)).hasMessage("zone");

        Dashboard shown = late.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), DASHBOARD_DAY);
        assertThat(row(shown, SHARES, COMMUNITY).analysis()).contains("部分社群管理员积极性低");
        assertThat(row(shown, CONVERSION, null).analysis()).contains("直播间咨询未及时跟进");
        assertThat(row(shown, LEADS, DOUYIN).analysis()).isEmpty();
    }

    @Test
    void anEscalationRaisesASecondAlertThatAnEarlierAnswerDoesNotCover() {
        Instant raised = Instant.parse("2024-08-04T02:00:00Z");
        KpiTracking kpi = Seed004Kpi.kpi().raise(seed(), raised);
        KpiTracking answered = kpi.acknowledge(Acknowledgement.of(kpi.alerts().get(0), Seed004Kpi.LI,
                raised.plusSeconds(60), "已补充转发奖励")).get();
        KpiTracking strict = answered.withAlerting(AlertPolicy.defaults().withRules(List.of(
                AlertRule.critical(AlertCondition.belowPace(BigDecimal.valueOf(20))).forMetric(SHARES))));
        Dashboard escalated = strict.dashboard(Seed004Kpi.metrics(), Seed004Kpi.WINDOW, Seed004Kpi.phases(), DASHBOARD_DAY);
        KpiTracking again = strict.raise(escalated, raised.plus(Duration.ofHours(1)));
        assertThat(again.alerts()).hasSize(3);
        assertThat(again.alerts().get(2).status()).isEqualTo(AlertStatus.CRITICAL);
        assertThat(again.unanswered(raised.plus(Duration.ofHours(2)))).extracting(Violation::path)
                .containsExactly("alerts[1]", "alerts[2]");
    }

    @Test
    void anAcknowledgementNeedsAnAlertAndAnAnalysis() {
        Acknowledgement stray = new Acknowledgement(LEADS, Optional.of(DOUYIN), DASHBOARD_DAY, Seed004Kpi.ZHAO,
                Instant.parse("2024-08-04T02:00:00Z"), " ");
        assertThat(Seed004Kpi.kpi().acknowledge(stray).getLeft().violations()).extracting(Violation::code)
                .containsExactly("kpi.acknowledgement.analysis-blank", "kpi.acknowledgement.no-alert");
    }

    @Test
    void valuesCheckTheirOwnInvariants() {
        assertThatThrownBy(() -> new AlertRule(AlertCondition.belowPace(BigDecimal.ONE), AlertStatus.NORMAL,
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("raises: ");
        assertThatThrownBy(() -> AlertCondition.belowPace(BigDecimal.valueOf(-1))).hasMessageStartingWith("points: ");
        assertThatThrownBy(() -> AlertCondition.allOf()).hasMessageStartingWith("conditions: ");
        assertThatThrownBy(() -> Pace.byPhase(Map.of(PhaseKind.BURST, BigDecimal.ZERO)))
                .hasMessageStartingWith("weights: ");
        assertThatThrownBy(() -> new AlertPolicy(List.of(), Pace.linear(), Duration.ZERO))
                .hasMessageStartingWith("responseTime: ");
        assertThatThrownBy(() -> Metric.builder().id(MetricId.of("x")).name("x").unit(MetricUnit.count())
                .direction(io.github.campaignkit.core.goal.Direction.HIGHER_IS_BETTER)
                .rate(io.github.campaignkit.core.goal.Rate.of(LEADS, SHARES)).rateScale(1).build())
                .hasMessageStartingWith("unit: ");
        assertThatThrownBy(() -> new Alert(LEADS, Optional.empty(), DASHBOARD_DAY, AlertStatus.NORMAL, Instant.EPOCH,
                Instant.EPOCH)).hasMessageStartingWith("status: ");
        assertThatThrownBy(() -> new Alert(LEADS, Optional.empty(), DASHBOARD_DAY, AlertStatus.WARNING,
                Instant.EPOCH.plusSeconds(1), Instant.EPOCH)).hasMessageStartingWith("respondBy: ");
    }
}
