package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * An ordered scale of likelihood or impact ratings, lowest first: the seeds' 低 / 中 / 高
 * ({@link #threeLevel()}), PMBOK's five levels ({@link #fiveLevel()}) or any scale of one's own.
 *
 * <p>A level's <em>rank</em> is its position from 1 (the lowest). Each code and each label names
 * exactly one level (English labels regardless of case), so that {@link #parse(String)} reads a
 * table cell such as {@code 中}, {@code medium} or {@code MEDIUM} without ambiguity.
 *
 * @param levels the levels, lowest first; at least one
 */
public record RatingScale(java.util.List<ScaleLevel> levels) {

    private static final RatingScale THREE = new RatingScale(java.util.List.of(
            new ScaleLevel(Rating.LOW, "低", "low"),
            new ScaleLevel(Rating.MEDIUM, "中", "medium"),
            new ScaleLevel(Rating.HIGH, "高", "high")));

    private static final RatingScale FIVE = new RatingScale(java.util.List.of(
            new ScaleLevel(Rating.VERY_LOW, "很低", "very low"),
            new ScaleLevel(Rating.LOW, "低", "low"),
            new ScaleLevel(Rating.MEDIUM, "中", "medium"),
            new ScaleLevel(Rating.HIGH, "高", "high"),
            new ScaleLevel(Rating.VERY_HIGH, "很高", "very high")));

    /**
     * Checks that there is a level and that every code and label names one level only.
     *
     * @throws NullPointerException     if the list or a level is null
     * @throws IllegalArgumentException if the list is empty or a code or label names two levels
     */
    public RatingScale {
        levels = Checks.list(levels, "levels");
        if (levels.isEmpty()) {
            throw InvalidValueException.of(ValueViolation.EMPTY, "levels");
        }
        java.util.Set<Rating> codes = new java.util.HashSet<>();
        for (ScaleLevel level : levels) {
            if (!codes.add(level.rating())) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, "levels", level.rating());
            }
        }
        Map<String, Rating> names = new HashMap<>();
        for (ScaleLevel level : levels) {
            for (String name : java.util.List.of(level.rating().value(), level.zh(), level.en().toLowerCase(Locale.ROOT))) {
                Rating earlier = names.putIfAbsent(name, level.rating());
                if (earlier != null && !earlier.equals(level.rating())) {
                    throw InvalidValueException.of(RiskViolation.LEVEL_NAME, "levels", name, earlier, level.rating());
                }
            }
        }
    }

    /**
     * The scale with the given levels, lowest first.
     *
     * @param levels the levels
     * @return the scale
     */
    public static RatingScale of(ScaleLevel... levels) {
        return new RatingScale(java.util.List.of(levels));
    }

    /**
     * The seeds' three-level scale: {@code LOW} 低 low, {@code MEDIUM} 中 medium, {@code HIGH} 高 high.
     *
     * @return the shared scale
     */
    public static RatingScale threeLevel() {
        return THREE;
    }

    /**
     * A five-level scale: {@code VERY_LOW} 很低, {@code LOW} 低, {@code MEDIUM} 中, {@code HIGH} 高,
     * {@code VERY_HIGH} 很高.
     *
     * @return the shared scale
     */
    public static RatingScale fiveLevel() {
        return FIVE;
    }

    /**
     * The number of levels.
     *
     * @return at least 1
     */
    public int size() {
        return levels.size();
    }

    /**
     * The rank of a rating: 1 for the lowest level.
     *
     * @param rating the rating
     * @return the rank, or empty when the rating is not on this scale
     */
    public OptionalInt rank(Rating rating) {
        Objects.requireNonNull(rating, "rating");
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).rating().equals(rating)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether the rating is on this scale.
     *
     * @param rating the rating
     * @return true if one of the levels has it
     */
    public boolean contains(Rating rating) {
        return rank(rating).isPresent();
    }

    /**
     * The level of a rank.
     *
     * @param rank from 1 (the lowest) to {@link #size()}
     * @return the level
     * @throws IllegalArgumentException if the rank is outside the scale
     */
    public ScaleLevel level(int rank) {
        if (rank < 1 || rank > levels.size()) {
            throw InvalidValueException.of(ValueViolation.OUT_OF_RANGE, "rank", rank, 1, levels.size());
        }
        return levels.get(rank - 1);
    }

    /**
     * The level of a rating.
     *
     * @param rating the rating
     * @return the level, or empty when the rating is not on this scale
     */
    public Optional<ScaleLevel> level(Rating rating) {
        Objects.requireNonNull(rating, "rating");
        return levels.stream().filter(l -> l.rating().equals(rating)).findFirst();
    }

    /**
     * The rating a table cell names: a code ({@code MEDIUM}), a Chinese label ({@code 中}) or an
     * English label in any case ({@code Medium}); white space around the text is ignored.
     *
     * @param text the text of the cell
     * @return the rating, or the violation {@link RiskViolation#RATING_UNKNOWN_LABEL} naming the
     *         text and the labels this scale knows (with an empty path; place it with
     *         {@link Violation#under(String)})
     */
    public Validation<Seq<Violation>, Rating> parse(String text) {
        Objects.requireNonNull(text, "text");
        String wanted = text.strip();
        for (ScaleLevel level : levels) {
            if (level.rating().value().equals(wanted) || level.zh().equals(wanted)
                    || level.en().equalsIgnoreCase(wanted)) {
                return Validation.valid(level.rating());
            }
        }
        return Validation.invalid(List.of(Violation.of(RiskViolation.RATING_UNKNOWN_LABEL, "", text, known())));
    }

    /**
     * The levels as {@code 低/low (LOW), 中/medium (MEDIUM), …}, for messages.
     *
     * @return the description, the same in every language
     */
    String known() {
        return levels.stream().map(l -> l.zh() + "/" + l.en() + " (" + l.rating().value() + ")")
                .collect(Collectors.joining(", "));
    }
}
