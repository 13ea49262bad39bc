package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A row of the 供应商评价表 written after the campaign: a supplier scored on weighted criteria
 * (quality, responsiveness, punctuality, price and criteria of one's own).
 *
 * <p>The weights are typed by a person and may not add up; the record accepts them and
 * {@link #weightedScore()} reports {@link SupplyViolation#EVALUATION_WEIGHTS_SUM} instead of a
 * score. The score is Σ weight × score / 100, computed once in {@link BigDecimal} and rounded half
 * up to two decimals.
 *
 * @param supplier    the supplier evaluated
 * @param evaluatedOn the day of the evaluation
 * @param evaluatedBy who evaluated
 * @param scores      the criteria with their weights and scores
 * @param comment     a remark, if any
 */
@Value.Builder
public record SupplierEvaluation(SupplierId supplier, LocalDate evaluatedOn, MemberId evaluatedBy,
                                 java.util.List<CriterionScore> scores, Optional<String> comment) {

    /** The scale of a weighted score. */
    public static final int SCALE = 2;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public SupplierEvaluation {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        Objects.requireNonNull(evaluatedBy, "evaluatedBy");
        scores = Checks.list(scores, "scores");
        Checks.optional(comment, "comment");
    }

    /**
     * A builder for an evaluation.
     *
     * @return a new builder
     */
    public static SupplierEvaluationBuilder builder() {
        return new SupplierEvaluationBuilder();
    }

    /**
     * The sum of the weights, in percent.
     *
     * @return the sum
     */
    public BigDecimal totalWeight() {
        return scores.stream().map(CriterionScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * What is wrong with the criteria, paths relative to the evaluation: no criterion
     * ({@link SupplyViolation#EVALUATION_EMPTY} at {@code scores}), a criterion listed twice
     * ({@link SupplyViolation#EVALUATION_CRITERION_DUPLICATE} at {@code scores[i]}), weights that do
     * not add up to exactly 100% ({@link SupplyViolation#EVALUATION_WEIGHTS_SUM} at {@code scores},
     * with the sum).
     *
     * @return the violations, empty when the evaluation can be scored
     */
    public Seq<Violation> problems() {
        if (scores.isEmpty()) {
            return List.of(Violation.of(SupplyViolation.EVALUATION_EMPTY, "scores", supplier.value()));
        }
        Seq<Violation> found = List.empty();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            CriterionScore score = scores.get(i);
            String key = score.criterion() + "/" + score.name().orElse("");
            if (!seen.add(key)) {
                found = found.append(Violation.of(SupplyViolation.EVALUATION_CRITERION_DUPLICATE,
                        RulePaths.indexed("scores", i), supplier.value(), score.name().orElse(score.criterion().name())));
            }
        }
        BigDecimal total = totalWeight();
        if (total.compareTo(Percentages.HUNDRED) != 0) {
            found = found.append(Violation.of(SupplyViolation.EVALUATION_WEIGHTS_SUM, "scores", supplier.value(),
                    total.stripTrailingZeros().toPlainString()));
        }
        return found;
    }

    /**
     * The weighted score, Σ weight × score / 100 rounded half up to {@value #SCALE} decimals, or
     * every {@linkplain #problems() problem} that prevents it.
     *
     * @return the score 0…100, or the violations
     */
    public Validation<Seq<Violation>, BigDecimal> weightedScore() {
        Seq<Violation> found = problems();
        if (!found.isEmpty()) {
            return Validation.invalid(found);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionScore score : scores) {
            sum = sum.add(score.weight().multiply(score.score()));
        }
        return Validation.valid(sum.divide(Percentages.HUNDRED, SCALE, RoundingMode.HALF_UP));
    }
}
