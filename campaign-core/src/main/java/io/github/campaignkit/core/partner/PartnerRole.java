package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.rule.Labelled;

/** A partner's role in a cross-industry campaign (seed 003: 主导方 and 配合方). */
public enum PartnerRole implements Labelled {
    /** 主导方: leads overall coordination, plans the campaign and coordinates resources. */
    LEAD,
    /** 配合方: contributes industry resources, execution support and reach to its users. */
    SUPPORTING
}
