package io.github.campaignkit.core.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One finding of a rule: a stable {@linkplain #code() code}, a {@linkplain #severity() severity},
 * the {@linkplain #path() path} of the offending part and the {@linkplain #arguments() arguments}
 * its message is rendered with.
 *
 * <p>Codes are dotted and lower case ({@code budget.contingency.below-min}) and never change
 * between releases: applications may switch on them. Paths name the offending part from the
 * value the rule was given, in the form {@code budget.lines[3].unitPrice}; the empty path means
 * the value as a whole. Messages are rendered on demand in the reader's language, see
 * {@link #message(Locale)} and {@link MessageRenderer}.
 *
 * @param code      the stable code, dotted lower-case words
 * @param severity  whether it blocks ({@link Severity#ERROR}) or only warns
 * @param path      the path of the offending part, empty for the whole value
 * @param arguments the values the message refers to, in the order of its {@code {0}}, {@code {1}} …
 */
public record Violation(String code, Severity severity, String path, List<Object> arguments) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    /**
     * Checks every component.
     *
     * @throws NullPointerException     if a component or an argument is null, naming it
     * @throws IllegalArgumentException if the code is not dotted lower-case words
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(arguments, "arguments");
        if (!CODE.matcher(code).matches()) {
            throw InvalidValueException.of(ValueViolation.CODE, "code", code);
        }
        for (int i = 0; i < arguments.size(); i++) {
            Objects.requireNonNull(arguments.get(i), "arguments[" + i + "]");
        }
        arguments = List.copyOf(arguments);
    }

    /**
     * A violation of one of this library's codes, with the code's default severity.
     *
     * @param code      the code
     * @param path      the path of the offending part, empty for the whole value
     * @param arguments the message arguments
     * @return the violation
     */
    public static Violation of(ViolationCode code, String path, Object... arguments) {
        Objects.requireNonNull(code, "code");
        return new Violation(code.code(), code.severity(), path, Arrays.asList(arguments));
    }

    /**
     * A violation of any code, typically one an application declares for its own rules.
     *
     * @param code      the stable code, dotted lower-case words
     * @param severity  its severity
     * @param path      the path of the offending part, empty for the whole value
     * @param arguments the message arguments
     * @return the violation
     */
    public static Violation of(String code, Severity severity, String path, Object... arguments) {
        return new Violation(code, severity, path, Arrays.asList(arguments));
    }

    /**
     * Whether this violation blocks.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Whether this violation only warns.
     *
     * @return true for {@link Severity#WARNING}
     */
    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /**
     * This violation with the given severity.
     *
     * @param newSeverity the severity, e.g. from a policy that downgrades a rule
     * @return a copy with that severity
     */
    public Violation withSeverity(Severity newSeverity) {
        return new Violation(code, newSeverity, path, arguments);
    }

    /**
     * This violation seen from an enclosing value: the path is prefixed, so that a profile rule's
     * {@code phases[1].range} becomes {@code profile.phases[1].range} when the campaign reports it.
     *
     * @param prefix the path of the part the violation was found in
     * @return a copy with the longer path
     */
    public Violation under(String prefix) {
        return new Violation(code, severity, RulePaths.join(prefix, path), arguments);
    }

    /**
     * The message in the given language, from this library's bundle. Codes the library does not
     * know render as the code and its arguments; use a {@link MessageRenderer} with the
     * application's bundle for those.
     *
     * @param locale the reader's language
     * @return the message, never blank
     */
    public String message(Locale locale) {
        return MessageRenderer.standard().message(this, locale);
    }
}
