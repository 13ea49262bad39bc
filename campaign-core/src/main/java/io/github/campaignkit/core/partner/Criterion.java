package io.github.campaignkit.core.partner;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One weighted criterion of a {@link Scorecard}, for example {@code 行业关联性} weighing 30%.
 * Scores refer to a criterion by its name, which is unique on its scorecard.
 *
 * @param kind   what it assesses
 * @param name   its name on the scorecard, e.g. {@code 行业关联性} or {@code 联名产品经验}; may be
 *               blank only in a draft (the scoring rules report it)
 * @param weight its weight in percent ({@code 30} is 30%), between 0 and 100, at most six fraction
 *               digits, with the scale it was given; the weights of a scorecard add up to 100
 */
public record Criterion(CriterionKind kind, String name, BigDecimal weight) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the weight is below 0, above 100 or too precise, naming
     *                                  {@code weight}
     */
    public Criterion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        weight = Numbers.percent(weight, "weight");
    }

    /**
     * The criterion with the given weight: {@code Criterion.of(CriterionKind.AUDIENCE_OVERLAP,
     * "用户群体重叠度", "30")}.
     *
     * @param kind   what it assesses
     * @param name   its name
     * @param weight its weight in percent, in plain decimal notation
     * @return the criterion
     * @throws NumberFormatException    if the weight is not a decimal number
     * @throws IllegalArgumentException if the weight is out of range
     */
    public static Criterion of(CriterionKind kind, String name, String weight) {
        Objects.requireNonNull(weight, "weight");
        return new Criterion(kind, name, new BigDecimal(weight));
    }
}
