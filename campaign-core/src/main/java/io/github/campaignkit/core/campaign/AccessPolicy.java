package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetAccess;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides who may issue which command on a campaign. A policy returns the violations that make
 * the command unacceptable for its actor (empty when the actor may issue it); the lifecycle adds
 * them to the refusal together with every other unmet condition.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * Checks whether the command's actor may issue it on the campaign.
     *
     * @param campaign the campaign as it is before the command
     * @param command  the command
     * @return the reasons it may not, empty when it may
     */
    Seq<Violation> check(Campaign campaign, CampaignCommand command);

    /**
     * Only the campaign's overall lead (总负责人) issues commands, of every kind. Refusals carry
     * {@link LifecycleViolation#ACCESS_DENIED} with the actor, the command and the lead.
     *
     * <p>Signing the goals ({@link GoalChange.SignGoals}) is the exception: a signature is
     * personal, so anyone may sign in their own name for a department, and the signature records
     * who did. Restrict who may sign for which department with {@link #departmentHeads(Map)}.
     *
     * @return the policy
     */
    static AccessPolicy overallLeadOnly() {
        return (campaign, command) -> command.change() instanceof GoalChange.SignGoals
                || campaign.profile().overallLead().equals(command.actor())
                ? List.empty()
                : List.of(Violation.of(LifecycleViolation.ACCESS_DENIED, "actor",
                        command.actor(), command.type(), campaign.profile().overallLead()));
    }

    /**
     * Who may change the budget ({@link BudgetAccess}): only the named final approver approves or
     * rejects, only the named reviewer of a department gives its opinion, a line's spend and
     * variance explanation come from its owner or the overall lead, and every other budget change is
     * the overall lead's. Commands that do not change the budget pass.
     *
     * @return the policy
     */
    static AccessPolicy budgetRoles() {
        return (campaign, command) -> command.change() instanceof BudgetChange change
                ? BudgetAccess.check(campaign.budget(), change, command.actor(), campaign.profile().overallLead())
                : List.empty();
    }

    /**
     * The policy of {@link Lifecycle#standard()}: the overall lead (总负责人) of the profile issues
     * every command, and the team does its own part of the work.
     *
     * <ul>
     * <li>Stage transitions and the revisions of the profile, team, board, goals, KPI plan, schedule,
     * risks, and of the supply, event, partner and outreach plans; goal results, the review: the
     * overall lead only, as {@link #overallLeadOnly()}.</li>
     * <li>Signing the goals: anyone, in their own name (restrict it with {@link #departmentHeads}).</li>
     * <li>Changing a task's status and planning its remedy: also the lead of the task's module and the
     * task's owner ({@link AccessViolation#TASK} otherwise).</li>
     * <li>Daily reports, log entries, raising issues, recording KPI observations, raising and answering
     * KPI alerts: every member of the team ({@link AccessViolation#NOT_A_MEMBER} otherwise).</li>
     * <li>Deciding and resolving an issue: also the lead of the module
     * ({@link AccessViolation#ISSUE} otherwise).</li>
     * <li>Recording a material's delivery: also the material's owner.</li>
     * <li>Budget changes: {@link #budgetRoles()}, so that only the budget's named approver approves it
     * and only a department's named reviewer gives its opinion.</li>
     * </ul>
     *
     * <p>A command naming a task or an issue that does not exist is left to the overall lead; the
     * lifecycle refuses it for that reason anyway.
     *
     * @return the policy
     */
    static AccessPolicy standard() {
        return StandardAccess::check;
    }

    /**
     * Only a department's head signs the goals for it: a goal signature whose actor is not the head
     * listed for its department (or whose department has no head listed) is refused with
     * {@link LifecycleViolation#NOT_DEPARTMENT_HEAD}. Other commands pass; combine with {@link #and}
     * to keep the default policy too.
     *
     * @param heads the head of each department
     * @return the policy
     */
    static AccessPolicy departmentHeads(Map<Department, MemberId> heads) {
        Map<Department, MemberId> copy = Map.copyOf(heads);
        return (campaign, command) -> {
            if (!(command.change() instanceof GoalChange.SignGoals sign)) {
                return List.empty();
            }
            MemberId head = copy.get(sign.department());
            return command.actor().equals(head) ? List.empty()
                    : List.of(Violation.of(LifecycleViolation.NOT_DEPARTMENT_HEAD, "actor", command.actor(),
                            sign.department().name(), head == null ? "—" : head.value()));
        };
    }

    /**
     * The owner of a dashboard line answers its alerts: a policy for
     * {@link io.github.campaignkit.core.kpi.KpiChange.AcknowledgeAlert} that passes when the actor owns
     * the line of the alert's metric and channel (数据监控看板: 负责人), and refuses every other command;
     * use it with {@link #or}: {@code AccessPolicy.overallLeadOnly().or(AccessPolicy.alertOwners())}.
     *
     * @return the policy
     */
    static AccessPolicy alertOwners() {
        return (campaign, command) -> {
            if (command.change() instanceof KpiChange.AcknowledgeAlert ack
                    && campaign.kpi().targets().stream().anyMatch(line -> line.metric().equals(ack.metric())
                            && line.channel().equals(ack.channel()) && line.owner().equals(Optional.of(command.actor())))) {
                return List.empty();
            }
            return List.of(Violation.of(LifecycleViolation.ACCESS_DENIED, "actor", command.actor(),
                    command.type(), campaign.profile().overallLead()));
        };
    }

    /**
     * The owner of the risk a status change names may change it: a policy for
     * {@link io.github.campaignkit.core.risk.RiskChange.ChangeRiskStatus} that passes when the actor
     * owns the risk and refuses otherwise; other commands are refused too, so use it with
     * {@link #or}: {@code AccessPolicy.standard().or(AccessPolicy.riskOwners())} lets the overall lead
     * or the risk's owner change a risk's status.
     *
     * @return the policy
     */
    static AccessPolicy riskOwners() {
        return (campaign, command) -> {
            if (command.change() instanceof RiskChange.ChangeRiskStatus status) {
                boolean owner = campaign.risks().find(status.risk())
                        .map(risk -> risk.owner().equals(Optional.of(command.actor()))).orElse(false);
                if (owner) {
                    return List.empty();
                }
            }
            return List.of(Violation.of(LifecycleViolation.ACCESS_DENIED, "actor", command.actor(),
                    command.type(), campaign.profile().overallLead()));
        };
    }

    /**
     * A policy that lets anyone issue anything, for tests and single-user tools.
     *
     * @return the policy
     */
    static AccessPolicy anyone() {
        return (campaign, command) -> List.empty();
    }

    /**
     * This policy and another: a command must pass both, and the refusal lists the reasons of both.
     *
     * @param other the other policy
     * @return the combined policy
     */
    default AccessPolicy and(AccessPolicy other) {
        Objects.requireNonNull(other, "other");
        return (campaign, command) -> check(campaign, command).appendAll(other.check(campaign, command));
    }

    /**
     * This policy or another: a command passes when either lets it pass; when both refuse, the
     * refusal lists the reasons of both.
     *
     * @param other the other policy
     * @return the combined policy
     */
    default AccessPolicy or(AccessPolicy other) {
        Objects.requireNonNull(other, "other");
        return (campaign, command) -> {
            Seq<Violation> mine = check(campaign, command);
            if (mine.isEmpty()) {
                return mine;
            }
            Seq<Violation> theirs = other.check(campaign, command);
            return theirs.isEmpty() ? theirs : mine.appendAll(theirs);
        };
    }

    /**
     * This policy for the commands the predicate selects only; every other command passes it.
     *
     * @param which selects the commands this policy governs
     * @return the narrowed policy
     */
    default AccessPolicy onlyFor(Predicate<? super CampaignCommand> which) {
        Objects.requireNonNull(which, "which");
        return (campaign, command) -> which.test(command) ? check(campaign, command) : List.empty();
    }
}
