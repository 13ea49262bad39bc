package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetAccess;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Map;
import java.util.Objects;
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
     * <p>Signing the goals ({@link CampaignCommand.SignGoals}) is the exception: a signature is
     * personal, so anyone may sign in their own name for a department, and the signature records
     * who did. Restrict who may sign for which department with {@link #departmentHeads(Map)}.
     *
     * @return the policy
     */
    static AccessPolicy overallLeadOnly() {
        return (campaign, command) -> command.type() == CommandType.SIGN_GOALS
                || campaign.profile().overallLead().equals(command.actor())
                ? List.empty()
                : List.of(Violation.of(LifecycleViolation.ACCESS_DENIED, "actor",
                        command.actor().value(), command.type(), campaign.profile().overallLead().value()));
    }

    /**
     * Who may change the budget ({@link BudgetAccess}): only the named final approver approves or
     * rejects, only the named reviewer of a department gives its opinion, a line's spend and
     * variance explanation come from its owner or the overall lead, and every other budget change is
     * the overall lead's. Commands other than {@link CampaignCommand.ChangeBudget} pass.
     *
     * @return the policy
     */
    static AccessPolicy budgetRoles() {
        return (campaign, command) -> command instanceof CampaignCommand.ChangeBudget
                ? BudgetAccess.check(campaign.budget(), ((CampaignCommand.ChangeBudget) command).change(),
                        command.actor(), campaign.profile().overallLead())
                : List.empty();
    }

    /**
     * The policy of {@link Lifecycle#standard()}: the overall lead (总负责人) of the profile issues
     * every command, and the team does its own part of the work.
     *
     * <ul>
     * <li>Stage commands and the revisions of the profile, team, board, schedule and of the
     * supply, event, partner ({@link CommandType#REVISE_PARTNERS}) and outreach
     * ({@link CommandType#REVISE_OUTREACH}) plans: the overall lead only, as
     * {@link #overallLeadOnly()}.</li>
     * <li>{@link CommandType#CHANGE_TASK_STATUS} and {@link CommandType#PLAN_REMEDY}: also the lead
     * of the task's module and the task's owner ({@link AccessViolation#TASK} otherwise).</li>
     * <li>{@link CommandType#SUBMIT_REPORT}, {@link CommandType#RECORD_LOG_ENTRY} and
     * {@link CommandType#RAISE_ISSUE}: every member of the team
     * ({@link AccessViolation#NOT_A_MEMBER} otherwise).</li>
     * <li>{@link CommandType#DECIDE_ISSUE} and {@link CommandType#RESOLVE_ISSUE}: also the lead of the
     * issue's module ({@link AccessViolation#ISSUE} otherwise).</li>
     * <li>{@link CommandType#RECORD_DELIVERY}: also the material's owner.</li>
     * <li>Budget commands: {@link #budgetRoles()}, so that only the budget's named approver
     * approves it and only a department's named reviewer gives its opinion.</li>
     * </ul>
     *
     * <p>A command naming a task or an issue that does not exist is left to the overall lead; the
     * lifecycle refuses it for that reason anyway.
     *
     * @return the policy
     */
    static AccessPolicy standard() {
        AccessPolicy execution = ExecutionCommands::access;
        return execution.onlyFor(command -> !(command instanceof CampaignCommand.ChangeBudget)).and(budgetRoles());
    }

    /**
     * Only a department's head signs the goals for it: a {@link CampaignCommand.SignGoals} whose
     * actor is not the head listed for its department (or whose department has no head listed) is
     * refused with {@link LifecycleViolation#NOT_DEPARTMENT_HEAD}. Other commands pass; combine with
     * {@link #and} to keep the default policy too.
     *
     * @param heads the head of each department
     * @return the policy
     */
    static AccessPolicy departmentHeads(Map<Department, MemberId> heads) {
        Map<Department, MemberId> copy = Map.copyOf(heads);
        return (campaign, command) -> {
            if (!(command instanceof CampaignCommand.SignGoals)) {
                return List.empty();
            }
            Department department = ((CampaignCommand.SignGoals) command).department();
            MemberId head = copy.get(department);
            return command.actor().equals(head) ? List.empty()
                    : List.of(Violation.of(LifecycleViolation.NOT_DEPARTMENT_HEAD, "actor", command.actor().value(),
                            department.name(), head == null ? "—" : head.value()));
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
