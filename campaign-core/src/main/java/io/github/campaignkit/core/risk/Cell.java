package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.Comparator;

/**
 * A cell of a {@link RiskMatrix}: a likelihood rank and an impact rank, each from 1 (the lowest
 * level of its scale). Cells order by likelihood, then impact.
 *
 * @param likelihood the likelihood rank, at least 1
 * @param impact     the impact rank, at least 1
 */
public record Cell(int likelihood, int impact) implements Comparable<Cell> {

    private static final Comparator<Cell> ORDER = Comparator.comparingInt(Cell::likelihood)
            .thenComparingInt(Cell::impact);

    /**
     * Checks the ranks.
     *
     * @throws IllegalArgumentException if a rank is below 1, naming it
     */
    public Cell {
        if (likelihood < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "likelihood", likelihood, 1);
        }
        if (impact < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "impact", impact, 1);
        }
    }

    /**
     * The cell at the given ranks.
     *
     * @param likelihood the likelihood rank
     * @param impact     the impact rank
     * @return the cell
     */
    public static Cell of(int likelihood, int impact) {
        return new Cell(likelihood, impact);
    }

    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "(" + likelihood + "," + impact + ")";
    }
}
