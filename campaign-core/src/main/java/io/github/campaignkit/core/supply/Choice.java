package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.team.MemberId;
import java.util.Objects;

/**
 * The supplier chosen for a need, with the rationale of the choice (选择理由).
 *
 * @param supplier  the chosen supplier; it must have quoted for the need
 * @param rationale why this one, not blank
 * @param decidedBy who chose
 */
public record Choice(SupplierId supplier, String rationale, MemberId decidedBy) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the rationale is blank, naming {@code rationale}
     */
    public Choice {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (rationale.isBlank()) {
            throw InvalidValueException.of(SupplyViolation.RATIONALE, "rationale", supplier);
        }
    }
}
