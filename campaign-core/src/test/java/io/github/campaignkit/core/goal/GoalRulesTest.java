package io.github.campaignkit.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.MainlandChina;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SMART check letter by letter, sign-offs and results, with seed 004's goals. */
class GoalRulesTest {

    private static final SmartPolicy POLICY = SmartPolicy.defaults();

    private static GoalSheet change(int index, java.util.function.UnaryOperator<Goal> edit) {
        GoalSheet sheet = Seed004Kpi.goals();
        return sheet.withGoal(edit.apply(sheet.goals().get(index)));
    }

    private static Seq<Violation> smart(GoalSheet sheet) {
        return GoalRules.smart(Seed004Kpi.WINDOW, POLICY).check(sheet);
    }

    @Test
    void theSeedGoalsAreSmart() {
        assertThat(smart(Seed004Kpi.goals())).isEmpty();
        assertThat(GoalRules.notEmpty().check(Seed004Kpi.goals())).isEmpty();
        assertThat(GoalRules.notEmpty().check(GoalSheet.empty())).extracting(Violation::code).containsExactly("goal.none");
    }

    @Test
    void specificNeedsADescriptionANamedDimensionAndAKnownMetric() {
        GoalSheet sheet = change(0, g -> g.toBuilder().description(" ").dimension(Dimension.custom(""))
                .metric(MetricId.of("likes")).build());
        Seq<Violation> found = GoalRules.specific().check(sheet);
        assertThat(found).extracting(Violation::code).containsExactly("goal.specific.description-blank",
                "goal.specific.dimension-blank", "goal.specific.metric-unknown");
        assertThat(found).extracting(Violation::path).containsExactly("goals[0].description", "goals[0].dimension",
                "goals[0].metric");
        assertThat(found.get(2).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("具体：目标 G1 的衡量指标 likes 不在指标库中。");
    }

    @Test
    void measurableNeedsAUsableTargetAndASource() {
        GoalSheet sheet = Seed004Kpi.goals()
                .withGoal(Seed004Kpi.goals().goals().get(0).toBuilder().target(Optional.empty()).dataSource("").build())
                .withGoal(Seed004Kpi.goals().goals().get(1).withTarget(Target.between(BigDecimal.valueOf(2000),
                        BigDecimal.valueOf(1200))))
                .withGoal(Seed004Kpi.goals().goals().get(2).withTarget(Target.atLeast(BigDecimal.ZERO)))
                .withGoal(Seed004Kpi.goals().goals().get(3).toBuilder().target(Target.uplift(BigDecimal.TEN)).build())
                .withGoal(Seed004Kpi.goals().goals().get(4).withTarget(Target.atMost(BigDecimal.valueOf(85))));
        Seq<Violation> found = GoalRules.measurable().check(sheet);
        assertThat(found).extracting(Violation::code).containsExactly(
                "goal.measurable.source-blank", "goal.measurable.target-missing",
                "goal.measurable.range-inverted",
                "goal.measurable.target-zero",
                "goal.measurable.baseline-missing",
                "goal.measurable.direction-mismatch");
        assertThat(found.filter(Violation::isWarning)).extracting(Violation::code)
                .containsExactly("goal.measurable.source-blank", "goal.measurable.direction-mismatch");
        assertThat(found.get(2).path()).isEqualTo("goals[1].target");
        assertThat(found.get(2).message(Locale.ENGLISH)).isEqualTo(
                "Measurable: the target range of goal G2 runs from 2000 down to 1200; the minimum exceeds the maximum.");
        assertThat(found.get(3).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("可衡量：目标 G3 的目标值为零，无法计算达成率。");
    }

    @Test
    void aCountTargetIsWhole() {
        GoalSheet sheet = change(1, g -> g.withTarget(Target.atLeast(new BigDecimal("1200.5"))));
        assertThat(GoalRules.measurable().check(sheet)).extracting(Violation::code)
                .containsExactly("goal.measurable.target-fractional");
        assertThat(GoalRules.measurable().check(change(1, g -> g.withTarget(Target.atLeast(new BigDecimal("1200.00"))))))
                .isEmpty();
    }

    @Test
    void achievableWarnsBeyondThePolicysBound() {
        GoalSheet sheet = change(0, g -> g.toBuilder().target(Target.uplift(BigDecimal.valueOf(80)))
                .baseline(BigDecimal.valueOf(4_000_000)).build())
                .withGoal(Seed004Kpi.goals().goals().get(1).toBuilder().baseline(BigDecimal.valueOf(500)).build());
        Seq<Violation> found = GoalRules.achievable(POLICY).check(sheet);
        assertThat(found).extracting(Violation::code).containsExactly("goal.achievable.uplift-too-high",
                "goal.achievable.far-beyond-baseline");
        assertThat(found).allMatch(Violation::isWarning);
        assertThat(found.get(1).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("可实现：目标 G2 的目标值 1200 与基线 500 相差 140.0%，超出政策认为可实现的 50%。");
        assertThat(GoalRules.achievable(SmartPolicy.defaults().withMaxUpliftPercent(BigDecimal.valueOf(200))).check(sheet))
                .isEmpty();
        assertThat(io.github.campaignkit.core.rule.Rules.hasErrors(smart(sheet))).isFalse();
    }

    @Test
    void relevantNeedsAnObjectiveOfTheSheet() {
        GoalSheet sheet = change(0, g -> g.toBuilder().objective(Optional.empty()).build())
                .withGoal(Seed004Kpi.goals().goals().get(1).toBuilder().objective(ObjectiveId.of("O9")).build());
        assertThat(GoalRules.relevant().check(sheet)).extracting(Violation::code)
                .containsExactly("goal.relevant.objective-missing", "goal.relevant.objective-unknown");
    }

    @Test
    void timeBoundNeedsADeadlineWithinTheWindowAndItsGrace() {
        GoalSheet sheet = change(0, g -> g.toBuilder().deadline(Optional.empty()).build())
                .withGoal(Seed004Kpi.goals().goals().get(1).withDeadline(LocalDate.of(2024, 7, 30)))
                .withGoal(Seed004Kpi.goals().goals().get(2).withDeadline(LocalDate.of(2024, 9, 11)))
                .withGoal(Seed004Kpi.goals().goals().get(3).withDeadline(LocalDate.of(2024, 9, 10)));
        Seq<Violation> found = GoalRules.timeBound(Seed004Kpi.WINDOW, POLICY).check(sheet);
        assertThat(found).extracting(Violation::code).containsExactly("goal.time-bound.deadline-missing",
                "goal.time-bound.before-start", "goal.time-bound.too-late");
        // 22 working days after Saturday 08-10, Monday to Friday: Tuesday 09-10.
        assertThat(found.get(2).message(Locale.ENGLISH)).isEqualTo("Time-bound: the deadline of goal G3 (2024-09-11) is "
                + "too long after the campaign ends on 2024-08-10; the latest allowed is 2024-09-10, 22 working days after.");
        assertThat(found.get(2).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("时限：目标 G3 的完成时间（2024-09-11）距活动结束日 "
                + "2024-08-10 过远，最晚为 2024-09-10（结束后第 22 个工作日）。");
    }

    @Test
    void seed004sDeadlinesInWorkingDaysAfterTheEndFallOnTheDaysItsTableShows() {
        // 目标拆解表: 品牌曝光 活动结束后3个工作日, 线索获取 1个工作日, 销售转化 5个工作日; the campaign
        // ends on Saturday 2024-08-10, and its evaluation table dates them 08-14, 08-12 and 08-16.
        GoalSheet sheet = Seed004Kpi.goals();
        int[] after = {3, 1, 5};
        for (int i = 0; i < after.length; i++) {
            Goal dated = sheet.goals().get(i);
            Goal relative = dated.withDeadlineAfterEnd(after[i]);
            assertThat(relative.deadline()).isEmpty();
            assertThat(relative.deadlineOn(Seed004Kpi.WINDOW, WorkingCalendar.mondayToFriday())).isEqualTo(dated.deadline());
        }
        // A template keeps the rule and drops the day: the next campaign's deadlines follow its own end.
        GoalSheet relative = sheet.withGoal(sheet.goals().get(0).withDeadlineAfterEnd(3));
        assertThat(relative.template().goals().get(0).deadlineWorkingDaysAfterEnd()).contains(3);
    }

    @Test
    void workingDaysAfterTheEndAreCountedOnTheCampaignsCalendar() {
        // A campaign ending on Monday 2024-09-30, before National Day (10-01…10-07 off).
        DateRange window = DateRange.of(LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 30));
        WorkingCalendar china = MainlandChina.calendar(2024, 2024);
        GoalSheet sheet = change(0, g -> g.withDeadlineAfterEnd(3));
        assertThat(sheet.goals().get(0).deadlineOn(window, china)).contains(LocalDate.of(2024, 10, 10));
        assertThat(sheet.goals().get(0).deadlineOn(window, WorkingCalendar.mondayToFriday()))
                .contains(LocalDate.of(2024, 10, 3));
        // Three working days allowed: 10-10 is on time on the campaign's calendar, too late Monday to Friday.
        GoalSheet dated = change(0, g -> g.withDeadline(LocalDate.of(2024, 10, 10)));
        SmartPolicy three = POLICY.withDeadlineWorkingDays(3);
        Seq<Violation> onChina = GoalRules.timeBound(window, three.orCalendar(china)).check(dated);
        assertThat(onChina.filter(v -> v.path().startsWith("goals[0]"))).isEmpty();
        Seq<Violation> onWeekdays = GoalRules.timeBound(window, three).check(dated);
        assertThat(onWeekdays.filter(v -> v.path().equals("goals[0].deadline"))).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("G1", "2024-10-10", "2024-09-30", "2024-10-03", 3));
        // A policy with a calendar of its own keeps it when the campaign hands over its own.
        assertThat(three.orCalendar(china).orCalendar(WorkingCalendar.everyDay()).calendar()).contains(china);
        // A day the calendar does not cover is reported at the goal, not thrown.
        DateRange lateWindow = DateRange.of(LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 30));
        Seq<Violation> uncovered = GoalRules.timeBound(lateWindow, three.orCalendar(china))
                .check(change(0, g -> g.withDeadlineAfterEnd(3)));
        assertThat(uncovered).extracting(Violation::code).contains("schedule.value.uncovered");
    }

    @Test
    void aGoalHasADeadlineDayOrWorkingDaysAfterTheEndNotBoth() {
        Goal goal = Seed004Kpi.goals().goals().get(0);
        assertThatThrownBy(() -> goal.toBuilder().deadlineWorkingDaysAfterEnd(3).build())
                .isInstanceOfSatisfying(io.github.campaignkit.core.rule.InvalidValueException.class, e -> {
                    assertThat(e.violation().code()).isEqualTo("goal.value.two-deadlines");
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("2024-08-14", "3", "不能两者都有");
                });
        assertThatThrownBy(() -> goal.withDeadlineAfterEnd(-1)).hasMessageStartingWith("deadlineWorkingDaysAfterEnd: ");
        assertThat(goal.withDeadlineAfterEnd(2).withDeadline(LocalDate.of(2024, 8, 20)).deadlineWorkingDaysAfterEnd())
                .isEmpty();
    }

    @Test
    void everySmartCodeNamesItsLetter() {
        assertThat(GoalViolation.TIME_BOUND_TOO_LATE.letter()).contains(SmartLetter.TIME_BOUND);
        assertThat(GoalViolation.letterOf("goal.achievable.uplift-too-high")).contains(SmartLetter.ACHIEVABLE);
        assertThat(GoalViolation.letterOf("goal.none")).isEmpty();
        for (GoalViolation v : GoalViolation.values()) {
            String second = v.code().split("\\.")[1];
            boolean smartWord = List.of("specific", "measurable", "achievable", "relevant", "time-bound").contains(second);
            assertThat(v.letter().isPresent()).as(v.code()).isEqualTo(smartWord);
        }
    }

    @Test
    void structureFindsDuplicatesAndBrokenRates() {
        GoalSheet sheet = Seed004Kpi.goals().toBuilder()
                .addObjectives(new Objective(ObjectiveId.of("O1"), ""))
                .addMetrics(Metric.of("leads", "重复", MetricUnit.count()),
                        Metric.rate("bad-rate", "坏比率", MetricId.of("nothing"), Seed004Kpi.ROI))
                .addGoals(Seed004Kpi.goals().goals().get(0))
                .build();
        assertThat(GoalRules.structure().check(sheet)).extracting(Violation::code).containsExactly(
                "goal.objective.duplicate", "goal.objective.blank", "goal.metric.duplicate",
                "goal.metric.rate-part-unknown", "goal.metric.rate-part-not-additive", "goal.id.duplicate");
    }

    @Test
    void aSignatureCoversTheGoalsAsSigned() {
        Department market = Department.of("市场部");
        Department sales = Department.of("销售部");
        Instant at = Instant.parse("2024-07-20T02:00:00Z");
        GoalSheet signed = Seed004Kpi.goals().sign(market, MemberId.of("head-market"), at)
                .sign(sales, MemberId.of("head-sales"), at);
        assertThat(GoalRules.signedBy(List.of(market, sales)).check(signed)).isEmpty();
        assertThat(signed.isSignedBy(market)).isTrue();

        GoalSheet changed = signed.withGoal(signed.goals().get(2).withDescription("促进线索转化为实际购买（含复购）"))
                .withGoal(signed.goals().get(0).toBuilder().id(GoalId.of("G6")).build());
        Seq<Violation> found = GoalRules.signedBy(List.of(market, sales, Department.of("行政部"))).check(changed);
        assertThat(found).extracting(Violation::code).containsExactly(
                "goal.signoff.void", "goal.signoff.not-covered", "goal.signoff.void", "goal.signoff.not-covered",
                "goal.signoff.missing");
        assertThat(found).extracting(Violation::path).containsExactly("goals[2]", "goals[5]", "goals[2]", "goals[5]",
                "signOffs");
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("目标 G3 在“市场部”签字（签字人 head-market）后被修改，该签字失效，须重新签署。");
        assertThat(changed.signaturesOn(changed.goals().get(0))).containsExactly(market, sales);
        assertThat(changed.signaturesOn(changed.goals().get(2))).isEmpty();

        GoalSheet resigned = changed.sign(market, MemberId.of("head-market"), at.plusSeconds(3600));
        assertThat(resigned.isSignedBy(market)).isTrue();
        assertThat(resigned.signOffs()).hasSize(2);
        assertThat(resigned.signOffs().get(1).department()).isEqualTo(market);
        assertThat(GoalSheet.empty().isSignedBy(market)).isFalse();
    }

    @Test
    void resultsAreNeededForEveryGoalAndUnmetOnesNeedAnAnalysis() {
        GoalSheet sheet = Seed004Kpi.goals();
        assertThat(GoalRules.results().check(sheet)).hasSize(5).allMatch(v -> v.code().equals("goal.result.missing"));
        GoalSheet done = Seed004Kpi.withResults(sheet);
        assertThat(GoalRules.results().check(done)).isEmpty();

        GoalSheet unmet = done.withResult(GoalResult.of(GoalId.of("G2"), BigDecimal.valueOf(1100), ""))
                .toBuilder().addResults(GoalResult.of(GoalId.of("G9"), BigDecimal.ONE, "")).build();
        Seq<Violation> found = GoalRules.results().check(unmet);
        assertThat(found).extracting(Violation::code).containsExactly("goal.result.analysis-missing",
                "goal.result.unknown-goal");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).path()).isEqualTo("results[1].analysis");
    }

    @Test
    void valuesCheckTheirOwnInvariants() {
        assertThatThrownBy(() -> new Dimension(DimensionKind.LEADS, Optional.of("x"))).hasMessageStartingWith("name: ");
        assertThatThrownBy(() -> Dimension.of(DimensionKind.CUSTOM)).hasMessageStartingWith("name: ");
        assertThatThrownBy(() -> new MetricUnit(UnitKind.CURRENCY, Optional.empty()))
                .hasMessageStartingWith("currency: ");
        assertThatThrownBy(() -> Rate.of(Seed004Kpi.LEADS, Seed004Kpi.LEADS)).hasMessageStartingWith("denominator: ");
        assertThatThrownBy(() -> Metric.of("x", "x", MetricUnit.count()).withRateScale(7))
                .hasMessageStartingWith("rateScale: ");
        assertThatThrownBy(() -> SmartPolicy.defaults().withMaxUpliftPercent(BigDecimal.valueOf(-1)))
                .hasMessageStartingWith("maxUpliftPercent: ");
        assertThatThrownBy(() -> GoalId.of(" G1")).hasMessageStartingWith("value: ");
    }
}
