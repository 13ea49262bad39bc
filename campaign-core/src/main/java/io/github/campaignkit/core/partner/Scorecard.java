package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How partner candidates are scored (合作方评估维度): weighted criteria and the scale every score is
 * given on, for example 0 to 10.
 *
 * <p>A candidate's weighted score is {@code Σ weight × score / 100}, on the same scale as its
 * scores. The weights must add up to exactly 100%; a scorecard whose weights do not is still a value
 * (a draft typed by a person), and {@link PartnerRules#scoring()} reports it
 * ({@code partner.weights.sum}).
 *
 * @param criteria the criteria, in the order they are shown
 * @param minScore the lowest score allowed
 * @param maxScore the highest score allowed, above {@code minScore}
 */
@Value.Builder
public record Scorecard(List<Criterion> criteria, BigDecimal minScore, BigDecimal maxScore) {

    private static final Scorecard EMPTY = new Scorecard(List.of(), BigDecimal.ZERO, BigDecimal.TEN);

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or a criterion is null, naming it
     * @throws IllegalArgumentException if the scale is empty or reversed, naming {@code maxScore}, or
     *                                  a bound has too many digits, naming it
     */
    public Scorecard {
        criteria = Checks.list(criteria, "criteria");
        Objects.requireNonNull(minScore, "minScore");
        Objects.requireNonNull(maxScore, "maxScore");
        minScore = Numbers.normal(minScore, "minScore");
        maxScore = Numbers.normal(maxScore, "maxScore");
        if (maxScore.compareTo(minScore) <= 0) {
            throw InvalidValueException.of(PartnerViolation.EMPTY_SCALE, "maxScore", minScore, maxScore);
        }
    }

    /**
     * The scorecard of a plan not started yet: no criteria, scores from 0 to 10.
     *
     * @return the empty scorecard
     */
    public static Scorecard empty() {
        return EMPTY;
    }

    /**
     * A scorecard on the given scale.
     *
     * @param minScore the lowest score
     * @param maxScore the highest score
     * @param criteria the criteria
     * @return the scorecard
     */
    public static Scorecard of(BigDecimal minScore, BigDecimal maxScore, Criterion... criteria) {
        return new Scorecard(List.of(criteria), minScore, maxScore);
    }

    /**
     * A builder for a scorecard.
     *
     * @return a new builder
     */
    public static ScorecardBuilder builder() {
        return new ScorecardBuilder();
    }

    /**
     * The criterion with the given name.
     *
     * @param name the name
     * @return the first criterion so named, if any
     */
    public Optional<Criterion> criterion(String name) {
        Objects.requireNonNull(name, "name");
        return criteria.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The sum of the weights, in percent: 100 on a valid scorecard.
     *
     * @return the sum
     */
    public BigDecimal totalWeight() {
        return criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Whether a score lies on this scale, both ends included.
     *
     * @param score the score
     * @return true if {@code minScore ≤ score ≤ maxScore}
     */
    public boolean allows(BigDecimal score) {
        Objects.requireNonNull(score, "score");
        return score.compareTo(minScore) >= 0 && score.compareTo(maxScore) <= 0;
    }
}
