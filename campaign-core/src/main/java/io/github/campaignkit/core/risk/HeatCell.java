package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One cell of a {@link HeatMap}: its score and level, and the risks in it.
 *
 * @param cell  the cell
 * @param score its score
 * @param level its level
 * @param risks the risks rated into it, in register order
 */
public record HeatCell(Cell cell, BigDecimal score, RiskLevel level, List<RiskId> risks) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or a risk is null, naming it
     */
    public HeatCell {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(level, "level");
        risks = Checks.list(risks, "risks");
    }
}
