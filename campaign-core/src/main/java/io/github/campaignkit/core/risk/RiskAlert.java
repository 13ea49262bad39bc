package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The alert a triggered risk raises: who answers it and what they are to do, with why. Render it
 * with {@code io.github.campaignkit.core.report.RiskAlertRenderer}.
 *
 * @param risk     the risk
 * @param scenario its scenario
 * @param category its category
 * @param level    its level, when the matrix knows its ratings
 * @param owner    its owner, who answers the alert
 * @param measures the measures to take now
 * @param at       when it was triggered
 * @param evidence why, empty when it was triggered by hand
 */
@Value.Builder
public record RiskAlert(RiskId risk, String scenario, RiskCategory category, Optional<RiskLevel> level,
                    Optional<MemberId> owner, List<Measure> measures, Instant at, List<Evidence> evidence) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public RiskAlert {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(category, "category");
        Checks.optional(level, "level");
        Checks.optional(owner, "owner");
        measures = Checks.list(measures, "measures");
        Objects.requireNonNull(at, "at");
        evidence = Checks.list(evidence, "evidence");
    }

    /**
     * A builder for an alert.
     *
     * @return a new builder
     */
    public static RiskAlertBuilder builder() {
        return new RiskAlertBuilder();
    }
}
