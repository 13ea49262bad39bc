package io.github.campaignkit.core.review;

import java.util.Objects;

/**
 * A success kept from a campaign (成功经验): what worked, and the evidence that it did, so that it
 * can be repeated. Seed 004: the pop-up's "scan for a small gift + try the product" combination
 * gathered leads three times as efficiently as handing out flyers.
 *
 * @param description what worked, e.g. {@code 线下快闪店"扫码领小礼品+体验产品"的组合方式}; blank only
 *                    in a draft ({@link ReviewRules} reports it)
 * @param evidence    how it shows, e.g. {@code 线索留资效率较单纯发传单提升3倍}; may be empty
 */
public record Success(String description, String evidence) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Success {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * A success with its evidence.
     *
     * @param description what worked
     * @param evidence    how it shows
     * @return the success
     */
    public static Success of(String description, String evidence) {
        return new Success(description, evidence);
    }
}
