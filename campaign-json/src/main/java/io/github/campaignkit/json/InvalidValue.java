package io.github.campaignkit.json;

import java.util.List;
import java.util.Locale;

/**
 * Thrown by the module's own deserializers for a value they refuse: carries the problem and its
 * arguments so that {@link CampaignJson} reports it in the reader's language, at the pointer
 * Jackson adds. On an application's own mapper it surfaces, wrapped by Jackson, with an English
 * message.
 */
final class InvalidValue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Fault problem;
    private final List<Object> arguments;

    InvalidValue(Fault problem, Object... arguments) {
        super(Messages.render(problem.code(), Locale.ENGLISH, List.of(arguments)));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    /**
     * The model refused the value: the problem is {@link Fault#INVALID_VALUE}, the reason the
     * model's, and the model's exception the cause that the reader's exception keeps.
     */
    static InvalidValue refusedBy(IllegalArgumentException model) {
        InvalidValue invalid = new InvalidValue(Fault.INVALID_VALUE, Translator.reasonOf(model));
        invalid.initCause(model);
        return invalid;
    }

    Fault problem() {
        return problem;
    }

    List<Object> arguments() {
        return arguments;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
