package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.internal.Exact;
import io.github.campaignkit.core.rule.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How one criterion adds to a candidate's weighted score: the criterion, its weight, the raw score
 * and the weighted contribution {@code weight × score / 100}, exact.
 *
 * @param criterion    the criterion's name
 * @param kind         what it assesses
 * @param weight       its weight in percent
 * @param score        the candidate's raw score on it
 * @param contribution {@code weight × score / 100}, exact, in its shortest form
 */
@Value.Builder
public record ScoreLine(String criterion, CriterionKind kind, BigDecimal weight, BigDecimal score,
                        BigDecimal contribution) {

    /**
     * Checks the components and that the contribution is the weighted score.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the weight is out of range, naming {@code weight}, or the
     *                                  contribution is not {@code weight × score / 100}, naming
     *                                  {@code contribution}
     */
    public ScoreLine {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(contribution, "contribution");
        weight = Numbers.percent(weight, "weight");
        score = Numbers.normal(score, "score");
        BigDecimal expected = contributionOf(weight, score);
        if (contribution.compareTo(expected) != 0) {
            throw InvalidValueException.of(PartnerViolation.CONTRIBUTION, "contribution", contribution, weight, score, expected);
        }
        contribution = expected;
    }

    /**
     * The line of a criterion and a score, its contribution computed.
     *
     * @param criterion the criterion
     * @param score     the raw score on it
     * @return the line
     */
    public static ScoreLine of(Criterion criterion, BigDecimal score) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(score, "score");
        return new ScoreLine(criterion.name(), criterion.kind(), criterion.weight(), score,
                contributionOf(criterion.weight(), score));
    }

    /**
     * A builder for a line, for reading one back from storage.
     *
     * @return a new builder
     */
    public static ScoreLineBuilder builder() {
        return new ScoreLineBuilder();
    }

    private static BigDecimal contributionOf(BigDecimal weight, BigDecimal score) {
        return Exact.shortest(weight.multiply(score).movePointLeft(2));
    }
}
