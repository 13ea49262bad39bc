package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetRules;
import io.github.campaignkit.core.event.EventRules;
import io.github.campaignkit.core.goal.GoalRules;
import io.github.campaignkit.core.goal.SmartPolicy;
import io.github.campaignkit.core.outreach.OutreachRules;
import io.github.campaignkit.core.partner.PartnerRules;
import io.github.campaignkit.core.review.ReviewPolicy;
import io.github.campaignkit.core.review.ReviewRules;
import io.github.campaignkit.core.risk.RiskRules;
import io.github.campaignkit.core.risk.TriggerFacts;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.ScheduleRules;
import io.github.campaignkit.core.supply.SupplyRules;
import io.github.campaignkit.core.team.BoardRules;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.RaciRules;
import io.github.campaignkit.core.team.TeamPolicy;
import io.github.campaignkit.core.team.TeamRules;
import io.github.campaignkit.core.tracking.TrackingRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The gate rules this library checks before a campaign leaves a stage. {@link Lifecycle#standard()}
 * uses {@link #defaults(Stage)}; an application that wants another selection builds its lifecycle
 * from {@link Lifecycle#withoutGates()} and the rules here and of its own.
 *
 * <p>Each rule reports its violations with paths from the campaign ({@code profile.theme},
 * {@code goals.goals[2].deadline}).
 */
public final class Gates {

    private static final Rule<Campaign> PROFILE_COMPLETE =
            campaign -> ProfileRules.standard().under("profile").check(campaign.profile());
    private static final Rule<Campaign> TEAM_VALID = Gates::teamCheck;
    private static final Rule<Campaign> BOARD_VALID = boardValid(TeamPolicy.standard());
    private static final Rule<Campaign> TASKS_FINISHED =
            campaign -> BoardRules.finished().under("board").check(campaign.board());
    private static final Rule<Campaign> SEVERE_ISSUES_RESOLVED =
            campaign -> TrackingRules.severeIssuesResolved().under("tracking").check(campaign.tracking());

    private static final Rule<Campaign> BUDGET_APPROVED =
            campaign -> BudgetRules.readyToLeavePlanning().under("budget").check(campaign.budget());

    private static final Rule<Campaign> BUDGET_SETTLED =
            campaign -> BudgetRules.readyToClose().under("budget").check(campaign.budget());

    private static final Rule<Campaign> RISKS_PREPARED =
            campaign -> RiskRules.prepared().under("risks").check(campaign.risks());

    private static final Rule<Campaign> RISK_TRIGGERS_KNOWN = riskTriggersKnown(TriggerFacts.none());

    private static final Rule<Campaign> RISKS_RESOLVED =
            campaign -> RiskRules.resolved().under("risks").check(campaign.risks());

    private static final Rule<Campaign> GOALS_SET =
            campaign -> GoalRules.notEmpty().under("goals").check(campaign.goals());
    private static final Rule<Campaign> GOALS_SMART = goalsSmart(SmartPolicy.defaults());
    private static final Rule<Campaign> GOALS_SIGNED = campaign -> GoalRules.signedBy(campaign.profile().departments())
            .under("goals").check(campaign.goals());
    private static final Rule<Campaign> GOAL_ACTUALS =
            campaign -> GoalRules.results(Actuals.of(campaign, campaign.profile().window().end()).measured())
                    .under("goals").check(campaign.goals());

    private static final Rule<Campaign> SCHEDULE_READY = campaign -> ScheduleRules
            .readyWithin(campaign.profile().window()).under("schedule").check(campaign.schedule());

    private static final Rule<Campaign> PARTNERS_AGREED = campaign -> PartnerRules
            .standard(campaign.budget().costSharing()).under("partners").check(campaign.partners());

    private static final Rule<Campaign> CHANNELS_COVER_GOALS = campaign -> campaign.outreach().matrix().isEmpty()
            ? io.vavr.collection.List.empty()
            : OutreachRules.matrix(campaign.goals(), campaign.profile().window(), campaign.profile().phases())
                    .under("outreach").check(campaign.outreach());

    private static final Rule<Campaign> OUTREACH_PLANNED = campaign -> OutreachRules.planned()
            .and(OutreachRules.matrix(campaign.goals(), campaign.profile().window(), campaign.profile().phases()))
            .under("outreach").check(campaign.outreach());

    private static final Rule<Campaign> CREATIVE_PLANNED = campaign -> OutreachRules
            .creative(campaign.schedule().start(), campaign.profile().window().start())
            .under("outreach").check(campaign.outreach());
    private static final Rule<Campaign> EVALUATION_REPORTED = evaluationReported(ReviewPolicy.standard());
    private static final Rule<Campaign> RETROSPECTIVE_COMPLETE =
            campaign -> ReviewRules.retrospective().under("review").check(campaign.review());

    private static final Rule<Campaign> SUPPLY_READY = campaign -> SupplyRules.readyForExecution()
            .and(SupplyRules.fundedBy(campaign.budget().plan())).under("supply").check(campaign.supply());

    private static final Rule<Campaign> EVENT_READY =
            campaign -> EventRules.readyForExecution().under("event").check(campaign.event());

    private static final Rule<Campaign> SUPPLIERS_EVALUATED =
            campaign -> SupplyRules.evaluated().under("supply").check(campaign.supply());

    private Gates() {
    }

    /**
     * The partners are scored, agreed and share the costs as the budget says: {@link
     * PartnerRules#standard} on the campaign's partner plan against the budget's cost-sharing
     * agreement. The weights add up to 100%, every score is on the scale, one partner leads, every
     * partner has duties, contacts and a decision process, the cost and exposure shares add up to
     * 100%, and the budget's agreement gives every paying partner exactly its share (paths such as
     * {@code partners.scorecard.criteria} or {@code partners.partners[1].costShare}). A campaign
     * without partners passes. A default gate of {@link Stage#PLANNING}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> partnersAgreed() {
        return PARTNERS_AGREED;
    }

    /**
     * The channel matrix covers every goal: {@link OutreachRules#matrix} on the campaign's outreach
     * plan with its goal sheet, window and phases. Every goal's metric is served by a channel, every
     * channel serves a KPI of the catalogue, and every channel runs in its phase (paths such as
     * {@code outreach.matrix[2].metrics}). A campaign that plans no channel at all passes; add
     * {@link #outreachPlanned()} to require one. A default gate of {@link Stage#PLANNING}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> channelsCoverGoals() {
        return CHANNELS_COVER_GOALS;
    }

    /**
     * {@link #channelsCoverGoals()} without the exemption of an empty matrix: the campaign must plan
     * its channels ({@code outreach.matrix.empty}). Not a default gate; an application that wants
     * every campaign to plan its outreach adds it.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> outreachPlanned() {
        return OUTREACH_PLANNED;
    }

    /**
     * The creative plan is complete and due during preparation: {@link OutreachRules#creative} with
     * the schedule's start (when it has one) as the first day of preparation and the window's first
     * day as the day the campaign opens (paths such as {@code outreach.creative[1].due}). An empty
     * creative plan passes. A default gate of {@link Stage#PLANNING}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> creativePlanned() {
        return CREATIVE_PLANNED;
    }

    /**
     * The supply side is ready for execution (the gate out of {@link Stage#PREPARATION}):
     * {@link SupplyRules#readyForExecution()} — every need with the policy's number of compared
     * quotes (three by default) or a waiver, and a chosen supplier; every material with a need date
     * and a chosen supplier promising delivery on or before it — and
     * {@link SupplyRules#fundedBy} the campaign's budget (every need paid from one of its lines, in
     * that line's currency). An empty supply plan passes.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> supplyReady() {
        return SUPPLY_READY;
    }

    /**
     * The on-site event is ready (the gate out of {@link Stage#PREPARATION}):
     * {@link EventRules#readyForExecution()} — no overlapping segments, every segment within the
     * venue booking, a day, and internal and external notices scheduled by their deadlines. A
     * campaign without an on-site event passes.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> eventReady() {
        return EVENT_READY;
    }

    /**
     * Every supplier chosen for a need is evaluated on weights that add up to 100% (the gate out of
     * {@link Stage#REVIEW}): {@link SupplyRules#evaluated()}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> suppliersEvaluated() {
        return SUPPLIERS_EVALUATED;
    }

    /**
     * The evaluation report (活动效果评估报告) is recorded with a row for every goal, issued after the
     * campaign's end and, with the {@linkplain ReviewPolicy#standard() standard policy}, within 3
     * working days of it on the campaign's {@linkplain Campaign#calendar() calendar} (a late or early report is a warning: it is listed, not refused):
     * {@link ReviewRules#evaluation} and {@link ReviewRules#covers} on the campaign's review. A
     * default gate of {@link Stage#REVIEW}; paths {@code review.evaluation…}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> evaluationReported() {
        return EVALUATION_REPORTED;
    }

    /**
     * {@link #evaluationReported()} with another due-date policy (another allowance, or a calendar
     * of its own instead of the campaign's).
     *
     * @param policy when the report is due
     * @return the gate rule
     */
    public static Rule<Campaign> evaluationReported(ReviewPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return campaign -> ReviewRules.evaluation(campaign.profile().window(), policy.orCalendar(campaign.calendar()))
                .and(ReviewRules.covers(campaign.goals())).under("review").check(campaign.review());
    }

    /**
     * The retrospective (复盘报告) is recorded and complete: {@link ReviewRules#retrospective()} on the
     * campaign's review. Every goal the evaluation shows unmet is analysed by a problem with a root
     * cause and addressed by at least one action item; every action item has an owner, a due date
     * and a measurable effect. A default gate of {@link Stage#REVIEW}; paths
     * {@code review.retrospective…} and, for an unmet goal, {@code review.evaluation.rows[i]}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> retrospectiveComplete() {
        return RETROSPECTIVE_COMPLETE;
    }

    /**
     * The budget is approved and passes every rule of its policy (contingency band, ceiling,
     * owners and approvers, declared total): {@link BudgetRules#readyToLeavePlanning()} on the
     * campaign's budget. A default gate of {@link Stage#PLANNING}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> budgetApproved() {
        return BUDGET_APPROVED;
    }

    /**
     * Every line of the approved budget has an actual, every variance the policy requires is
     * explained, and the costs are settled on the current figures ({@link
     * io.github.campaignkit.core.budget.BudgetChange.Settle}, with or without partners): {@link
     * BudgetRules#readyToClose()} on the campaign's budget. A default gate of {@link Stage#REVIEW}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> budgetSettled() {
        return BUDGET_SETTLED;
    }

    /**
     * The schedule is ready for execution: it has tasks, passes {@link ScheduleRules#standard()}
     * (no cycle, no dangling or duplicate id, deadlines met …), every task has an owner, and every
     * task finishes inside the campaign window (a warning only for tasks of the continuation
     * phase). Checked before leaving {@link Stage#PREPARATION}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> scheduleReady() {
        return SCHEDULE_READY;
    }

    /**
     * The profile is complete and valid: {@link ProfileRules#standard()} applied to the campaign's
     * profile.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> profileComplete() {
        return PROFILE_COMPLETE;
    }

    /**
     * Every risk trigger (启动条件) refers to what the campaign knows: {@link RiskRules#triggers} on the
     * campaign's register with its profile's phases and its own records ({@link CampaignFacts}).
     * A metric must be in the goal sheet's catalogue, a task on the board or in the schedule, a
     * material in the supply plan (by its id), and a phase among the profile's phases; otherwise the
     * trigger would wait forever for data that never comes. Each finding is an error at the trigger's
     * part, such as {@code risks.entries[1].trigger.metric} ({@code risk.trigger.metric.unknown}) or
     * {@code risks.entries[0].trigger.conditions[1].material}. Every risk is checked, whatever its
     * status; a risk without a trigger and an empty register pass.
     *
     * <p>Not a default gate: a trigger may rightly name data that an application feeds in rather than
     * the campaign records (a warehouse ledger's material keys, say). Add it to a lifecycle with
     * {@code Lifecycle.standard().withGate(Stage.PREPARATION, Gates.riskTriggersKnown())}, or use
     * {@link #riskTriggersKnown(TriggerFacts)} to name those feeds.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> riskTriggersKnown() {
        return RISK_TRIGGERS_KNOWN;
    }

    /**
     * {@link #riskTriggersKnown()} where a name is also known when the given feed knows it (only its
     * {@code knows…} methods are asked): the campaign's own records {@linkplain TriggerFacts#or
     * completed by} the application's feeds, as {@link CampaignFacts#evaluateRisks} evaluates them.
     *
     * @param extra the application's feeds, {@link TriggerFacts#none()} for none
     * @return the gate rule
     */
    public static Rule<Campaign> riskTriggersKnown(TriggerFacts extra) {
        Objects.requireNonNull(extra, "extra");
        // Only the knows… methods are asked, so the zone, which reads task changes as days, plays no part.
        return campaign -> RiskRules.triggers(campaign.profile().phases(),
                        CampaignFacts.of(campaign, ZoneOffset.UTC).or(extra))
                .under("risks").check(campaign.risks());
    }

    /**
     * The risk plan is ready (the gate out of {@link Stage#PREPARATION}):
     * {@link RiskRules#prepared()} applied to the campaign's register. Every risk is rated on the
     * matrix, and every high risk has an owner, at least one measure and a trigger. An empty
     * register passes.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> risksPrepared() {
        return RISKS_PREPARED;
    }

    /**
     * No risk is left triggered without a resolution (the gate out of {@link Stage#REVIEW}):
     * {@link RiskRules#resolved()} applied to the campaign's register.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> risksResolved() {
        return RISKS_RESOLVED;
    }

    /**
     * The team is valid ({@link TeamRules#standard()}: exactly one overall lead, so an empty team
     * fails), its overall lead is the profile's ({@code team.overall-lead.mismatch}), and every person
     * the tracking records name is a member ({@code team.member.unknown}).
     *
     * @return the gate rule
     */
    public static Rule<Campaign> teamValid() {
        return TEAM_VALID;
    }

    /**
     * The task board is valid against the team with the {@linkplain TeamPolicy#standard() standard
     * team policy}: {@link BoardRules#tasks} (ids unique, owners and assistants members, every module
     * with tasks led) and {@link RaciRules#check} (exactly one accountable and at least one responsible
     * member for every task that exists). A board with no task passes.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> boardValid() {
        return BOARD_VALID;
    }

    /**
     * {@link #boardValid()} with another team policy, for other RACI limits.
     *
     * @param policy the limits
     * @return the gate rule
     */
    public static Rule<Campaign> boardValid(TeamPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return campaign -> BoardRules.tasks(campaign.board(), campaign.team())
                .appendAll(RaciRules.check(campaign.board(), campaign.team(), policy))
                .map(v -> v.under("board"));
    }

    /**
     * Every task is done, or closed with a reason: {@link BoardRules#finished()}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> tasksFinished() {
        return TASKS_FINISHED;
    }

    /**
     * No big or urgent issue is open: {@link TrackingRules#severeIssuesResolved()}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> severeIssuesResolved() {
        return SEVERE_ISSUES_RESOLVED;
    }

    /**
     * At least one goal is set ({@link GoalRules#notEmpty()}).
     *
     * @return the gate rule
     */
    public static Rule<Campaign> goalsSet() {
        return GOALS_SET;
    }

    /**
     * The goals pass the SMART check ({@link GoalRules#smart}) against the campaign's window, with
     * the {@linkplain SmartPolicy#defaults() default policy}; achievability findings are warnings.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> goalsSmart() {
        return GOALS_SMART;
    }

    /**
     * The goals pass the SMART check against the campaign's window, with the given policy, its
     * working days counted on the campaign's {@linkplain Campaign#calendar() calendar} unless it has
     * its own.
     *
     * @param policy the SMART bounds
     * @return the gate rule
     */
    public static Rule<Campaign> goalsSmart(SmartPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return campaign -> GoalRules.smart(campaign.profile().window(), policy.orCalendar(campaign.calendar())).under("goals")
                .check(campaign.goals());
    }

    /**
     * Every participating department of the profile has signed the goals as they are now
     * ({@link GoalRules#signedBy}): the 活动目标确认书 is complete.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> goalsSigned() {
        return GOALS_SIGNED;
    }

    /**
     * Every goal has an actual ({@link GoalRules#results(java.util.Map)}): the dashboard's total
     * on the campaign's last day for a tracked metric, the computed return on investment, or a
     * recorded one for the others; a recorded actual that differs from the data's is an error
     * naming both numbers; an unmet goal without an analysis is a warning.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> goalActuals() {
        return GOAL_ACTUALS;
    }

    /**
     * The default gate rules checked before leaving a stage: leaving {@link Stage#PLANNING} needs a
     * complete profile, at least one goal, no SMART error and every participating department's
     * signature, a valid team and board, an approved budget, agreed partners whose cost shares are
     * the budget's, a channel matrix that covers every goal and a creative plan due during
     * preparation; leaving {@link Stage#PREPARATION} a schedule ready for execution, a risk plan,
     * suppliers chosen after compared quotes with materials promised in time, and an on-site event
     * ready; leaving {@link Stage#EXECUTION} every task finished and no open big or urgent
     * issue; leaving {@link Stage#REVIEW} an actual for every goal, a settled budget, no risk
     * left triggered, every chosen supplier evaluated, the evaluation report and a complete
     * retrospective. {@link #riskTriggersKnown()} and {@link #outreachPlanned()} are available but not
     * defaults.
     *
     * @param leaving the stage being left
     * @return the rules, empty for a stage without default gates
     */
    public static Seq<Rule<Campaign>> defaults(Stage leaving) {
        Objects.requireNonNull(leaving, "leaving");
        switch (leaving) {
            case PLANNING:
                return List.of(PROFILE_COMPLETE, GOALS_SET, GOALS_SMART, GOALS_SIGNED, TEAM_VALID, BOARD_VALID,
                        BUDGET_APPROVED, PARTNERS_AGREED, CHANNELS_COVER_GOALS, CREATIVE_PLANNED);
            case PREPARATION:
                return List.of(SCHEDULE_READY, RISKS_PREPARED, SUPPLY_READY, EVENT_READY);
            case EXECUTION:
                return List.of(TASKS_FINISHED, SEVERE_ISSUES_RESOLVED);
            case REVIEW:
                return List.of(GOAL_ACTUALS, BUDGET_SETTLED, RISKS_RESOLVED, SUPPLIERS_EVALUATED, EVALUATION_REPORTED,
                        RETROSPECTIVE_COMPLETE);
            default:
                return List.empty();
        }
    }

    private static Seq<Violation> teamCheck(Campaign campaign) {
        Map<String, MemberId> tracked = new LinkedHashMap<>();
        campaign.tracking().memberReferences().forEach((path, member) -> tracked.put("tracking." + path, member));
        return TeamRules.standard().and(TeamRules.overallLeadIs(campaign.profile().overallLead()))
                .under("team").check(campaign.team())
                .appendAll(TeamRules.references(campaign.team(), tracked));
    }
}
