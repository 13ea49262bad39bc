package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.KpiTotals;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.tracking.Tracking;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A marketing campaign (营销活动): the aggregate root of the model.
 *
 * <p>A campaign is an immutable value. It changes only through {@link CampaignCommand commands}
 * applied by a {@link Lifecycle}, each accepted command giving a new campaign with the
 * {@linkplain #revision() revision} one higher and one {@link JournalEntry journal entry}; stage
 * changes are also appended to the {@linkplain #history() history}. There are no part setters: the
 * only other way to a campaign value is {@linkplain #builder() restoring} one from storage.
 *
 * @param id        the campaign's identity
 * @param profile   what the campaign is
 * @param stage     where it is in its lifecycle
 * @param heldStage the stage it was held in, present exactly when {@code stage} is {@link Stage#ON_HOLD}
 * @param revision  how many commands were accepted, starting at 0
 * @param history   every accepted stage change, oldest first
 * @param budget    the budget with its versions, approval, actual spend and cost sharing
 * @param risks     the risk register (风险预案表): risks, matrix, readings and status histories
 * @param team      who works on it, in three tiers, and its modules (团队分工表)
 * @param board     its tasks and their RACI matrix (执行分工表)
 * @param tracking  its daily reports, execution log and issue log
 * @param goals     the goals with their objectives, metric catalogue, sign-offs and results
 * @param kpi       the KPI dashboard's lines, cadences, observations, alert policy, alerts and
 *                  acknowledgements
 * @param schedule  the execution schedule (执行甘特图), empty until planned
 * @param partners  the partners of a cross-industry campaign: candidates, ranking, roles, duties and
 *                  cost shares; empty for a campaign without partners
 * @param outreach  the channel matrix (渠道触达矩阵表) and the creative plan (方案创意表), empty until
 *                  planned
 * @param supply    suppliers, needs with quotes and choices, materials and supplier evaluations
 * @param event     the on-site event: venue booking, run of show and notices; empty without one
 * @param review    the review (复盘): evaluation report and retrospective, empty until recorded
 */
@Value.Builder
public record Campaign(CampaignId id, CampaignProfile profile, Stage stage, Optional<Stage> heldStage,
                       long revision, List<StageChange> history, Budget budget, RiskRegister risks,
                       Team team, TaskBoard board, Tracking tracking, GoalSheet goals, KpiTracking kpi,
                       Schedule schedule, PartnerPlan partners, OutreachPlan outreach,
                       SupplyPlan supply, EventPlan event, Review review) {

    /**
     * Checks the components and the relation between stage, held stage and history.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the revision is negative, the held stage does not match
     *                                  the stage, or the history does not end in the stage
     */
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(stage, "stage");
        Checks.optional(heldStage, "heldStage");
        Checks.notNegative(revision, "revision");
        history = Checks.list(history, "history");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(risks, "risks");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(outreach, "outreach");
        Objects.requireNonNull(supply, "supply");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(review, "review");
        if ((stage == Stage.ON_HOLD) != heldStage.isPresent()) {
            throw InvalidValueException.of(LifecycleViolation.HELD_STAGE, "heldStage", stage, heldStage.<Object>map(s -> s).orElse("-"));
        }
        if (heldStage.isPresent() && !heldStage.get().isOpen()) {
            throw InvalidValueException.of(LifecycleViolation.HELD_STAGE_NOT_OPEN, "heldStage", heldStage.get());
        }
        if (!history.isEmpty() && history.get(history.size() - 1).to() != stage) {
            throw InvalidValueException.of(LifecycleViolation.HISTORY_END, "history", history.get(history.size() - 1).to(), stage);
        }
    }

    /**
     * A new campaign in {@link Stage#PLANNING}, revision 0, with no history and every part empty:
     * an {@linkplain Budget#empty() empty budget}, an {@linkplain RiskRegister#empty() empty risk
     * register}, an empty team, an empty task board, nothing tracked, no goals and no
     * KPI tracking yet, an empty schedule, no partners, no outreach plan, an {@linkplain SupplyPlan#empty() empty supply plan},
     * {@linkplain EventPlan#empty() no on-site event} and nothing reviewed.
     *
     * @param id      the campaign's identity
     * @param profile what it is (may still be a draft)
     * @return the campaign
     */
    public static Campaign plan(CampaignId id, CampaignProfile profile) {
        return new Campaign(id, profile, Stage.PLANNING, Optional.empty(), 0, List.of(), Budget.empty(),
                RiskRegister.empty(), Team.empty(), TaskBoard.empty(), Tracking.empty(), GoalSheet.empty(),
                KpiTracking.empty(), Schedule.empty(), PartnerPlan.empty(), OutreachPlan.empty(),
                SupplyPlan.empty(), EventPlan.empty(), Review.empty());
    }

    /**
     * A builder for a campaign, for restoring one from storage (a document, a snapshot). Restoring
     * is not a change: to change a campaign, apply a {@link CampaignCommand} through a
     * {@link Lifecycle}.
     *
     * @return a new builder
     */
    public static CampaignBuilder builder() {
        return new CampaignBuilder();
    }

    /** A builder that starts from this campaign: for the lifecycle and its parts, not for users. */
    CampaignBuilder toBuilder() {
        return new CampaignBuilder().from(this);
    }

    /**
     * The KPI dashboard of a day, from the campaign's metric catalogue, window, phases and
     * {@linkplain #calendar() calendar}.
     *
     * @param asOf the day
     * @return the dashboard
     */
    public Dashboard dashboard(LocalDate asOf) {
        return kpi.dashboard(goals.metrics(), profile.window(), profile.phases(), calendar(), asOf);
    }

    /**
     * The evaluation (活动效果评估表) as of the campaign's last day: see {@link #evaluation(LocalDate)}.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
        return evaluation(profile.window().end());
    }

    /**
     * The evaluation (活动效果评估表) as of a day, its actuals taken from the campaign's data where
     * they have them: a goal whose metric the dashboard tracks takes the dashboard's total over
     * every channel ({@link KpiTotals#cumulative}), a return-on-investment goal takes the return
     * computed from the revenue's actual and the budget's actual spend, and only the others take
     * the actual recorded in their {@link GoalResult}. Each row says where its actual comes from;
     * a recorded actual that differs from the data's is among the findings, naming both numbers.
     *
     * @param asOf the day the dashboard's totals are taken on
     * @return the evaluation
     */
    public Evaluation evaluation(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return Evaluation.of(goals, Actuals.of(this, asOf).measured());
    }

    /**
     * The Gantt chart as the task board reports it on a day: each Gantt row's progress is its board
     * task's (started on the day it left 未开始, finished on the day it was done or closed, as recorded
     * in its history and read in the zone), and the rest is scheduled from that day on by the
     * critical path method. The board is where work is reported, so a task marked done on the board
     * is done on the Gantt chart.
     *
     * @param asOf the status date
     * @param zone the zone in which the board's recorded changes fall on days
     * @return the forecast, or why the schedule cannot be computed
     */
    public Validation<Seq<Violation>, io.github.campaignkit.core.schedule.ScheduleForecast> forecast(LocalDate asOf,
                                                                                                   java.time.ZoneId zone) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        return BoardProgress.of(schedule, board, asOf, zone).forecast();
    }

    /**
     * The campaign's return on investment as of its last day: see {@link #returnOnInvestment(LocalDate)}.
     *
     * @return the return, or why there is none
     */
    public Validation<Seq<Violation>, ReturnOnInvestment> returnOnInvestment() {
        return returnOnInvestment(profile.window().end());
    }

    /**
     * The campaign's return on investment as of a day: the budget's actual spend against the
     * actual of the revenue metric of the catalogue's first {@linkplain Metric#returnOnInvestment
     * return-on-investment metric} (the dashboard's total when tracked, else the recorded actual of
     * a goal on it). Seed 004: 500,000 of incremental sales on 77,000 spent → 549.35%.
     *
     * @param asOf the day the dashboard's totals are taken on
     * @return the return, or why there is none: no such metric, no revenue yet, nothing spent
     */
    public Validation<Seq<Violation>, ReturnOnInvestment> returnOnInvestment(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return Actuals.of(this, asOf).returnOnInvestment();
    }

    /**
     * The campaign's working calendar: its schedule's. Every deadline the seeds count in working
     * days is counted on it: the goals' deadlines and the SMART check's allowance, the evaluation
     * report (3 working days after the end), remedy plans, daily reports when only working days
     * report, and monthly or weekly data due on a day off (the next working day).
     *
     * @return the schedule's calendar
     */
    public WorkingCalendar calendar() {
        return schedule.calendar();
    }

    /**
     * Whether the campaign is closed or cancelled, so every command on it is refused.
     *
     * @return true in a terminal stage
     */
    public boolean isTerminal() {
        return stage.isTerminal();
    }
}
