package io.github.campaignkit.core.partner;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A candidate's score on one criterion of the scorecard, with the reason it was given.
 *
 * @param criterion the name of the criterion scored
 * @param value     the score, on the scorecard's scale (checked by {@link PartnerRules#scoring()}),
 *                  at most six fraction digits, with the scale it was given
 * @param note      why, e.g. {@code 同为年轻白领用户}; may be empty
 */
public record Score(String criterion, BigDecimal value, String note) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the value has too many digits, naming {@code value}
     */
    public Score {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
        value = Numbers.normal(value, "value");
    }

    /**
     * A score without a note.
     *
     * @param criterion the name of the criterion
     * @param value     the score, in plain decimal notation
     * @return the score
     * @throws NumberFormatException if the value is not a decimal number
     */
    public static Score of(String criterion, String value) {
        Objects.requireNonNull(value, "value");
        return new Score(criterion, new BigDecimal(value), "");
    }

    /**
     * A score with a note.
     *
     * @param criterion the name of the criterion
     * @param value     the score, in plain decimal notation
     * @param note      why
     * @return the score
     * @throws NumberFormatException if the value is not a decimal number
     */
    public static Score of(String criterion, String value, String note) {
        Objects.requireNonNull(value, "value");
        return new Score(criterion, new BigDecimal(value), note);
    }
}
