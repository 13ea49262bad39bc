package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.TeamRole;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where issues of one severity go first and how fast they must be handled. Each handler on the
 * reporting line gets {@code respondWithin} to answer before the issue goes one tier up.
 *
 * @param handler       the tier that answers first: {@link TeamRole#MODULE_LEAD} (the lead of the
 *                      issue's module) or {@link TeamRole#OVERALL_LEAD}
 * @param respondWithin how long each handler has to answer, positive
 * @param resolveWithin how long from raising until the issue must be resolved, if there is such a
 *                      limit; positive
 */
public record IssueRoute(TeamRole handler, Duration respondWithin, Optional<Duration> resolveWithin) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the handler is the executor tier or a duration is not
     *                                  positive, naming the field
     */
    public IssueRoute {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(respondWithin, "respondWithin");
        Checks.optional(resolveWithin, "resolveWithin");
        if (handler == TeamRole.EXECUTOR) {
            throw InvalidValueException.of(TrackingViolation.ISSUE_HANDLER, "handler", handler);
        }
        if (respondWithin.isNegative() || respondWithin.isZero()) {
            throw InvalidValueException.of(ValueViolation.NOT_POSITIVE, "respondWithin", respondWithin);
        }
        if (resolveWithin.filter(d -> d.isNegative() || d.isZero()).isPresent()) {
            throw InvalidValueException.of(ValueViolation.NOT_POSITIVE, "resolveWithin", resolveWithin.get());
        }
    }

    /**
     * A route with a response deadline only.
     *
     * @param handler       the first tier
     * @param respondWithin the time each handler has to answer
     * @return the route
     */
    public static IssueRoute of(TeamRole handler, Duration respondWithin) {
        return new IssueRoute(handler, respondWithin, Optional.empty());
    }

    /**
     * A route with a response and a resolution deadline.
     *
     * @param handler       the first tier
     * @param respondWithin the time each handler has to answer
     * @param resolveWithin the time from raising to resolution
     * @return the route
     */
    public static IssueRoute of(TeamRole handler, Duration respondWithin, Duration resolveWithin) {
        return new IssueRoute(handler, respondWithin, Optional.of(resolveWithin));
    }
}
