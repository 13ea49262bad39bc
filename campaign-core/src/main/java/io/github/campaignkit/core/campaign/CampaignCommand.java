package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.Retrospective;
import io.github.campaignkit.core.risk.Evaluation;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.supply.MaterialId;
import io.github.campaignkit.core.supply.NeedId;
import io.github.campaignkit.core.supply.SupplierEvaluation;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.IssueSeverity;
import io.github.campaignkit.core.tracking.Tracking;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to change a campaign, applied by a {@link Lifecycle}.
 *
 * <p>Every command names its {@linkplain #actor() actor}, whom the lifecycle's
 * {@link AccessPolicy} may refuse. A command may state the {@linkplain #basedOnRevision() revision}
 * of the campaign it was based on: when the campaign has moved on since, the command is refused as
 * stale, so two people editing at once never lose an update.
 */
public sealed interface CampaignCommand {

    /**
     * Who issues the command.
     *
     * @return the actor
     */
    MemberId actor();

    /**
     * The revision of the campaign the command was based on, when the issuer states it.
     *
     * @return the revision, or empty to apply to whatever revision the campaign has
     */
    Optional<Long> basedOnRevision();

    /**
     * Which kind of command this is.
     *
     * @return the type
     */
    CommandType type();

    /**
     * Move the campaign to its next stage, if every gate of the stage it leaves passes.
     *
     * @param actor           who issues it
     * @param basedOnRevision the revision it was based on, if stated
     * @param note            a note for the history, if any
     */
    record Advance(MemberId actor, Optional<Long> basedOnRevision, Optional<String> note) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Advance {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
            Objects.requireNonNull(note, "note");
        }

        /**
         * An advance by the given actor, on any revision, without a note.
         *
         * @param actor who issues it
         * @return the command
         */
        public static Advance by(MemberId actor) {
            return new Advance(actor, Optional.empty(), Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Advance basedOn(long revision) {
            return new Advance(actor, Optional.of(revision), note);
        }

        /**
         * This command with a note for the history.
         *
         * @param text the note
         * @return a copy
         */
        public Advance withNote(String text) {
            return new Advance(actor, basedOnRevision, Optional.of(text));
        }

        @Override
        public CommandType type() {
            return CommandType.ADVANCE;
        }
    }

    /**
     * Put an open campaign on hold, with a reason; it resumes in the stage it was held in.
     *
     * @param actor           who issues it
     * @param reason          why, not blank
     * @param basedOnRevision the revision it was based on, if stated
     */
    record Hold(MemberId actor, String reason, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Hold {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A hold by the given actor for the given reason.
         *
         * @param actor  who issues it
         * @param reason why
         * @return the command
         */
        public static Hold by(MemberId actor, String reason) {
            return new Hold(actor, reason, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Hold basedOn(long revision) {
            return new Hold(actor, reason, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.HOLD;
        }
    }

    /**
     * Resume a held campaign in the stage it was held in.
     *
     * @param actor           who issues it
     * @param basedOnRevision the revision it was based on, if stated
     * @param note            a note for the history, if any
     */
    record Resume(MemberId actor, Optional<Long> basedOnRevision, Optional<String> note) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Resume {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
            Objects.requireNonNull(note, "note");
        }

        /**
         * A resume by the given actor.
         *
         * @param actor who issues it
         * @return the command
         */
        public static Resume by(MemberId actor) {
            return new Resume(actor, Optional.empty(), Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Resume basedOn(long revision) {
            return new Resume(actor, Optional.of(revision), note);
        }

        @Override
        public CommandType type() {
            return CommandType.RESUME;
        }
    }

    /**
     * Cancel a campaign that is open or on hold, with a reason. Cancelled is terminal.
     *
     * @param actor           who issues it
     * @param reason          why, not blank
     * @param basedOnRevision the revision it was based on, if stated
     */
    record Cancel(MemberId actor, String reason, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Cancel {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A cancellation by the given actor for the given reason.
         *
         * @param actor  who issues it
         * @param reason why
         * @return the command
         */
        public static Cancel by(MemberId actor, String reason) {
            return new Cancel(actor, reason, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Cancel basedOn(long revision) {
            return new Cancel(actor, reason, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.CANCEL;
        }
    }

    /**
     * Replace the profile of a campaign that is open or on hold. The stage does not change, so no
     * history entry is written; the revision goes up.
     *
     * @param actor           who issues it
     * @param profile         the new profile
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseProfile(MemberId actor, CampaignProfile profile, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseProfile {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A profile revision by the given actor.
         *
         * @param actor   who issues it
         * @param profile the new profile
         * @return the command
         */
        public static ReviseProfile by(MemberId actor, CampaignProfile profile) {
            return new ReviseProfile(actor, profile, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseProfile basedOn(long revision) {
            return new ReviseProfile(actor, profile, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_PROFILE;
        }
    }

    /**
     * Change the campaign's budget: revise, submit, review, approve or reject it, record actual
     * spend, explain a variance, agree cost sharing or settle. The stage does not change, so no
     * history entry is written; the revision goes up. Who may issue which change is the
     * {@link AccessPolicy}'s business (by default {@link io.github.campaignkit.core.budget.BudgetAccess});
     * whether the change fits the budget is {@link io.github.campaignkit.core.budget.Budget#apply
     * Budget.apply}'s, and its violations are reported under {@code budget} (or {@code change} for
     * parts of the change itself).
     *
     * @param actor           who issues it; a review is given and a decision signed in this name
     * @param change          the change
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ChangeBudget(MemberId actor, BudgetChange change, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChangeBudget {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A budget change by the given actor.
         *
         * @param actor  who issues it
         * @param change the change
         * @return the command
         */
        public static ChangeBudget by(MemberId actor, BudgetChange change) {
            return new ChangeBudget(actor, change, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ChangeBudget basedOn(long revision) {
            return new ChangeBudget(actor, change, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            if (change instanceof BudgetChange.Revise) {
                return CommandType.REVISE_BUDGET;
            } else if (change instanceof BudgetChange.Submit) {
                return CommandType.SUBMIT_BUDGET;
            } else if (change instanceof BudgetChange.Review) {
                return CommandType.REVIEW_BUDGET;
            } else if (change instanceof BudgetChange.Approve) {
                return CommandType.APPROVE_BUDGET;
            } else if (change instanceof BudgetChange.Reject) {
                return CommandType.REJECT_BUDGET;
            } else if (change instanceof BudgetChange.RecordSpend) {
                return CommandType.RECORD_SPEND;
            } else if (change instanceof BudgetChange.ExplainVariance) {
                return CommandType.EXPLAIN_VARIANCE;
            } else if (change instanceof BudgetChange.AgreeCostSharing) {
                return CommandType.AGREE_COST_SHARING;
            }
            return CommandType.SETTLE_COSTS;
        }
    }

    /**
     * Replace the risk register of a campaign that is open or on hold: add, edit or remove risks,
     * change the matrix, record readings. The revision may not rewrite what the register recorded
     * ({@link io.github.campaignkit.core.risk.RiskRules#revision}): status histories stay as they
     * are, a risk with a history is closed rather than removed, and readings are only added.
     *
     * @param actor           who issues it
     * @param risks           the new register
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseRisks(MemberId actor, RiskRegister risks, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseRisks {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(risks, "risks");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A register revision by the given actor.
         *
         * @param actor who issues it
         * @param risks the new register
         * @return the command
         */
        public static ReviseRisks by(MemberId actor, RiskRegister risks) {
            return new ReviseRisks(actor, risks, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseRisks basedOn(long revision) {
            return new ReviseRisks(actor, risks, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_RISKS;
        }
    }

    /**
     * Apply a trigger {@linkplain RiskRegister#evaluate evaluation} of the campaign's register: every
     * risk that fired becomes triggered, its change carrying the evidence, recorded at the
     * lifecycle's clock by the actor. Refused when nothing fired or a risk is no longer armed; state
     * the revision the evaluation was made on to refuse it once the register has moved on. The
     * alerts raised are the register's {@link RiskRegister#openAlerts() open alerts} afterwards.
     *
     * @param actor           who issues it (a person, or the member id a monitoring job runs as)
     * @param evaluation      the evaluation
     * @param basedOnRevision the revision it was based on, if stated
     */
    record FireRisks(MemberId actor, Evaluation evaluation, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public FireRisks {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * Fires the risks of an evaluation, by the given actor.
         *
         * @param actor      who issues it
         * @param evaluation the evaluation
         * @return the command
         */
        public static FireRisks by(MemberId actor, Evaluation evaluation) {
            return new FireRisks(actor, evaluation, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public FireRisks basedOn(long revision) {
            return new FireRisks(actor, evaluation, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.FIRE_RISKS;
        }
    }

    /**
     * Change one risk's status by hand ({@link RiskRegister#changeStatus}): start monitoring it,
     * trigger it on sight, record it mitigated or closed. Leaving triggered needs a note saying how
     * the risk was resolved.
     *
     * @param actor           who issues it
     * @param risk            the risk
     * @param status          the new status
     * @param note            a note; the resolution when the risk leaves triggered
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record ChangeRiskStatus(MemberId actor, RiskId risk, RiskStatus status, Optional<String> note,
                            Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChangeRiskStatus {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A builder for the command.
         *
         * @return a new builder
         */
        public static ChangeRiskStatusBuilder builder() {
            return new ChangeRiskStatusBuilder();
        }

        /**
         * A status change by the given actor, with a note.
         *
         * @param actor  who issues it
         * @param risk   the risk
         * @param status the new status
         * @param note   the note, e.g. how a triggered risk was resolved
         * @return the command
         */
        public static ChangeRiskStatus by(MemberId actor, RiskId risk, RiskStatus status, String note) {
            return new ChangeRiskStatus(actor, risk, status, Optional.of(note), Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ChangeRiskStatus basedOn(long revision) {
            return new ChangeRiskStatus(actor, risk, status, note, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.CHANGE_RISK_STATUS;
        }
    }

    /**
     * Replace the campaign's team (团队分工表). Only the overall lead issues it by default.
     *
     * @param actor           who issues it
     * @param team            the new team
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseTeam(MemberId actor, Team team, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseTeam {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A team revision by the given actor.
         *
         * @param actor who issues it
         * @param team  the new team
         * @return the command
         */
        public static ReviseTeam by(MemberId actor, Team team) {
            return new ReviseTeam(actor, team, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseTeam basedOn(long revision) {
            return new ReviseTeam(actor, team, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_TEAM;
        }
    }

    /**
     * Replace the campaign's task board and RACI matrix (执行分工表). Recorded status changes are
     * kept: the command is refused ({@code team.board.history-rewritten}) when the new board drops
     * a task that has a recorded change or does not continue a task's recorded history.
     *
     * @param actor           who issues it
     * @param board           the new board
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseBoard(MemberId actor, TaskBoard board, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseBoard {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(board, "board");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A board revision by the given actor.
         *
         * @param actor who issues it
         * @param board the new board
         * @return the command
         */
        public static ReviseBoard by(MemberId actor, TaskBoard board) {
            return new ReviseBoard(actor, board, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseBoard basedOn(long revision) {
            return new ReviseBoard(actor, board, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_BOARD;
        }
    }

    /**
     * Change the status of a task on the board; the change is recorded with the lifecycle clock's
     * time and the actor (see {@link TaskBoard#changeStatus}). By default the overall lead, the lead
     * of the task's module and the task's owner may issue it.
     *
     * @param actor           who issues it
     * @param task            the task
     * @param status          the new status
     * @param reason          why; required to close a task or to move a finished one back to work
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record ChangeTaskStatus(MemberId actor, TaskId task, TaskStatus status, Optional<String> reason,
                            Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChangeTaskStatus {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A status change by the given actor, without a reason.
         *
         * @param actor  who issues it
         * @param task   the task
         * @param status the new status
         * @return the command
         */
        public static ChangeTaskStatus by(MemberId actor, TaskId task, TaskStatus status) {
            return new ChangeTaskStatus(actor, task, status, Optional.empty(), Optional.empty());
        }

        /**
         * This command with a reason.
         *
         * @param text why
         * @return a copy
         */
        public ChangeTaskStatus withReason(String text) {
            return new ChangeTaskStatus(actor, task, status, Optional.of(text), basedOnRevision);
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ChangeTaskStatus basedOn(long revision) {
            return new ChangeTaskStatus(actor, task, status, reason, Optional.of(revision));
        }

        /**
         * A builder for a status change.
         *
         * @return a new builder
         */
        public static ChangeTaskStatusBuilder builder() {
            return new ChangeTaskStatusBuilder();
        }

        @Override
        public CommandType type() {
            return CommandType.CHANGE_TASK_STATUS;
        }
    }

    /**
     * Record a remedy plan (补救方案) for a delayed task (see {@link TaskBoard#planRemedy}). By
     * default the overall lead, the lead of the task's module and the task's owner may issue it.
     *
     * @param actor           who issues it
     * @param task            the delayed task
     * @param plan            what will be done
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record PlanRemedy(MemberId actor, TaskId task, String plan, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public PlanRemedy {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A remedy plan by the given actor.
         *
         * @param actor who issues it
         * @param task  the delayed task
         * @param plan  what will be done
         * @return the command
         */
        public static PlanRemedy by(MemberId actor, TaskId task, String plan) {
            return new PlanRemedy(actor, task, plan, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public PlanRemedy basedOn(long revision) {
            return new PlanRemedy(actor, task, plan, Optional.of(revision));
        }

        /**
         * A builder for a remedy plan.
         *
         * @return a new builder
         */
        public static PlanRemedyBuilder builder() {
            return new PlanRemedyBuilder();
        }

        @Override
        public CommandType type() {
            return CommandType.PLAN_REMEDY;
        }
    }

    /**
     * Submit the actor's daily report (进度日报) for a day; the lifecycle stamps it with its clock's
     * time, which decides whether it is late. Refused when the day is outside the campaign window,
     * the actor already reported that day, the report is empty or names a task not on the board (see
     * {@link Tracking#submit}). Any team member may issue it by default.
     *
     * @param actor           who reports
     * @param date            the day reported on
     * @param done            今日完成事项
     * @param completedTasks  the board tasks finished that day
     * @param plan            明日计划
     * @param problems        存在问题
     * @param resources       需协调资源
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record SubmitReport(MemberId actor, LocalDate date, List<String> done, List<TaskId> completedTasks,
                        List<String> plan, List<String> problems, List<String> resources,
                        Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components and copies the lists.
         *
         * @throws NullPointerException if a component or an element is null, naming it
         */
        public SubmitReport {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(date, "date");
            done = Checks.list(done, "done");
            completedTasks = Checks.list(completedTasks, "completedTasks");
            plan = Checks.list(plan, "plan");
            problems = Checks.list(problems, "problems");
            resources = Checks.list(resources, "resources");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A builder for a report submission.
         *
         * @return a new builder
         */
        public static SubmitReportBuilder builder() {
            return new SubmitReportBuilder();
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public SubmitReport basedOn(long revision) {
            return new SubmitReport(actor, date, done, completedTasks, plan, problems, resources,
                    Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.SUBMIT_REPORT;
        }
    }

    /**
     * Write an entry of the execution log (执行日志), stamped with the lifecycle clock's time. Any
     * team member may issue it by default.
     *
     * @param actor           who writes it
     * @param action          the key action
     * @param problem         the problem met, if any
     * @param resolution      how it was solved, if it was
     * @param task            the board task it concerns, if any
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record RecordLogEntry(MemberId actor, String action, Optional<String> problem, Optional<String> resolution,
                          Optional<TaskId> task, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RecordLogEntry {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A log entry with an action only.
         *
         * @param actor  who writes it
         * @param action the key action
         * @return the command
         */
        public static RecordLogEntry by(MemberId actor, String action) {
            return new RecordLogEntry(actor, action, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        /**
         * A builder for a log entry.
         *
         * @return a new builder
         */
        public static RecordLogEntryBuilder builder() {
            return new RecordLogEntryBuilder();
        }

        @Override
        public CommandType type() {
            return CommandType.RECORD_LOG_ENTRY;
        }
    }

    /**
     * Raise an issue, stamped with the lifecycle clock's time; the {@link
     * io.github.campaignkit.core.tracking.TrackingPolicy} routes it by its severity. Refused when the
     * id is taken, the description is blank, the module is not one of the team's or the task is not
     * on the board. Any team member may issue it by default.
     *
     * @param actor           who raises it
     * @param issue           the new issue's id
     * @param module          the module it concerns
     * @param severity        small, big or urgent
     * @param description     what went wrong
     * @param task            the task it concerns, if any
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record RaiseIssue(MemberId actor, IssueId issue, ModuleId module, IssueSeverity severity, String description,
                      Optional<TaskId> task, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RaiseIssue {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * An issue raised by the given actor, about no particular task.
         *
         * @param actor       who raises it
         * @param issue       the new issue's id
         * @param module      the module it concerns
         * @param severity    how serious it is
         * @param description what went wrong
         * @return the command
         */
        public static RaiseIssue by(MemberId actor, IssueId issue, ModuleId module, IssueSeverity severity,
                                    String description) {
            return new RaiseIssue(actor, issue, module, severity, description, Optional.empty(), Optional.empty());
        }

        /**
         * A builder for an issue.
         *
         * @return a new builder
         */
        public static RaiseIssueBuilder builder() {
            return new RaiseIssueBuilder();
        }

        @Override
        public CommandType type() {
            return CommandType.RAISE_ISSUE;
        }
    }

    /**
     * Record a decision on an issue (分析决策); the first decision answers it and stops its
     * escalation. By default the overall lead and the lead of the issue's module may issue it.
     *
     * @param actor           who decides
     * @param issue           the issue
     * @param decision        what was decided
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record DecideIssue(MemberId actor, IssueId issue, String decision, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public DecideIssue {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A decision by the given actor.
         *
         * @param actor    who decides
         * @param issue    the issue
         * @param decision what was decided
         * @return the command
         */
        public static DecideIssue by(MemberId actor, IssueId issue, String decision) {
            return new DecideIssue(actor, issue, decision, Optional.empty());
        }

        /**
         * A builder for a decision.
         *
         * @return a new builder
         */
        public static DecideIssueBuilder builder() {
            return new DecideIssueBuilder();
        }

        @Override
        public CommandType type() {
            return CommandType.DECIDE_ISSUE;
        }
    }

    /**
     * Resolve an issue (执行调整 done). By default the overall lead and the lead of the issue's module
     * may issue it.
     *
     * @param actor           who resolves it
     * @param issue           the issue
     * @param resolution      how it was resolved
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record ResolveIssue(MemberId actor, IssueId issue, String resolution, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ResolveIssue {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A resolution by the given actor.
         *
         * @param actor      who resolves it
         * @param issue      the issue
         * @param resolution how it was resolved
         * @return the command
         */
        public static ResolveIssue by(MemberId actor, IssueId issue, String resolution) {
            return new ResolveIssue(actor, issue, resolution, Optional.empty());
        }

        /**
         * A builder for a resolution.
         *
         * @return a new builder
         */
        public static ResolveIssueBuilder builder() {
            return new ResolveIssueBuilder();
        }

        @Override
        public CommandType type() {
            return CommandType.RESOLVE_ISSUE;
        }
    }

    /**
     * Sign the campaign's goals for a department (活动目标确认书): the actor signs, in their own
     * name, the goals as they are now. The signature replaces the department's earlier one and
     * stays valid for each goal only while that goal is unchanged. Refused when there is no goal,
     * when the department does not take part in the campaign, or while the campaign is held.
     *
     * @param actor           who signs, normally the department's head
     * @param department      the department signed for
     * @param basedOnRevision the revision it was based on, if stated
     */
    record SignGoals(MemberId actor, Department department, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public SignGoals {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A signature by the given actor for a department.
         *
         * @param actor      who signs
         * @param department the department signed for
         * @return the command
         */
        public static SignGoals by(MemberId actor, Department department) {
            return new SignGoals(actor, department, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public SignGoals basedOn(long revision) {
            return new SignGoals(actor, department, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.SIGN_GOALS;
        }
    }

    /**
     * Replace the schedule of a campaign that is open or on hold: a new plan, progress reported as
     * of a status date, or a saved baseline. The stage does not change, so no history entry is
     * written; the revision goes up.
     *
     * @param actor           who issues it
     * @param schedule        the new schedule
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseSchedule(MemberId actor, Schedule schedule, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseSchedule {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A schedule revision by the given actor.
         *
         * @param actor    who issues it
         * @param schedule the new schedule
         * @return the command
         */
        public static ReviseSchedule by(MemberId actor, Schedule schedule) {
            return new ReviseSchedule(actor, schedule, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseSchedule basedOn(long revision) {
            return new ReviseSchedule(actor, schedule, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_SCHEDULE;
        }
    }

    /**
     * Replace the supply plan (suppliers, needs and quotes, materials, evaluations) of a campaign
     * that is open or on hold. The revision goes up; the stage does not change.
     *
     * @param actor           who issues it
     * @param supply          the new supply plan
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseSupply(MemberId actor, SupplyPlan supply, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseSupply {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(supply, "supply");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A supply revision by the given actor.
         *
         * @param actor  who issues it
         * @param supply the new supply plan
         * @return the command
         */
        public static ReviseSupply by(MemberId actor, SupplyPlan supply) {
            return new ReviseSupply(actor, supply, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseSupply basedOn(long revision) {
            return new ReviseSupply(actor, supply, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_SUPPLY;
        }
    }

    /**
     * Choose the supplier for a need, with the rationale (选择理由), recorded in the actor's name:
     * {@link SupplyPlan#choose}. Refused when the need is unknown, the supplier did not quote for it
     * or the rationale is blank (paths under {@code supply} for the plan, the command's own fields
     * otherwise).
     *
     * @param actor           who chooses
     * @param need            the need
     * @param supplier        the supplier
     * @param rationale       why this supplier
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ChooseSupplier(MemberId actor, NeedId need, SupplierId supplier, String rationale,
                          Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChooseSupplier {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(need, "need");
            Objects.requireNonNull(supplier, "supplier");
            Objects.requireNonNull(rationale, "rationale");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A choice by the given actor.
         *
         * @param actor     who chooses
         * @param need      the need
         * @param supplier  the supplier
         * @param rationale why
         * @return the command
         */
        public static ChooseSupplier by(MemberId actor, NeedId need, SupplierId supplier, String rationale) {
            return new ChooseSupplier(actor, need, supplier, rationale, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ChooseSupplier basedOn(long revision) {
            return new ChooseSupplier(actor, need, supplier, rationale, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.CHOOSE_SUPPLIER;
        }
    }

    /**
     * Record the day a material arrived ({@link SupplyPlan#recordDelivery}); the lifecycle's clock
     * says when it was recorded, the command says when it arrived. By default the overall lead or
     * the material's owner issues it. A late delivery is accepted and flagged by
     * {@link io.github.campaignkit.core.supply.SupplyRules#deliveries}.
     *
     * @param actor           who records it
     * @param material        the material
     * @param deliveredOn     the day it arrived
     * @param basedOnRevision the revision it was based on, if stated
     */
    record RecordDelivery(MemberId actor, MaterialId material, LocalDate deliveredOn, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RecordDelivery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(deliveredOn, "deliveredOn");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A delivery recorded by the given actor.
         *
         * @param actor       who records it
         * @param material    the material
         * @param deliveredOn the day it arrived
         * @return the command
         */
        public static RecordDelivery by(MemberId actor, MaterialId material, LocalDate deliveredOn) {
            return new RecordDelivery(actor, material, deliveredOn, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public RecordDelivery basedOn(long revision) {
            return new RecordDelivery(actor, material, deliveredOn, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.RECORD_DELIVERY;
        }
    }

    /**
     * Record a supplier's evaluation (供应商评价表) after the campaign ({@link SupplyPlan#evaluate}):
     * refused for an unlisted or already evaluated supplier, and when the weights do not add up to
     * 100% (paths under {@code evaluation}).
     *
     * @param actor           who records it
     * @param evaluation      the evaluation
     * @param basedOnRevision the revision it was based on, if stated
     */
    record EvaluateSupplier(MemberId actor, SupplierEvaluation evaluation, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public EvaluateSupplier {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * An evaluation recorded by the given actor.
         *
         * @param actor      who records it
         * @param evaluation the evaluation
         * @return the command
         */
        public static EvaluateSupplier by(MemberId actor, SupplierEvaluation evaluation) {
            return new EvaluateSupplier(actor, evaluation, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public EvaluateSupplier basedOn(long revision) {
            return new EvaluateSupplier(actor, evaluation, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.EVALUATE_SUPPLIER;
        }
    }

    /**
     * Replace the on-site event plan (booking, run of show, notices) of a campaign that is open or on
     * hold. The revision goes up; the stage does not change.
     *
     * @param actor           who issues it
     * @param event           the new event plan
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseEvent(MemberId actor, EventPlan event, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseEvent {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * An event revision by the given actor.
         *
         * @param actor who issues it
         * @param event the new event plan
         * @return the command
         */
        public static ReviseEvent by(MemberId actor, EventPlan event) {
            return new ReviseEvent(actor, event, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseEvent basedOn(long revision) {
            return new ReviseEvent(actor, event, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_EVENT;
        }
    }

    /**
     * Record the evaluation report (活动效果评估报告) of a campaign in review, replacing one recorded
     * before. Accepted only in {@link Stage#REVIEW} ({@code review.stage.not-review} otherwise); a
     * report issued after its due date is recorded all the same, and the review gate lists it as
     * late. The stage does not change; the revision goes up.
     *
     * @param actor           who issues it
     * @param report          the report
     * @param basedOnRevision the revision it was based on, if stated
     */
    record RecordEvaluation(MemberId actor, EvaluationReport report, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RecordEvaluation {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * The report recorded by the given actor.
         *
         * @param actor  who issues it
         * @param report the report
         * @return the command
         */
        public static RecordEvaluation by(MemberId actor, EvaluationReport report) {
            return new RecordEvaluation(actor, report, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public RecordEvaluation basedOn(long revision) {
            return new RecordEvaluation(actor, report, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.RECORD_EVALUATION;
        }
    }

    /**
     * Record the retrospective (复盘报告) of a campaign in review, replacing one recorded before.
     * Accepted only in {@link Stage#REVIEW} ({@code review.stage.not-review} otherwise); a draft is
     * accepted, and the review gate says what it still lacks. The stage does not change; the
     * revision goes up.
     *
     * @param actor           who issues it
     * @param retrospective   the retrospective
     * @param basedOnRevision the revision it was based on, if stated
     */
    record RecordRetrospective(MemberId actor, Retrospective retrospective, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RecordRetrospective {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(retrospective, "retrospective");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * The retrospective recorded by the given actor.
         *
         * @param actor         who issues it
         * @param retrospective the retrospective
         * @return the command
         */
        public static RecordRetrospective by(MemberId actor, Retrospective retrospective) {
            return new RecordRetrospective(actor, retrospective, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public RecordRetrospective basedOn(long revision) {
            return new RecordRetrospective(actor, retrospective, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.RECORD_RETROSPECTIVE;
        }
    }

    /**
     * Replace the partner plan (scorecard, candidates and their scores, the partners chosen with
     * their roles, duties, contacts and ratios) of a campaign that is open or on hold. The revision
     * goes up; the stage does not change. The plan is recorded as given, even as a draft:
     * {@link io.github.campaignkit.core.partner.PartnerRules} report what it still lacks, and the
     * gates ask for it before the campaign moves on.
     *
     * @param actor           who issues it
     * @param partners        the new partner plan
     * @param basedOnRevision the revision it was based on, if stated
     */
    record RevisePartners(MemberId actor, PartnerPlan partners, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RevisePartners {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(partners, "partners");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A partner revision by the given actor.
         *
         * @param actor    who issues it
         * @param partners the new partner plan
         * @return the command
         */
        public static RevisePartners by(MemberId actor, PartnerPlan partners) {
            return new RevisePartners(actor, partners, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public RevisePartners basedOn(long revision) {
            return new RevisePartners(actor, partners, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_PARTNERS;
        }
    }

    /**
     * Replace the outreach plan (the channel matrix 渠道触达矩阵表 and the creative plan 方案创意表) of a
     * campaign that is open or on hold. The revision goes up; the stage does not change. The plan is
     * recorded as given, even as a draft: {@link io.github.campaignkit.core.outreach.OutreachRules}
     * report what it still lacks, and the gates ask for it before the campaign moves on.
     *
     * @param actor           who issues it
     * @param outreach        the new outreach plan
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseOutreach(MemberId actor, OutreachPlan outreach, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseOutreach {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(outreach, "outreach");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * An outreach revision by the given actor.
         *
         * @param actor    who issues it
         * @param outreach the new outreach plan
         * @return the command
         */
        public static ReviseOutreach by(MemberId actor, OutreachPlan outreach) {
            return new ReviseOutreach(actor, outreach, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseOutreach basedOn(long revision) {
            return new ReviseOutreach(actor, outreach, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_OUTREACH;
        }
    }
}
