package io.github.campaignkit.core.supply;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the contract with the chosen supplier says (合同): the service content, the delivery date and
 * the penalty for breaking it (违约责任).
 *
 * @param content    the service content
 * @param deliveryBy the contractual delivery date
 * @param penalty    the penalty for late or faulty delivery
 */
public record ContractTerms(String content, LocalDate deliveryBy, String penalty) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public ContractTerms {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(deliveryBy, "deliveryBy");
        Objects.requireNonNull(penalty, "penalty");
    }
}
