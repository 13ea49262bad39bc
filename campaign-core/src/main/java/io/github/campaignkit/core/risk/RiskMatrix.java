package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A probability-impact matrix (风险矩阵): a likelihood scale, an impact scale, a
 * {@linkplain ScoringModel scoring model} and {@linkplain Band bands} that give every cell a
 * {@link RiskLevel}.
 *
 * <p>The default is the seeds' 3 × 3 ({@link #threeByThree()}): 低 / 中 / 高 on both axes, scored
 * likelihood × impact, with scores 1–2 low, 3–4 medium and 6–9 high. {@link #fiveByFive()} is the
 * PMBOK-style 5 × 5; any other scales, model and bands may be configured.
 *
 * <p>A matrix is always consistent: its bands cover every cell exactly once, its score never falls
 * as likelihood or impact rises, and a table model has the scales' shape. {@link #of} checks a
 * configuration and returns every problem as a {@link Violation} naming the cells; the canonical
 * constructor (and the builder) throw an {@link IllegalArgumentException} listing the same
 * problems.
 *
 * @param likelihood the likelihood scale (可能性), lowest first
 * @param impact     the impact scale (影响程度), lowest first
 * @param scoring    how a cell is scored
 * @param bands      which cells are low, medium and high
 */
@Value.Builder
public record RiskMatrix(RatingScale likelihood, RatingScale impact, ScoringModel scoring, List<Band> bands) {

    private static final RiskMatrix THREE = new RiskMatrix(RatingScale.threeLevel(), RatingScale.threeLevel(),
            ScoringModel.product(), List.of(Band.scores(RiskLevel.LOW, 1, 2), Band.scores(RiskLevel.MEDIUM, 3, 4),
            Band.scores(RiskLevel.HIGH, 6, 9)));

    private static final RiskMatrix FIVE = new RiskMatrix(RatingScale.fiveLevel(), RatingScale.fiveLevel(),
            ScoringModel.product(), List.of(Band.scores(RiskLevel.LOW, 1, 4), Band.scores(RiskLevel.MEDIUM, 5, 12),
            Band.scores(RiskLevel.HIGH, 15, 25)));

    /**
     * Checks the components and the configuration they make together.
     *
     * @throws NullPointerException     if a component or a band is null, naming it
     * @throws IllegalArgumentException if {@link #check} finds a problem; the message starts with
     *                                  the component at fault and lists every problem
     */
    public RiskMatrix {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(scoring, "scoring");
        bands = Checks.list(bands, "bands");
        Seq<Violation> found = check(likelihood, impact, scoring, bands);
        if (!found.isEmpty()) {
            String field = found.head().path().split("[.\\[]", 2)[0];
            throw new InvalidValueException(found.head());
        }
    }

    /**
     * The seeds' 3 × 3 matrix: 低 / 中 / 高 on both axes, likelihood × impact, scores 1–2 low, 3–4
     * medium, 6–9 high. So 中 × 高 (6) is high, 低 × 高 (3) and 中 × 中 (4) are medium.
     *
     * @return the shared default matrix
     */
    public static RiskMatrix threeByThree() {
        return THREE;
    }

    /**
     * A 5 × 5 matrix: 很低 … 很高 on both axes, likelihood × impact, scores 1–4 low, 5–12 medium,
     * 15–25 high.
     *
     * @return the shared matrix
     */
    public static RiskMatrix fiveByFive() {
        return FIVE;
    }

    /**
     * A matrix from a configuration, or every problem with it.
     *
     * @param likelihood the likelihood scale
     * @param impact     the impact scale
     * @param scoring    the scoring model
     * @param bands      the bands
     * @return the matrix, or the violations of {@link #check}
     */
    public static Validation<Seq<Violation>, RiskMatrix> of(RatingScale likelihood, RatingScale impact,
                                                            ScoringModel scoring, List<Band> bands) {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(scoring, "scoring");
        List<Band> copy = Checks.list(bands, "bands");
        Seq<Violation> found = check(likelihood, impact, scoring, copy);
        return found.isEmpty() ? Validation.valid(new RiskMatrix(likelihood, impact, scoring, copy))
                : Validation.invalid(found);
    }

    /**
     * Every problem of a configuration, with paths relative to the matrix: a table model whose shape
     * is not the scales' ({@code scoring.scores}), a score that falls as likelihood or impact rises
     * ({@code scoring}), a listed cell outside the matrix ({@code bands[2].cells[0]}), and each cell
     * in no band or in more than one ({@code bands}), named by its likelihood and impact labels.
     *
     * @param likelihood the likelihood scale
     * @param impact     the impact scale
     * @param scoring    the scoring model
     * @param bands      the bands
     * @return the violations, empty for a valid configuration
     */
    public static Seq<Violation> check(RatingScale likelihood, RatingScale impact, ScoringModel scoring,
                                       List<Band> bands) {
        io.vavr.collection.List<Violation> found = io.vavr.collection.List.empty();
        if (scoring instanceof ScoringModel.Table) {
            ScoringModel.Table table = (ScoringModel.Table) scoring;
            if (table.likelihoods() != likelihood.size() || table.impacts() != impact.size()) {
                return found.append(Violation.of(RiskViolation.MATRIX_TABLE_SHAPE, "scoring.scores",
                        table.likelihoods(), table.impacts(), likelihood.size(), impact.size()));
            }
        }
        for (int l = 1; l <= likelihood.size(); l++) {
            for (int i = 1; i <= impact.size(); i++) {
                Cell cell = Cell.of(l, i);
                BigDecimal score = scoring.score(cell);
                if (l < likelihood.size()) {
                    found = found.appendAll(monotone(likelihood, impact, scoring, cell, Cell.of(l + 1, i), score));
                }
                if (i < impact.size()) {
                    found = found.appendAll(monotone(likelihood, impact, scoring, cell, Cell.of(l, i + 1), score));
                }
            }
        }
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b) instanceof Band.Cells) {
                List<Cell> listed = ((Band.Cells) bands.get(b)).cells();
                for (int c = 0; c < listed.size(); c++) {
                    Cell cell = listed.get(c);
                    if (cell.likelihood() > likelihood.size() || cell.impact() > impact.size()) {
                        found = found.append(Violation.of(RiskViolation.MATRIX_BAND_CELL_OUTSIDE,
                                RulePaths.join(RulePaths.indexed("bands", b), RulePaths.indexed("cells", c)),
                                cell.toString(), likelihood.size(), impact.size()));
                    }
                }
            }
        }
        for (int l = 1; l <= likelihood.size(); l++) {
            for (int i = 1; i <= impact.size(); i++) {
                Cell cell = Cell.of(l, i);
                BigDecimal score = scoring.score(cell);
                List<Integer> in = new ArrayList<>();
                for (int b = 0; b < bands.size(); b++) {
                    if (bands.get(b).contains(cell, score)) {
                        in.add(b);
                    }
                }
                if (in.isEmpty()) {
                    found = found.append(Violation.of(RiskViolation.MATRIX_CELL_NO_BAND, "bands",
                            likelihood.level(l), impact.level(i), score));
                } else if (in.size() > 1) {
                    found = found.append(Violation.of(RiskViolation.MATRIX_CELL_OVERLAP, "bands",
                            likelihood.level(l), impact.level(i), score,
                            in.stream().map(b -> RulePaths.indexed("bands", b)).collect(Collectors.joining(", "))));
                }
            }
        }
        return found;
    }

    private static Seq<Violation> monotone(RatingScale likelihood, RatingScale impact, ScoringModel scoring,
                                           Cell lower, Cell higher, BigDecimal lowerScore) {
        BigDecimal higherScore = scoring.score(higher);
        if (higherScore.compareTo(lowerScore) >= 0) {
            return io.vavr.collection.List.empty();
        }
        return io.vavr.collection.List.of(Violation.of(RiskViolation.MATRIX_SCORE_NOT_MONOTONE, "scoring",
                likelihood.level(higher.likelihood()), impact.level(higher.impact()), higherScore,
                likelihood.level(lower.likelihood()), impact.level(lower.impact()), lowerScore));
    }

    /**
     * A builder for a matrix; the matrix is checked when it is built.
     *
     * @return a new builder
     */
    public static RiskMatrixBuilder builder() {
        return new RiskMatrixBuilder();
    }

    /**
     * A builder that starts from this matrix, to change a scale, the model or the bands.
     *
     * @return a builder holding every component of this matrix
     */
    public RiskMatrixBuilder toBuilder() {
        return new RiskMatrixBuilder().from(this);
    }

    /**
     * Every cell, by likelihood then impact, lowest first.
     *
     * @return the {@code likelihood.size() × impact.size()} cells
     */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (int l = 1; l <= likelihood.size(); l++) {
            for (int i = 1; i <= impact.size(); i++) {
                cells.add(Cell.of(l, i));
            }
        }
        return List.copyOf(cells);
    }

    /**
     * Whether a cell lies in this matrix.
     *
     * @param cell the cell
     * @return true if both its ranks are on the scales
     */
    public boolean contains(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        return cell.likelihood() <= likelihood.size() && cell.impact() <= impact.size();
    }

    /**
     * The cell of a likelihood and an impact rating.
     *
     * @param likelihoodRating the likelihood
     * @param impactRating     the impact
     * @return the cell, or empty when a rating is not on its scale
     */
    public Optional<Cell> cellOf(Rating likelihoodRating, Rating impactRating) {
        var l = likelihood.rank(likelihoodRating);
        var i = impact.rank(impactRating);
        return l.isPresent() && i.isPresent() ? Optional.of(Cell.of(l.getAsInt(), i.getAsInt())) : Optional.empty();
    }

    /**
     * The score of a cell.
     *
     * @param cell a cell of this matrix
     * @return the score
     * @throws IllegalArgumentException if the cell lies outside the matrix
     */
    public BigDecimal score(Cell cell) {
        requireInside(cell);
        return scoring.score(cell);
    }

    /**
     * The level of a cell: the level of the one band that contains it.
     *
     * @param cell a cell of this matrix
     * @return the level
     * @throws IllegalArgumentException if the cell lies outside the matrix
     */
    public RiskLevel level(Cell cell) {
        BigDecimal score = score(cell);
        return bands.stream().filter(b -> b.contains(cell, score)).findFirst().orElseThrow().level();
    }

    /**
     * The likelihood level of a cell's row.
     *
     * @param cell a cell of this matrix
     * @return the level
     */
    public ScaleLevel likelihoodOf(Cell cell) {
        requireInside(cell);
        return likelihood.level(cell.likelihood());
    }

    /**
     * The impact level of a cell's column.
     *
     * @param cell a cell of this matrix
     * @return the level
     */
    public ScaleLevel impactOf(Cell cell) {
        requireInside(cell);
        return impact.level(cell.impact());
    }

    /**
     * This matrix with other bands.
     *
     * @param newBands the bands
     * @return a copy
     * @throws IllegalArgumentException if the bands leave a gap or overlap
     */
    public RiskMatrix withBands(List<Band> newBands) {
        return new RiskMatrix(likelihood, impact, scoring, newBands);
    }

    private void requireInside(Cell cell) {
        if (!contains(cell)) {
            throw InvalidValueException.of(RiskViolation.CELL_OUTSIDE, "cell", cell, likelihood.size(), impact.size());
        }
    }
}
