package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Map;
import java.util.Objects;

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
     * The default policy: only the campaign's overall lead (总负责人) issues commands. Refusals carry
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
}
