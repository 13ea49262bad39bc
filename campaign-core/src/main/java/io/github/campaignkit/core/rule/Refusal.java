package io.github.campaignkit.core.rule;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a command was refused: every violation found, never just the first.
 *
 * <p>A refusal holds at least one violation. Render it for a reader with
 * {@link #message(Locale)} or item by item with a {@link MessageRenderer}.
 *
 * @param violations every violation that made the command fail, in the order the rules ran
 */
public record Refusal(Seq<Violation> violations) {

    /**
     * Checks that there is at least one violation.
     *
     * @throws NullPointerException     if the violations or one of them is null
     * @throws IllegalArgumentException if there is no violation
     */
    public Refusal {
        Objects.requireNonNull(violations, "violations");
        violations = List.ofAll(violations);
        violations.forEach(v -> Objects.requireNonNull(v, "violations[]"));
        if (violations.isEmpty()) {
            throw InvalidValueException.of(ValueViolation.EMPTY, "violations");
        }
    }

    /**
     * A refusal for the given violations.
     *
     * @param first the first violation
     * @param more  further violations
     * @return the refusal
     */
    public static Refusal of(Violation first, Violation... more) {
        return new Refusal(List.of(first).appendAll(List.of(more)));
    }

    /**
     * A refusal for the given violations.
     *
     * @param violations at least one violation
     * @return the refusal
     */
    public static Refusal of(Iterable<Violation> violations) {
        return new Refusal(List.ofAll(violations));
    }

    /**
     * The codes of the violations, in order.
     *
     * @return the codes
     */
    public Seq<String> codes() {
        return violations.map(Violation::code);
    }

    /**
     * Whether one of the violations has the given code.
     *
     * @param code the code
     * @return true if present
     */
    public boolean hasCode(String code) {
        return violations.exists(v -> v.code().equals(code));
    }

    /**
     * Whether one of the violations has the given code.
     *
     * @param code the code
     * @return true if present
     */
    public boolean hasCode(ViolationCode code) {
        return hasCode(code.code());
    }

    /**
     * Every violation as one line each, in the reader's language, with severity and path.
     *
     * @param locale the reader's language
     * @return the lines joined by {@code \n}
     */
    public String message(Locale locale) {
        return MessageRenderer.standard().describe(this, locale);
    }
}
