package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * How a {@link RiskMatrix} scores a cell from its likelihood and impact ranks.
 *
 * <p>The default is the classic {@linkplain #product() likelihood × impact}. A model is a value,
 * stored with the campaign, so the models are closed: {@link Product}, {@link Sum},
 * {@link Weighted} (a·likelihood + b·impact) and {@link Table}, an explicit score per cell. Any
 * other model plugs in as a table: {@link #tabulate} computes one from a function of the ranks.
 * Scores are {@link BigDecimal}s, never floating point. A matrix refuses a model whose score falls
 * as likelihood or impact rises.
 */
public sealed interface ScoringModel {

    /**
     * The score of a cell.
     *
     * @param cell the cell; for a {@link Table} it must lie inside the table
     * @return the score
     */
    BigDecimal score(Cell cell);

    /**
     * Likelihood × impact, the default.
     *
     * @return the model
     */
    static ScoringModel product() {
        return new Product();
    }

    /**
     * Likelihood + impact.
     *
     * @return the model
     */
    static ScoringModel sum() {
        return new Sum();
    }

    /**
     * a × likelihood + b × impact, with weights that are not negative.
     *
     * @param likelihoodWeight a
     * @param impactWeight     b
     * @return the model
     */
    static ScoringModel weighted(BigDecimal likelihoodWeight, BigDecimal impactWeight) {
        return new Weighted(likelihoodWeight, impactWeight);
    }

    /**
     * A table computed from any scoring function, for a model this library does not name; the
     * matrix stores the table, so it needs no code to be read back.
     *
     * @param likelihoods the number of likelihood levels
     * @param impacts     the number of impact levels
     * @param score       the score of (likelihood rank, impact rank), both from 1
     * @return the table
     */
    static Table tabulate(int likelihoods, int impacts, BiFunction<Integer, Integer, BigDecimal> score) {
        Objects.requireNonNull(score, "score");
        if (likelihoods < 1 || impacts < 1) {
            throw InvalidValueException.of(RiskViolation.TABLE_SIZE, "likelihoods", likelihoods, impacts);
        }
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (int l = 1; l <= likelihoods; l++) {
            List<BigDecimal> row = new ArrayList<>();
            for (int i = 1; i <= impacts; i++) {
                row.add(Objects.requireNonNull(score.apply(l, i), "score(" + l + "," + i + ")"));
            }
            rows.add(row);
        }
        return new Table(rows);
    }

    /** Likelihood × impact: 中 × 高 on the three-level scales is 2 × 3 = 6. */
    record Product() implements ScoringModel {

        @Override
        public BigDecimal score(Cell cell) {
            return BigDecimal.valueOf((long) cell.likelihood() * cell.impact());
        }
    }

    /** Likelihood + impact: 中 + 高 on the three-level scales is 2 + 3 = 5. */
    record Sum() implements ScoringModel {

        @Override
        public BigDecimal score(Cell cell) {
            return BigDecimal.valueOf((long) cell.likelihood() + cell.impact());
        }
    }

    /**
     * a × likelihood + b × impact: with a = 1 and b = 2, impact counts twice as much as likelihood.
     *
     * @param likelihoodWeight a, not negative
     * @param impactWeight     b, not negative
     */
    record Weighted(BigDecimal likelihoodWeight, BigDecimal impactWeight) implements ScoringModel {

        /**
         * Checks the weights.
         *
         * @throws NullPointerException     if a weight is null, naming it
         * @throws IllegalArgumentException if a weight is negative, naming it
         */
        public Weighted {
            Objects.requireNonNull(likelihoodWeight, "likelihoodWeight");
            Objects.requireNonNull(impactWeight, "impactWeight");
            if (likelihoodWeight.signum() < 0) {
                throw InvalidValueException.of(ValueViolation.NEGATIVE, "likelihoodWeight", likelihoodWeight);
            }
            if (impactWeight.signum() < 0) {
                throw InvalidValueException.of(ValueViolation.NEGATIVE, "impactWeight", impactWeight);
            }
        }

        @Override
        public BigDecimal score(Cell cell) {
            return likelihoodWeight.multiply(BigDecimal.valueOf(cell.likelihood()))
                    .add(impactWeight.multiply(BigDecimal.valueOf(cell.impact())));
        }
    }

    /**
     * An explicit score per cell: row {@code l − 1} holds the scores of likelihood rank {@code l},
     * column {@code i − 1} those of impact rank {@code i}.
     *
     * @param scores the rows, lowest likelihood first, each with one score per impact level; all
     *               rows of the same length, at least one row of at least one score
     */
    record Table(List<List<BigDecimal>> scores) implements ScoringModel {

        /**
         * Checks that the table is a non-empty rectangle and copies it.
         *
         * @throws NullPointerException     if the table, a row or a score is null
         * @throws IllegalArgumentException if the table is empty or its rows differ in length
         */
        public Table {
            Objects.requireNonNull(scores, "scores");
            List<List<BigDecimal>> copy = new ArrayList<>();
            for (int i = 0; i < scores.size(); i++) {
                copy.add(Checks.list(Objects.requireNonNull(scores.get(i), "scores[" + i + "]"), "scores[" + i + "]"));
            }
            if (copy.isEmpty() || copy.get(0).isEmpty()) {
                throw InvalidValueException.of(ValueViolation.EMPTY, "scores");
            }
            for (int i = 1; i < copy.size(); i++) {
                if (copy.get(i).size() != copy.get(0).size()) {
                    throw InvalidValueException.of(RiskViolation.ROW_SIZE, "scores", i + 1, copy.get(i).size(), copy.get(0).size());
                }
            }
            scores = List.copyOf(copy);
        }

        /**
         * The number of likelihood levels the table scores.
         *
         * @return the number of rows
         */
        public int likelihoods() {
            return scores.size();
        }

        /**
         * The number of impact levels the table scores.
         *
         * @return the number of columns
         */
        public int impacts() {
            return scores.get(0).size();
        }

        @Override
        public BigDecimal score(Cell cell) {
            if (cell.likelihood() > likelihoods() || cell.impact() > impacts()) {
                throw InvalidValueException.of(RiskViolation.CELL_OUTSIDE, "cell", cell, likelihoods(), impacts());
            }
            return scores.get(cell.likelihood() - 1).get(cell.impact() - 1);
        }
    }
}
