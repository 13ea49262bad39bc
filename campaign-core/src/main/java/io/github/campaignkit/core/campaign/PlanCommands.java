package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supply, event, partner and outreach commands of the lifecycle: revising the supply, event,
 * partner and outreach plans, choosing a supplier, recording a delivery, evaluating a supplier. The
 * revisions replace their part as given (its rules report a draft, the gates guard the stages);
 * the other commands delegate to the pure function of
 * {@link SupplyPlan}; the plan's reasons to refuse are reported under {@code supply}, except those
 * about the command's own fields ({@code need}, {@code supplier}, {@code rationale}, {@code material},
 * {@code evaluation…}), which keep their paths.
 */
final class PlanCommands {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private PlanCommands() {
    }

    /** Whether the command is one of the supply, event, partner and outreach commands handled here. */
    static boolean handles(CampaignCommand command) {
        switch (command.type()) {
            case REVISE_SUPPLY:
            case CHOOSE_SUPPLIER:
            case RECORD_DELIVERY:
            case EVALUATE_SUPPLIER:
            case REVISE_EVENT:
            case REVISE_PARTNERS:
            case REVISE_OUTREACH:
                return true;
            default:
                return false;
        }
    }

    /** What stands against the command, besides revision and access. */
    static Seq<Violation> check(Campaign campaign, CampaignCommand command) {
        Either<Refusal, Campaign> result = attempt(campaign, command);
        return result.isLeft() ? result.getLeft().violations() : List.empty();
    }

    /** The campaign changed by an accepted command, one revision up. */
    static Campaign apply(Campaign campaign, CampaignCommand command, Instant at) {
        Campaign next = attempt(campaign, command).get().toBuilder().revision(campaign.revision() + 1).build();
        LOG.info("campaign {} revision {}: {} by {} at {}", campaign.id(), next.revision(), command.type(),
                command.actor(), at);
        return next;
    }

    /**
     * Who may record a delivery: the overall lead or the material's owner; every other supply,
     * event, partner and outreach command is the overall lead's.
     */
    static Seq<Violation> access(Campaign campaign, CampaignCommand command) {
        if (command instanceof CampaignCommand.RecordDelivery) {
            CampaignCommand.RecordDelivery delivery = (CampaignCommand.RecordDelivery) command;
            Optional<Material> material = campaign.supply().material(delivery.material());
            if (material.isPresent() && material.get().owner().equals(command.actor())) {
                return List.empty();
            }
        }
        return AccessPolicy.overallLeadOnly().check(campaign, command);
    }

    private static Either<Refusal, Campaign> attempt(Campaign campaign, CampaignCommand command) {
        SupplyPlan supply = campaign.supply();
        if (command instanceof CampaignCommand.ReviseSupply) {
            return Either.right(campaign.withSupply(((CampaignCommand.ReviseSupply) command).supply()));
        }
        if (command instanceof CampaignCommand.ReviseEvent) {
            return Either.right(campaign.withEvent(((CampaignCommand.ReviseEvent) command).event()));
        }
        if (command instanceof CampaignCommand.RevisePartners) {
            return Either.right(campaign.withPartners(((CampaignCommand.RevisePartners) command).partners()));
        }
        if (command instanceof CampaignCommand.ReviseOutreach) {
            return Either.right(campaign.withOutreach(((CampaignCommand.ReviseOutreach) command).outreach()));
        }
        if (command instanceof CampaignCommand.ChooseSupplier) {
            CampaignCommand.ChooseSupplier choose = (CampaignCommand.ChooseSupplier) command;
            return supply.choose(choose.need(), choose.supplier(), choose.rationale(), command.actor())
                    .map(campaign::withSupply);
        }
        if (command instanceof CampaignCommand.RecordDelivery) {
            CampaignCommand.RecordDelivery delivery = (CampaignCommand.RecordDelivery) command;
            return supply.recordDelivery(delivery.material(), delivery.deliveredOn()).map(campaign::withSupply);
        }
        CampaignCommand.EvaluateSupplier evaluate = (CampaignCommand.EvaluateSupplier) command;
        return supply.evaluate(evaluate.evaluation()).map(campaign::withSupply);
    }
}
