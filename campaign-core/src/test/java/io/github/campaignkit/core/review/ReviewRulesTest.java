package io.github.campaignkit.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.goal.Attainment;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The review rules on seed 004: the due date, the evaluation, and the retrospective's analyses and actions. */
class ReviewRulesTest {

    private static final LocalDate DUE = LocalDate.of(2024, 8, 14);
    private static final Money COST = Money.of(new BigDecimal("77000.00"), java.util.Currency.getInstance("CNY"));
    private static final Money REVENUE = Money.of(new BigDecimal("500000.00"), java.util.Currency.getInstance("CNY"));

    /** Seed 004's evaluation, with the valid leads brought down to 1,100 so that one goal is unmet. */
    private static GoalSheet sheetWithAnUnmetGoal() {
        return Seed004Kpi.withResults(Seed004Kpi.goals())
                .withResult(GoalResult.of(GoalId.of("G2"), BigDecimal.valueOf(1100), "线下留资不足"));
    }

    private static EvaluationReport report(GoalSheet sheet, LocalDate issued) {
        return EvaluationReport.of(sheet.evaluate(), Optional.of(new ReturnOnInvestment(COST, REVENUE)), issued,
                Seed004Kpi.ZHAO);
    }

    private static RetrospectiveBuilder retrospective() {
        return Retrospective.builder().heldOn(LocalDate.of(2024, 8, 13))
                .overview("开学季·青春焕新计划，2024-07-31至08-10，线下快闪店+抖音直播")
                .addParticipants(Seed004Kpi.ZHANG, Seed004Kpi.LI)
                .addSuccesses(Success.of("线下快闪店“扫码领小礼品+体验产品”的组合方式", "线索留资效率较单纯发传单提升3倍"))
                .addKnowledge(Knowledge.of(KnowledgeKind.CHECKLIST, "营销活动策划checklist", List.of("目标已签字确认")));
    }

    private static Problem leadsAnalysis() {
        return Problem.ofGoal("P1", GoalId.of("G2"), "有效线索量未达1200", "社群转发任务分配不清晰，管理员积极性低");
    }

    private static ActionItem incentive() {
        return ActionItem.builder().id(ActionId.of("A1")).task("更新《校园活动执行手册》，增加“社群转发激励方案”")
                .owner(io.github.campaignkit.core.team.MemberId.of("zhou")).due(LocalDate.of(2024, 8, 15))
                .effect(ExpectedEffect.of("下次预热期社群转发量3000+", Seed004Kpi.SHARES,
                        Target.atLeast(BigDecimal.valueOf(3000))))
                .addAddresses(ProblemId.of("P1")).build();
    }

    @Test
    void theReportIsDueThreeWorkingDaysAfterTheEnd() {
        // The window ends on Saturday 2024-08-10: Monday 12, Tuesday 13, Wednesday 14.
        assertThat(ReviewPolicy.standard().due(Seed004Kpi.WINDOW)).isEqualTo(DUE);
        WorkingCalendar withHoliday = WorkingCalendar.mondayToFriday().withHolidays(List.of(LocalDate.of(2024, 8, 13)));
        assertThat(ReviewPolicy.on(withHoliday).due(Seed004Kpi.WINDOW)).isEqualTo(LocalDate.of(2024, 8, 15));
        assertThat(ReviewPolicy.on(WorkingCalendar.everyDay()).withWorkingDays(0).due(Seed004Kpi.WINDOW))
                .isEqualTo(LocalDate.of(2024, 8, 10));
    }

    @Test
    void theReportKeepsTheEvaluationAndTheReturnAsTheyWere() {
        EvaluationReport report = report(Seed004Kpi.withResults(Seed004Kpi.goals()), DUE);
        assertThat(report.rows()).extracting(r -> r.achievement().orElseThrow().stripTrailingZeros().toPlainString())
                .containsExactly("124", "127.5", "108", "183", "108");
        assertThat(report.returnOnInvestment().orElseThrow().percent()).isEqualByComparingTo("549.35");
        assertThat(report.unmet()).isEmpty();
        assertThat(ReviewRules.evaluation(Seed004Kpi.WINDOW, ReviewPolicy.standard())
                .check(Review.empty().withEvaluation(report))).isEmpty();
    }

