package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.List;
import java.util.Objects;

/**
 * A register's risks on its matrix (风险热力图): every cell with its score, level and risks.
 * Render it as text with {@code io.github.campaignkit.core.report.RiskHeatMapRenderer}.
 *
 * @param matrix   the matrix
 * @param cells    every cell of the matrix, in {@link RiskMatrix#cells()} order, with the matrix's
 *                 score and level
 * @param unplaced the risks whose likelihood or impact the matrix does not know
 */
public record HeatMap(RiskMatrix matrix, List<HeatCell> cells, List<RiskId> unplaced) {

    /**
     * Checks the components and that the cells are the matrix's.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if the cells are not the matrix's cells in order, with its
     *                                  scores and levels
     */
    public HeatMap {
        Objects.requireNonNull(matrix, "matrix");
        cells = Checks.list(cells, "cells");
        unplaced = Checks.list(unplaced, "unplaced");
        List<Cell> expected = matrix.cells();
        if (cells.size() != expected.size()) {
            throw InvalidValueException.of(ValueViolation.SIZE, "cells", cells.size(), expected.size());
        }
        for (int i = 0; i < cells.size(); i++) {
            HeatCell c = cells.get(i);
            if (!c.cell().equals(expected.get(i)) || c.score().compareTo(matrix.score(c.cell())) != 0
                    || c.level() != matrix.level(c.cell())) {
                throw InvalidValueException.of(RiskViolation.HEAT_MAP_CELL, RulePaths.indexed("cells", i), i + 1, expected.get(i));
            }
        }
    }

    /**
     * The cell at a likelihood and impact rank.
     *
     * @param cell the cell
     * @return the heat map's cell
     * @throws IllegalArgumentException if the cell lies outside the matrix
     */
    public HeatCell at(Cell cell) {
        if (!matrix.contains(cell)) {
            throw InvalidValueException.of(RiskViolation.CELL_OUTSIDE, "cell", cell, matrix.likelihood().size(), matrix.impact().size());
        }
        return cells.get((cell.likelihood() - 1) * matrix.impact().size() + cell.impact() - 1);
    }
}
