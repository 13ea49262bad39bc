package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.List;
import java.util.Objects;

/**
 * A risk whose trigger condition holds, with the evidence: one piece per condition that held.
 *
 * @param risk     the risk
 * @param evidence why it fires, at least one piece
 */
public record Firing(RiskId risk, List<Evidence> evidence) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or a piece of evidence is null, naming it
     * @throws IllegalArgumentException if there is no evidence
     */
    public Firing {
        Objects.requireNonNull(risk, "risk");
        evidence = Checks.list(evidence, "evidence");
        if (evidence.isEmpty()) {
            throw InvalidValueException.of(ValueViolation.EMPTY, "evidence");
        }
    }
}
