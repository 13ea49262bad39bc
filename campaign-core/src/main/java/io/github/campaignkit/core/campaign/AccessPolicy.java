package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
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
     * @return the policy
     */
    static AccessPolicy overallLeadOnly() {
        return (campaign, command) -> campaign.profile().overallLead().equals(command.actor())
                ? List.empty()
                : List.of(Violation.of(LifecycleViolation.ACCESS_DENIED, "actor",
                        command.actor().value(), command.type(), campaign.profile().overallLead().value()));
    }

    /**
     * The policy of {@link Lifecycle#standard()}: the overall lead (总负责人) of the profile issues
     * every command, and the team does its own part of the work.
     *
     * <ul>
     * <li>Stage commands, profile, team and board revisions: the overall lead only, as
     * {@link #overallLeadOnly()}.</li>
     * <li>{@link CommandType#CHANGE_TASK_STATUS} and {@link CommandType#PLAN_REMEDY}: also the lead
     * of the task's module and the task's owner ({@link AccessViolation#TASK} otherwise).</li>
     * <li>{@link CommandType#SUBMIT_REPORT}, {@link CommandType#RECORD_LOG_ENTRY} and
     * {@link CommandType#RAISE_ISSUE}: every member of the team
     * ({@link AccessViolation#NOT_A_MEMBER} otherwise).</li>
     * <li>{@link CommandType#DECIDE_ISSUE} and {@link CommandType#RESOLVE_ISSUE}: also the lead of the
     * issue's module ({@link AccessViolation#ISSUE} otherwise).</li>
     * </ul>
     *
     * <p>A command naming a task or an issue that does not exist is left to the overall lead; the
     * lifecycle refuses it for that reason anyway.
     *
     * @return the policy
     */
    static AccessPolicy standard() {
        return ExecutionCommands::access;
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
