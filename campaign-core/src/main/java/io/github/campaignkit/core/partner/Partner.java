package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A chosen partner of a cross-industry campaign: its role, its duties (合作方职责清单), its
 * contacts, how it decides, its share of the costs and its agreed share of brand exposure.
 *
 * <p>The cost shares of a plan's partners add up to 100% and become the budget's {@link
 * io.github.campaignkit.core.budget.CostSharing} ({@link PartnerPlan#costSharing()}); a partner
 * that pays nothing (a share of 0) contributes resources only and is left out of the agreement.
 * The exposure shares (品牌露出比例) add up to 100% too.
 *
 * @param id              the partner, as the budget names it
 * @param name            its name
 * @param role            lead (主导方) or supporting (配合方)
 * @param duties          what it is responsible for
 * @param contacts        whom to talk to, e.g. its general manager and its campaign manager
 * @param decisionProcess how it takes decisions and communicates (决策流程及沟通机制), e.g.
 *                        {@code 对接人确认→总经理审批，每周例会同步}
 * @param costShare       its share of the costs in percent, between 0 and 100
 * @param exposureShare   its agreed share of brand exposure in percent, between 0 and 100
 */
@Value.Builder
public record Partner(PartnerId id, String name, PartnerRole role, List<Duty> duties, List<Contact> contacts,
                      String decisionProcess, BigDecimal costShare, BigDecimal exposureShare) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component, a duty or a contact is null, naming it
     * @throws IllegalArgumentException if a share lies outside 0–100 or is too precise, naming it
     */
    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        duties = Checks.list(duties, "duties");
        contacts = Checks.list(contacts, "contacts");
        Objects.requireNonNull(decisionProcess, "decisionProcess");
        Objects.requireNonNull(costShare, "costShare");
        Objects.requireNonNull(exposureShare, "exposureShare");
        costShare = Numbers.percent(costShare, "costShare");
        exposureShare = Numbers.percent(exposureShare, "exposureShare");
    }

    /**
     * A builder for a partner.
     *
     * @return a new builder
     */
    public static PartnerBuilder builder() {
        return new PartnerBuilder();
    }

    /**
     * A builder that starts from this partner.
     *
     * @return a builder holding every component of this partner
     */
    public PartnerBuilder toBuilder() {
        return new PartnerBuilder().from(this);
    }

    /**
     * Whether this partner leads the campaign.
     *
     * @return true for {@link PartnerRole#LEAD}
     */
    public boolean leads() {
        return role == PartnerRole.LEAD;
    }

    /**
     * Whether this partner pays a share of the costs.
     *
     * @return true when its cost share is above 0
     */
    public boolean paysCosts() {
        return costShare.signum() > 0;
    }
}
