package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignTemplate;
import io.github.campaignkit.core.campaign.PhaseTemplate;
import io.github.campaignkit.core.campaign.ProfileTemplate;
import io.github.campaignkit.core.goal.EvaluationRow;
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
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.review.ReviewPolicy;
import io.github.campaignkit.core.review.Success;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.BoardTemplate;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskTemplate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the review package (evaluation report, retrospective, review) and for the
 * templates of the next campaign. Reviews made by {@link #completeReview} pass every review rule.
 */
public final class ReviewArbitraries {

    private ReviewArbitraries() {
    }

    /**
     * Problem ids.
     *
     * @return the generator
     */
    public static Arbitrary<ProblemId> problemIds() {
        return CampaignArbitraries.identifiers().map(ProblemId::of);
    }

    /**
     * Action ids.
     *
     * @return the generator
     */
    public static Arbitrary<ActionId> actionIds() {
        return CampaignArbitraries.identifiers().map(ActionId::of);
    }

    /**
     * Successes, some without evidence.
     *
     * @return the generator
     */
    public static Arbitrary<Success> successes() {
        return Combinators.combine(CampaignArbitraries.texts(), Arbitraries.oneOf(Arbitraries.just(""),
                CampaignArbitraries.texts())).as(Success::new);
    }

    /**
     * Problems, some analysing a goal, some without a root cause yet.
     *
     * @return the generator
     */
    public static Arbitrary<Problem> problems() {
        return Combinators.combine(problemIds(), CampaignArbitraries.texts(),
                        Arbitraries.oneOf(Arbitraries.just(""), CampaignArbitraries.texts()),
                        GoalArbitraries.goalIds().optional())
                .as(Problem::new);
    }

    /**
     * Expected effects, measurable or stated in words only.
     *
     * @return the generator
     */
    public static Arbitrary<ExpectedEffect> effects() {
        return Combinators.combine(CampaignArbitraries.texts(), GoalArbitraries.metricIds().optional(),
                GoalArbitraries.targets().optional()).as(ExpectedEffect::new);
    }

    /**
     * Action items, some without owner or due date.
     *
     * @return the generator
     */
    public static Arbitrary<ActionItem> actionItems() {
        return Combinators.combine(actionIds(), CampaignArbitraries.texts(), CampaignArbitraries.memberIds().optional(),
                        CampaignArbitraries.dates().optional(), effects(), problemIds().list().ofMaxSize(3))
                .as(ActionItem::new);
    }

    /**
     * Kept knowledge of every kind.
     *
     * @return the generator
     */
    public static Arbitrary<Knowledge> knowledge() {
        return Combinators.combine(Arbitraries.of(KnowledgeKind.class), CampaignArbitraries.texts(),
                        CampaignArbitraries.texts().list().ofMaxSize(4), CampaignArbitraries.memberIds().optional())
                .as(Knowledge::new);
    }

    /**
     * Retrospectives, complete or not.
     *
     * @return the generator
     */
    public static Arbitrary<Retrospective> retrospectives() {
        return Combinators.combine(CampaignArbitraries.dates(), CampaignArbitraries.texts(),
                        CampaignArbitraries.memberIds().list().ofMaxSize(4), successes().list().ofMaxSize(3),
                        problems().list().ofMaxSize(3), actionItems().list().ofMaxSize(3),
                        knowledge().list().ofMaxSize(2))
                .as(Retrospective::new);
    }

    /**
     * Evaluation reports of generated goal sheets, with or without a return.
     *
     * @return the generator
     */
    public static Arbitrary<EvaluationReport> evaluationReports() {
        return Combinators.combine(CampaignArbitraries.dates(), CampaignArbitraries.memberIds(),
                        GoalArbitraries.evaluations(), BudgetArbitraries.returns().optional(),
                        Arbitraries.oneOf(Arbitraries.just(""), CampaignArbitraries.texts()))
                .as((day, author, evaluation, roi, summary) -> new EvaluationReport(day, author, evaluation.rows(), roi,
                        summary));
    }

    /**
     * Reviews with any parts recorded.
     *
     * @return the generator
     */
    public static Arbitrary<Review> reviews() {
        return Combinators.combine(evaluationReports().optional(), retrospectives().optional()).as(Review::new);
    }

    /**
     * Review policies: 0 to 10 working days on a generated calendar.
     *
     * @return the generator
     */
    public static Arbitrary<ReviewPolicy> policies() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), ScheduleArbitraries.calendars())
                .as((days, calendar) -> ReviewPolicy.on(calendar).withWorkingDays(days));
    }

    /**
     * The complete review of a campaign whose goals have their results: the report issued on its
     * due day under the {@linkplain ReviewPolicy#standard() standard policy} with the sheet's
     * evaluation and a return of the budget's total when it has one, and a retrospective held the
     * same day with a success, a kept checklist, and for every unmet goal an analysis and an action
     * item owned by the overall lead, due two weeks later, with a measurable effect. It passes
     * every rule of {@link io.github.campaignkit.core.review.ReviewRules}.
     *
     * @param campaign the campaign, with its results recorded
     * @return the review
     */
    public static Review completeReview(Campaign campaign) {
        DateRange window = campaign.profile().window();
        LocalDate due = ReviewPolicy.standard().due(window);
        MemberId lead = campaign.profile().overallLead();
        Optional<ReturnOnInvestment> roi = campaign.budget().baseline()
                .map(plan -> plan.total())
                .filter(Money::isPositive)
                .map(cost -> new ReturnOnInvestment(cost, cost.plus(cost)));
        EvaluationReport report = EvaluationReport.of(campaign.evaluation(), roi, due, lead);
        List<Problem> problems = new ArrayList<>();
        List<ActionItem> actions = new ArrayList<>();
        for (EvaluationRow row : report.unmet()) {
            ProblemId problem = ProblemId.of("P" + (problems.size() + 1));
            problems.add(Problem.ofGoal(problem.value(), row.goal(), row.metricName() + "未达标", "目标拆解与资源不匹配"));
            actions.add(ActionItem.builder().id(ActionId.of("A" + (actions.size() + 1))).task("调整" + row.metricName()
                            + "的执行方案").owner(lead).due(due.plusDays(14))
                    .effect(ExpectedEffect.of("下次活动达成目标", row.metric(),
                            row.target().orElse(Target.atLeast(BigDecimal.ONE))))
                    .addAddresses(problem).build());
        }
        Retrospective retrospective = Retrospective.builder().heldOn(due).overview(campaign.profile().theme())
                .addParticipants(lead).addSuccesses(Success.of("按计划完成执行", "全部任务按期完成"))
                .problems(problems).actions(actions)
                .addKnowledge(Knowledge.of(KnowledgeKind.CHECKLIST, "营销活动策划checklist", List.of("目标已签字确认")))
                .build();
        return Review.empty().withEvaluation(report).withRetrospective(retrospective);
    }

    /**
     * Phase templates.
     *
     * @return the generator
     */
    public static Arbitrary<PhaseTemplate> phaseTemplates() {
        return Combinators.combine(Arbitraries.of(PhaseKind.class), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(1, 60)).as(PhaseTemplate::new);
    }

    /**
     * Profile templates of generated profiles.
     *
     * @return the generator
     */
    public static Arbitrary<ProfileTemplate> profileTemplates() {
        return CampaignArbitraries.profiles().map(ProfileTemplate::from);
    }

    /**
     * Task templates of generated tasks, anchored on a generated day.
     *
     * @return the generator
     */
    public static Arbitrary<TaskTemplate> taskTemplates() {
        return Combinators.combine(TeamArbitraries.tasks(), CampaignArbitraries.dates()).as(TaskTemplate::from);
    }

    /**
     * Board templates of generated boards.
     *
     * @return the generator
     */
    public static Arbitrary<BoardTemplate> boardTemplates() {
        return Combinators.combine(TeamArbitraries.taskBoards(), CampaignArbitraries.dates())
                .as((board, anchor) -> board.template(anchor));
    }

    /**
     * Templates of generated planned campaigns.
     *
     * @return the generator
     */
    public static Arbitrary<CampaignTemplate> campaignTemplates() {
        return CampaignArbitraries.plannedCampaigns().map(CampaignTemplate::from);
    }
}
