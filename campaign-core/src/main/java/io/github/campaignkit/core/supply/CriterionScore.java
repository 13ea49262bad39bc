package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One weighted criterion of a supplier evaluation and the score given on it.
 *
 * @param criterion the criterion
 * @param name      the name of a {@link SupplierCriterion#CUSTOM custom} criterion; empty for the others
 * @param weight    the criterion's weight in percent, 0 to 100; the weights of one evaluation must
 *                  add up to 100 (checked by {@link SupplierEvaluation#weightedScore()}, not here)
 * @param score     the score, 0 to 100
 */
public record CriterionScore(SupplierCriterion criterion, Optional<String> name, BigDecimal weight, BigDecimal score) {


    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if a custom criterion has no name or a standard one has a name
     *                                  ({@code name}), or the weight or the score is outside 0…100
     *                                  ({@code weight}, {@code score})
     */
    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        Checks.optional(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        if ((criterion == SupplierCriterion.CUSTOM) != name.filter(n -> !n.isBlank()).isPresent()) {
            throw InvalidValueException.of(SupplyViolation.CRITERION_NAME, "name", criterion, name.orElse(""));
        }
        if (weight.signum() < 0 || weight.compareTo(Percentages.HUNDRED) > 0) {
            throw InvalidValueException.of(ValueViolation.PERCENT, "weight", weight);
        }
        if (score.signum() < 0 || score.compareTo(Percentages.HUNDRED) > 0) {
            throw InvalidValueException.of(ValueViolation.OUT_OF_RANGE, "score", score, 0, 100);
        }
    }

    /**
     * A standard criterion's weight and score.
     *
     * @param criterion the criterion, not {@link SupplierCriterion#CUSTOM}
     * @param weight    the weight in percent, e.g. {@code "30"}
     * @param score     the score, e.g. {@code "90"}
     * @return the score
     */
    public static CriterionScore of(SupplierCriterion criterion, String weight, String score) {
        return new CriterionScore(criterion, Optional.empty(), new BigDecimal(weight), new BigDecimal(score));
    }

    /**
     * A custom criterion's weight and score.
     *
     * @param name   the criterion's name, e.g. {@code 创意能力}
     * @param weight the weight in percent
     * @param score  the score
     * @return the score
     */
    public static CriterionScore custom(String name, String weight, String score) {
        return new CriterionScore(SupplierCriterion.CUSTOM, Optional.of(name), new BigDecimal(weight),
                new BigDecimal(score));
    }
}
