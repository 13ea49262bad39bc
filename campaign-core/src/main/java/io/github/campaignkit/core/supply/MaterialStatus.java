package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.rule.Labelled;

/** Where a material (物料) stands, from planned to accepted. */
public enum MaterialStatus implements Labelled {
    /** 待采购: listed, not yet ordered. */
    PLANNED,
    /** 已下单: ordered from its supplier. */
    ORDERED,
    /** 已到货: delivered, not yet checked. */
    DELIVERED,
    /** 已验收: delivered and accepted against its acceptance standard. */
    ACCEPTED,
    /** 验收不合格: delivered and rejected at acceptance. */
    REJECTED;

    /**
     * Whether the material has arrived in this status.
     *
     * @return true for delivered, accepted and rejected
     */
    public boolean isDelivered() {
        return this == DELIVERED || this == ACCEPTED || this == REJECTED;
    }
}
