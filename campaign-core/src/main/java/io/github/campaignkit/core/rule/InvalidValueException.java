package io.github.campaignkit.core.rule;

import java.util.Locale;
import java.util.Objects;

/**
 * A value a constructor or factory of campaignkit refuses, such as a negative quantity or a date
 * range that ends before it starts. It is still an {@link IllegalArgumentException}, so code that
 * catches those keeps working, and it carries the same {@link Violation} a rule would report: a
 * stable {@linkplain Violation#code() code}, the {@linkplain Violation#path() path} of the refused
 * field (relative to the value being built, e.g. {@code end} or {@code lines[3]}) and the
 * {@linkplain Violation#arguments() arguments}, so that a service can show the refusal in its
 * user's language:
 *
 * <pre>{@code
 * try {
 *     DateRange.of(start, end);
 * } catch (InvalidValueException e) {
 *     response.error(e.violation().code(), e.message(Locale.SIMPLIFIED_CHINESE));
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is the English {@linkplain #message(Locale) message}, in the form
 * {@code path: reason}. The codes of refusals shared by many values ({@code value.negative},
 * {@code value.blank} …) are listed by {@link ValueViolation}; the others belong to the package
 * of the value, like the codes of its rules. Subclasses add typed detail for one kind of refusal
 * (a {@code CurrencyMismatchException} names both currencies).
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Violations are immutable but not serializable; a deserialized exception keeps its text. */
    private final transient Violation violation;

    /**
     * An exception carrying the given violation.
     *
     * @param violation what is wrong, with the path of the refused field
     */
    public InvalidValueException(Violation violation) {
        super(Objects.requireNonNull(violation, "violation").path().isEmpty()
                ? violation.message(Locale.ENGLISH)
                : violation.path() + ": " + violation.message(Locale.ENGLISH));
        this.violation = violation;
    }

    /**
     * An exception for one of this library's codes.
     *
     * @param code      the code
     * @param path      the refused field, e.g. {@code end}, or {@code ""} for the value as a whole
     * @param arguments the arguments of the code's message
     * @return the exception, to be thrown
     */
    public static InvalidValueException of(ViolationCode code, String path, Object... arguments) {
        return new InvalidValueException(Violation.of(code, path, arguments));
    }

    /**
     * What is wrong: code, path, arguments.
     *
     * @return the violation; {@code null} only for an exception restored by Java serialization,
     *         which keeps its English message alone
     */
    public Violation violation() {
        return violation;
    }

    /**
     * The message in the reader's language, after the path of the refused field where there is one:
     * {@code end: 2024-10-01 is before start 2024-10-05}, {@code end：2024-10-01 早于 start（2024-10-05）}.
     *
     * @param locale the reader's language
     * @return the message
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String reason = violation.message(locale);
        if (violation.path().isEmpty()) {
            return reason;
        }
        return violation.path() + ("zh".equals(locale.getLanguage()) ? "：" : ": ") + reason;
    }
}
