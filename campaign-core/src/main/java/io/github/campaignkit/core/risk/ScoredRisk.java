package io.github.campaignkit.core.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A risk placed on its register's matrix: its cell, score and level.
 *
 * @param risk  the risk
 * @param cell  its cell
 * @param score its score
 * @param level its level
 */
public record ScoredRisk(Risk risk, Cell cell, BigDecimal score, RiskLevel level) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public ScoredRisk {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(level, "level");
    }
}
