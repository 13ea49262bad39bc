package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetAccess;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
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
     * The policy of {@link Lifecycle#standard()}: only the overall lead moves stages, holds,
     * resumes, cancels and revises the profile ({@link #overallLeadOnly()}); budget commands follow
     * {@link #budgetRoles()}, so that only the budget's named approver approves it.
     *
     * @return the policy
     */
    static AccessPolicy standard() {
        return overallLeadOnly()
                .onlyFor(command -> !(command instanceof CampaignCommand.ChangeBudget))
                .and(budgetRoles());
    }

    /**
     * Only the campaign's overall lead (总负责人) issues commands, of every kind. Refusals carry
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
