package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Labelled;
import java.util.Locale;
import java.util.Objects;

/**
 * One level of a {@link RatingScale}: its {@link Rating} code and its labels in Chinese and English,
 * for example {@code MEDIUM} / 中 / medium. Scales are configuration, so their labels are data
 * rather than bundle entries; a level renders in a violation message like any labelled enum.
 *
 * @param rating the level's code
 * @param zh     the Chinese label, e.g. {@code 中}: not blank, no surrounding white space
 * @param en     the English label, e.g. {@code medium}: not blank, no surrounding white space
 */
public record ScaleLevel(Rating rating, String zh, String en) implements Labelled {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if a label is blank, padded or longer than 128 characters
     */
    public ScaleLevel {
        Objects.requireNonNull(rating, "rating");
        Checks.id(zh, "zh");
        Checks.id(en, "en");
    }

    /**
     * The level with the given code and labels.
     *
     * @param code the rating's code, e.g. {@code MEDIUM}
     * @param zh   the Chinese label
     * @param en   the English label
     * @return the level
     */
    public static ScaleLevel of(String code, String zh, String en) {
        return new ScaleLevel(Rating.of(code), zh, en);
    }

    /**
     * The rating's code, as {@link Labelled} asks of a constant.
     *
     * @return the code, e.g. {@code MEDIUM}
     */
    @Override
    public String name() {
        return rating.value();
    }

    /**
     * The Chinese label for a Chinese locale, the English one for every other.
     *
     * @param locale the reader's language
     * @return the label
     */
    @Override
    public String label(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    @Override
    public String toString() {
        return rating.value();
    }
}
