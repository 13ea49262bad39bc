package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One partner's share of a campaign's costs, in percent ({@code 60} is 60%).
 *
 * @param partner the partner
 * @param percent the share: above 0 and at most 100, at most {@value #MAX_FRACTION_DIGITS} fraction
 *                digits, with the scale it was given
 */
public record PartnerShare(PartnerId partner, BigDecimal percent) {

    /** The most fraction digits a share may have. */
    public static final int MAX_FRACTION_DIGITS = 6;

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the share is not above 0 and at most 100, or too precise,
     *                                  naming {@code percent}
     */
    public PartnerShare {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() <= 0 || percent.compareTo(Decimals.HUNDRED) > 0) {
            throw InvalidValueException.of(BudgetViolation.SHARE_PERCENT, "percent", percent);
        }
        percent = Decimals.atMost(percent, MAX_FRACTION_DIGITS, "percent");
    }

    /**
     * The share of a partner: {@code PartnerShare.of(PartnerId.of("科技公司A"), "60")}.
     *
     * @param partner the partner
     * @param percent the share in percent, in plain decimal notation
     * @return the share
     */
    public static PartnerShare of(PartnerId partner, String percent) {
        return new PartnerShare(partner, Money.parseAmount(percent, "percent"));
    }

    /**
     * The share of a partner.
     *
     * @param partner the partner
     * @param percent the share in percent
     * @return the share
     */
    public static PartnerShare of(PartnerId partner, BigDecimal percent) {
        return new PartnerShare(partner, percent);
    }
}
