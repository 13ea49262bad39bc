package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One band of a {@link RiskMatrix}'s level configuration: the cells it puts at its
 * {@linkplain #level() level}, chosen {@linkplain Scores by score} (SimpleRisk's classic bands) or
 * {@linkplain Cells cell by cell} (a hand-drawn heat map). A matrix needs its bands to cover every
 * cell exactly once, and names the cells of any gap or overlap.
 */
public sealed interface Band {

    /**
     * The level this band gives its cells.
     *
     * @return the level
     */
    RiskLevel level();

    /**
     * Whether this band contains a cell.
     *
     * @param cell  the cell
     * @param score the cell's score under the matrix's scoring model
     * @return true if the cell is in this band
     */
    boolean contains(Cell cell, BigDecimal score);

    /**
     * The band of the cells whose score lies from {@code min} to {@code max}, both included.
     *
     * @param level the level
     * @param min   the lowest score
     * @param max   the highest score
     * @return the band
     */
    static Scores scores(RiskLevel level, BigDecimal min, BigDecimal max) {
        return new Scores(level, min, max);
    }

    /**
     * The band of the cells whose score lies from {@code min} to {@code max}, both included.
     *
     * @param level the level
     * @param min   the lowest score
     * @param max   the highest score
     * @return the band
     */
    static Scores scores(RiskLevel level, long min, long max) {
        return new Scores(level, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /**
     * The band of the given cells.
     *
     * @param level the level
     * @param cells the cells, at least one
     * @return the band
     */
    static Cells cells(RiskLevel level, Cell... cells) {
        return new Cells(level, List.of(cells));
    }

    /**
     * The cells whose score lies from {@code min} to {@code max}, both included.
     *
     * @param level the level
     * @param min   the lowest score
     * @param max   the highest score, not below {@code min}
     */
    record Scores(RiskLevel level, BigDecimal min, BigDecimal max) implements Band {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null, naming it
         * @throws IllegalArgumentException if {@code max} is below {@code min}
         */
        public Scores {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (max.compareTo(min) < 0) {
                throw InvalidValueException.of(ValueViolation.BELOW, "max", max, min);
            }
        }

        @Override
        public boolean contains(Cell cell, BigDecimal score) {
            return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
        }
    }

    /**
     * The cells listed, whatever their score.
     *
     * @param level the level
     * @param cells the cells, at least one, none twice
     */
    record Cells(RiskLevel level, List<Cell> cells) implements Band {

        /**
         * Checks the components and copies the list.
         *
         * @throws NullPointerException     if a component or a cell is null, naming it
         * @throws IllegalArgumentException if there is no cell or a cell is listed twice
         */
        public Cells {
            Objects.requireNonNull(level, "level");
            cells = Checks.list(cells, "cells");
            if (cells.isEmpty()) {
                throw InvalidValueException.of(ValueViolation.EMPTY, "cells");
            }
            Set<Cell> seen = new HashSet<>();
            for (Cell cell : cells) {
                if (!seen.add(cell)) {
                    throw InvalidValueException.of(ValueViolation.DUPLICATE, "cells", cell);
                }
            }
        }

        @Override
        public boolean contains(Cell cell, BigDecimal score) {
            return cells.contains(cell);
        }
    }
}
