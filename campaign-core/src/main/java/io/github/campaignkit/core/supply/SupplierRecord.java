package io.github.campaignkit.core.supply;

import java.util.Objects;

/**
 * One campaign's evaluation of a supplier, as kept in its {@link SupplierHistory}.
 *
 * @param campaign   the campaign's name or id, as the caller keeps it
 * @param evaluation the evaluation written after that campaign
 */
public record SupplierRecord(String campaign, SupplierEvaluation evaluation) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public SupplierRecord {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
