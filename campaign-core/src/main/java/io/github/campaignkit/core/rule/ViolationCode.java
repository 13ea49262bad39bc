package io.github.campaignkit.core.rule;

/**
 * A stable violation code known to this library, declared by an enum of the package whose rule
 * raises it. Its message in every supported language is in the bundle
 * {@code io.github.campaignkit.core.rule.messages} under {@link #code()}.
 *
 * <p>Applications declare their own codes as plain strings with {@link Violation#of}; they render
 * them with a {@link MessageRenderer} that includes their own bundle.
 */
public interface ViolationCode {

    /**
     * The stable, dotted, lower-case code, for example {@code campaign.profile.phase.outside-window}.
     *
     * @return the code
     */
    String code();

    /**
     * The severity this code is raised with unless a policy says otherwise.
     *
     * @return the default severity
     */
    Severity severity();
}