    @Test
    void aMissingReportIsAnErrorAndALateOneAWarningGivenItsDate() {
        Seq<Violation> missing = ReviewRules.evaluation(Seed004Kpi.WINDOW, ReviewPolicy.standard()).check(Review.empty());
        assertThat(missing).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review.evaluation.missing", "evaluation"));

        Review late = Review.empty().withEvaluation(report(sheetWithAnUnmetGoal(), LocalDate.of(2024, 8, 15)));
        Seq<Violation> found = ReviewRules.evaluation(Seed004Kpi.WINDOW, ReviewPolicy.standard()).check(late);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("review.evaluation.late");
            assertThat(v.isWarning()).isTrue();
            assertThat(v.path()).isEqualTo("evaluation.issuedOn");
            assertThat(v.message(java.util.Locale.ENGLISH))
                    .isEqualTo("The evaluation report was issued on 2024-08-15, after its due date 2024-08-14.");
            assertThat(v.message(java.util.Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("活动效果评估报告于 2024-08-15 提交，晚于截止日期 2024-08-14。");
        });

        Review early = Review.empty().withEvaluation(report(sheetWithAnUnmetGoal(), LocalDate.of(2024, 8, 9)));
        assertThat(ReviewRules.evaluation(Seed004Kpi.WINDOW, ReviewPolicy.standard()).check(early))
                .extracting(Violation::code).containsExactly("review.evaluation.before-end");
    }

