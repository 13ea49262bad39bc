package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.review.ActionId;
import io.github.campaignkit.core.review.ActionItem;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.ExpectedEffect;
import io.github.campaignkit.core.review.Knowledge;
import io.github.campaignkit.core.review.KnowledgeKind;
import io.github.campaignkit.core.review.Problem;
import io.github.campaignkit.core.review.ProblemId;
import io.github.campaignkit.core.review.Retrospective;
import io.github.campaignkit.core.review.RetrospectiveBuilder;
import io.github.campaignkit.core.review.ReviewChange;
import io.github.campaignkit.core.review.Success;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The review commands and the gates out of review, on seed 004 with one goal unmet. */
class ReviewLifecycleTest {

    private static final MemberId LEAD = Seed004Kpi.ZHANG;
    private static final Lifecycle LIFECYCLE = Lifecycle.withoutGates()
            .withGate(Stage.REVIEW, Gates.evaluationReported())
            .withGate(Stage.REVIEW, Gates.retrospectiveComplete());
    private static final Currency CNY = Currency.getInstance("CNY");

    private static Clock clock(int month, int day) {
        return Clock.fixed(ZonedDateTime.of(2024, month, day, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
    }

    private static Campaign inReview() {
        Campaign campaign = Campaign.builder().from(Seed004Kpi.campaign()).goals(Seed004Kpi.withResults(Seed004Kpi.campaign().goals())
                .withResult(GoalResult.of(GoalId.of("G2"), BigDecimal.valueOf(1100), "线下留资不足"))).build();
        for (int i = 0; i < 3; i++) {
            campaign = LIFECYCLE.apply(campaign, CampaignCommand.advance(LEAD), clock(8, 11)).get();
        }
        assertThat(campaign.stage()).isEqualTo(Stage.REVIEW);
        return campaign;
    }

    private static EvaluationReport report(Campaign campaign, LocalDate issued) {
        return EvaluationReport.of(campaign.goals().evaluate(), Optional.of(new ReturnOnInvestment(
                Money.of(new BigDecimal("77000.00"), CNY), Money.of(new BigDecimal("500000.00"), CNY))), issued,
                Seed004Kpi.ZHAO);
    }

    private static Retrospective retrospective(boolean withAction) {
        RetrospectiveBuilder b = Retrospective.builder()
                .heldOn(LocalDate.of(2024, 8, 13)).overview("开学季·青春焕新计划复盘")
                .addSuccesses(Success.of("快闪店扫码领小礼品+体验产品", "留资效率提升3倍"))
                .addProblems(Problem.ofGoal("P1", GoalId.of("G2"), "有效线索量未达标", "社群转发任务分配不清晰"))
                .addKnowledge(Knowledge.of(KnowledgeKind.PLAYBOOK, "校园活动执行手册", List.of("社群转发激励方案")));
        if (withAction) {
            b.addActions(ActionItem.builder().id(ActionId.of("A1")).task("制定转发奖励机制")
                    .owner(MemberId.of("zhou")).due(LocalDate.of(2024, 8, 15))
                    .effect(ExpectedEffect.of("转发量3000+", Seed004Kpi.SHARES, Target.atLeast(BigDecimal.valueOf(3000))))
                    .addAddresses(ProblemId.of("P1")).build());
        }
        return b.build();
    }

    @Test
    void reviewCommandsAreAcceptedInReviewOnly() {
        Campaign planning = Seed004Kpi.campaign();
        Refusal refusal = LIFECYCLE.apply(planning, CampaignCommand.by(LEAD, ReviewChange.RecordEvaluation.of(report(planning, LocalDate.of(2024, 8, 13)))), clock(8, 13)).getLeft();
        assertThat(refusal.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review.stage.not-review", "stage"));
        assertThat(refusal.violations().head().message(Locale.ENGLISH))
                .isEqualTo("You can record the evaluation report only in review; the campaign is in planning.");
        assertThat(LIFECYCLE.apply(planning, CampaignCommand.by(LEAD, ReviewChange.RecordRetrospective.of(retrospective(true))),
                clock(8, 13)).getLeft().codes()).containsExactly("review.stage.not-review");
        assertThat(LIFECYCLE.apply(planning, CampaignCommand.by(MemberId.of("li"), ReviewChange.RecordRetrospective.of(retrospective(true))), clock(8, 13)).getLeft().codes())
                .containsExactly("campaign.lifecycle.access-denied", "review.stage.not-review");
    }

    @Test
    void leavingReviewNeedsTheReportAndACompleteRetrospective() {
        Campaign campaign = inReview();
        Refusal nothing = LIFECYCLE.apply(campaign, CampaignCommand.advance(LEAD), clock(8, 14)).getLeft();
        assertThat(nothing.violations()).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("review.evaluation.missing", "review.evaluation"),
                org.assertj.core.groups.Tuple.tuple("review.retrospective.missing", "review.retrospective"));

        long revision = campaign.revision();
        campaign = LIFECYCLE.apply(campaign, CampaignCommand.by(LEAD, ReviewChange.RecordEvaluation.of(report(campaign, LocalDate.of(2024, 8, 15)))).basedOn(revision), clock(8, 15)).get();
        campaign = LIFECYCLE.apply(campaign, CampaignCommand.by(LEAD, ReviewChange.RecordRetrospective.of(retrospective(false))),
                clock(8, 15)).get();
        assertThat(campaign.revision()).isEqualTo(revision + 2);
        assertThat(campaign.stage()).isEqualTo(Stage.REVIEW);
        assertThat(campaign.history()).hasSize(3);

        Refusal noAction = LIFECYCLE.apply(campaign, CampaignCommand.advance(LEAD), clock(8, 15)).getLeft();
        assertThat(noAction.violations()).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("review.evaluation.late", "review.evaluation.issuedOn"),
                org.assertj.core.groups.Tuple.tuple("review.unmet.no-action", "review.evaluation.rows[1]"));
        assertThat(noAction.violations().get(1).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("目标 G2（有效线索量）未达标，其分析没有对应的改进行动项。");

        campaign = LIFECYCLE.apply(campaign, CampaignCommand.by(LEAD, ReviewChange.RecordRetrospective.of(retrospective(true))),
                clock(8, 15)).get();
        Campaign closed = LIFECYCLE.apply(campaign, CampaignCommand.advance(LEAD), clock(8, 16)).get();
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(LIFECYCLE.check(campaign)).extracting(Violation::code).containsExactly("review.evaluation.late");
    }

    @Test
    void theStandardLifecycleListsTheReviewGates() {
        assertThat(Gates.defaults(Stage.REVIEW)).contains(Gates.evaluationReported(), Gates.retrospectiveComplete());
        assertThat(Gates.evaluationReported().check(Campaign.builder().from(inReview()).review(
                io.github.campaignkit.core.review.Review.empty().withEvaluation(report(inReview(),
                        LocalDate.of(2024, 8, 14)))).build())).isEmpty();
    }

    @Test
    void theMonitorReportsTheEvaluationOverdueOnceItsDueDateHasPassed() {
        Campaign campaign = inReview();
        assertThat(ExecutionMonitor.standard().check(campaign, clock(8, 14)).filter(v -> v.code().startsWith("review.")))
                .isEmpty();
        assertThat(ExecutionMonitor.standard().check(campaign, clock(8, 15)).filter(v -> v.code().startsWith("review.")))
                .extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review.evaluation.overdue", "review.evaluation"));
        assertThat(ExecutionMonitor.standard().withReviewPolicy(io.github.campaignkit.core.review.ReviewPolicy
                .on(io.github.campaignkit.core.schedule.WorkingCalendar.mondayToFriday()).withWorkingDays(5)).check(campaign, clock(8, 15))
                .filter(v -> v.code().startsWith("review."))).isEmpty();
        Campaign reported = LIFECYCLE.apply(campaign, CampaignCommand.by(LEAD, ReviewChange.RecordEvaluation.of(report(campaign, LocalDate.of(2024, 8, 16)))), clock(8, 16)).get();
        assertThat(ExecutionMonitor.standard().check(reported, clock(8, 20)).filter(v -> v.code().startsWith("review.")))
                .isEmpty();
    }

    @Test
    void theReportIsDueThreeWorkingDaysAfterTheEndOnTheCampaignsOwnCalendar() {
        // The company takes Monday 08-12 to Wednesday 08-14 off: three working days after Saturday
        // 08-10 is then Monday 08-19, not Wednesday 08-14.
        io.github.campaignkit.core.schedule.WorkingCalendar holidays = io.github.campaignkit.core.schedule.WorkingCalendar
                .mondayToFriday().withName("公司日历").withHolidays(List.of(LocalDate.of(2024, 8, 12),
                        LocalDate.of(2024, 8, 13), LocalDate.of(2024, 8, 14)));
        Campaign base = inReview();
        Campaign campaign = Campaign.builder().from(base)
                .schedule(base.schedule().toBuilder().calendar(holidays).build()).build();
        assertThat(campaign.calendar()).isEqualTo(holidays);
        assertThat(ExecutionMonitor.standard().check(campaign, clock(8, 19)).filter(v -> v.code().startsWith("review.")))
                .isEmpty();
        assertThat(ExecutionMonitor.standard().check(campaign, clock(8, 20)).filter(v -> v.code().startsWith("review.")))
                .extracting(Violation::code).containsExactly("review.evaluation.overdue");
        // Issued on Friday 08-16: on time on the campaign's calendar, late Monday to Friday.
        Campaign reported = Campaign.builder().from(campaign).review(io.github.campaignkit.core.review.Review.empty()
                .withEvaluation(report(campaign, LocalDate.of(2024, 8, 16)))).build();
        assertThat(Gates.evaluationReported().check(reported)).isEmpty();
        assertThat(Gates.evaluationReported(io.github.campaignkit.core.review.ReviewPolicy.on(
                io.github.campaignkit.core.schedule.WorkingCalendar.mondayToFriday())).check(reported))
                .extracting(Violation::code).containsExactly("review.evaluation.late");
    }
}