    @Test
    void anOverdueReportIsAnErrorOnlyOnceTheDueDateHasPassed() {
        assertThat(ReviewRules.overdue(Seed004Kpi.WINDOW, ReviewPolicy.standard(), DUE).check(Review.empty())).isEmpty();
        assertThat(ReviewRules.overdue(Seed004Kpi.WINDOW, ReviewPolicy.standard(), DUE.plusDays(1))
                .check(Review.empty())).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("review.evaluation.overdue");
                    assertThat(v.isError()).isTrue();
                });
        Review recorded = Review.empty().withEvaluation(report(sheetWithAnUnmetGoal(), DUE.plusDays(3)));
        assertThat(ReviewRules.overdue(Seed004Kpi.WINDOW, ReviewPolicy.standard(), DUE.plusDays(5)).check(recorded))
                .isEmpty();
    }

    @Test
    void everyGoalNeedsARowInTheReport() {
        GoalSheet sheet = sheetWithAnUnmetGoal();
        EvaluationReport report = report(sheet, DUE);
        EvaluationReport short1 = new EvaluationReport(report.issuedOn(), report.author(), report.rows().subList(0, 3),
                report.returnOnInvestment(), "");
        assertThat(ReviewRules.covers(sheet).check(Review.empty().withEvaluation(short1)))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review.evaluation.goal-missing", List.of("G4")),
                        org.assertj.core.groups.Tuple.tuple("review.evaluation.goal-missing", List.of("G5")));
    }

    @Test
    void anUnmetGoalNeedsAnAnalysisAndAnActionItem() {
        EvaluationReport report = report(sheetWithAnUnmetGoal(), DUE);
        assertThat(report.unmet()).extracting(r -> r.goal().value()).containsExactly("G2");
        assertThat(report.row(GoalId.of("G2")).orElseThrow().attainment()).isEqualTo(Attainment.NOT_MET);

        Review none = Review.empty().withEvaluation(report).withRetrospective(retrospective().build());
        assertThat(ReviewRules.retrospective().check(none)).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review.unmet.not-analysed", "evaluation.rows[1]"));

        Review analysed = none.withRetrospective(retrospective().addProblems(leadsAnalysis()).build());
        assertThat(ReviewRules.retrospective().check(analysed)).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review.unmet.no-action", "evaluation.rows[1]"));

        Review acted = none.withRetrospective(retrospective().addProblems(leadsAnalysis()).addActions(incentive())
                .build());
        assertThat(ReviewRules.retrospective().check(acted)).isEmpty();
        assertThat(ReviewRules.complete(Seed004Kpi.WINDOW, ReviewPolicy.standard(), sheetWithAnUnmetGoal())
                .check(acted)).isEmpty();
        assertThat(acted.retrospective().orElseThrow().actionsForGoal(GoalId.of("G2"))).containsExactly(incentive());
    }

    @Test
    void everyDefectOfADraftRetrospectiveIsReportedWithItsPath() {
        ActionItem vague = ActionItem.builder().id(ActionId.of("A1")).task(" ")
                .effect(ExpectedEffect.described("更好")).addAddresses(ProblemId.of("P9")).build();
        ActionItem early = incentive().toBuilder().due(LocalDate.of(2024, 8, 1)).build();
        Retrospective draft = Retrospective.builder().heldOn(LocalDate.of(2024, 8, 13)).overview(" ")
                .addSuccesses(Success.of("", ""))
                .addProblems(Problem.of("P1", "", ""), leadsAnalysis(), Problem.ofGoal("P2", GoalId.of("G9"), "x", "y"))
                .addActions(vague, early)
                .addKnowledge(Knowledge.of(KnowledgeKind.PLAYBOOK, " ", List.of()))
                .build();
        Review review = Review.empty().withEvaluation(report(sheetWithAnUnmetGoal(), DUE)).withRetrospective(draft);

        assertThat(ReviewRules.retrospective().check(review)).extracting(Violation::code, Violation::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("review.retrospective.overview.blank", "retrospective.overview"),
                        org.assertj.core.groups.Tuple.tuple("review.success.blank", "retrospective.successes[0].description"),
                        org.assertj.core.groups.Tuple.tuple("review.problem.description.blank",
                                "retrospective.problems[0].description"),
                        org.assertj.core.groups.Tuple.tuple("review.problem.root-cause.blank",
                                "retrospective.problems[0].rootCause"),
                        org.assertj.core.groups.Tuple.tuple("review.problem.duplicate", "retrospective.problems[1].id"),
                        org.assertj.core.groups.Tuple.tuple("review.problem.goal.unknown", "retrospective.problems[2].goal"),
                        org.assertj.core.groups.Tuple.tuple("review.action.task.blank", "retrospective.actions[0].task"),
                        org.assertj.core.groups.Tuple.tuple("review.action.owner.missing", "retrospective.actions[0].owner"),
                        org.assertj.core.groups.Tuple.tuple("review.action.due.missing", "retrospective.actions[0].due"),
                        org.assertj.core.groups.Tuple.tuple("review.action.effect.not-measurable",
                                "retrospective.actions[0].effect"),
                        org.assertj.core.groups.Tuple.tuple("review.action.problem.unknown",
                                "retrospective.actions[0].addresses[0]"),
                        org.assertj.core.groups.Tuple.tuple("review.action.duplicate", "retrospective.actions[1].id"),
                        org.assertj.core.groups.Tuple.tuple("review.action.due.before-retrospective",
                                "retrospective.actions[1].due"),
                        org.assertj.core.groups.Tuple.tuple("review.knowledge.title.blank",
                                "retrospective.knowledge[0].title"));
    }

    @Test
    void aMissingRetrospectiveIsOneError() {
        assertThat(ReviewRules.retrospective().check(Review.empty())).extracting(Violation::code)
                .containsExactly("review.retrospective.missing");
        Review bare = Review.empty().withRetrospective(Retrospective.builder().heldOn(DUE).overview("概述").build());
        assertThat(ReviewRules.retrospective().check(bare)).extracting(Violation::code).containsExactly(
                "review.retrospective.successes.empty", "review.retrospective.knowledge.empty");
        assertThat(ReviewRules.retrospective().check(bare)).allMatch(Violation::isWarning);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ReviewPolicy.standard().withWorkingDays(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("workingDays: ");
        assertThatThrownBy(() -> ProblemId.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value");
        assertThatThrownBy(() -> new ExpectedEffect("x", null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("metric");
        assertThat(ExpectedEffect.of("x", MetricId.of("m"), Target.atLeast(BigDecimal.ONE)).hasMeasure()).isTrue();
        assertThat(ExpectedEffect.described("x").hasMeasure()).isFalse();
    }
}
