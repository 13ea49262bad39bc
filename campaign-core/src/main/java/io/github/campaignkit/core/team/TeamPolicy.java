package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.time.Duration;
import java.util.Objects;

/**
 * The limits the team, board and RACI rules apply. The seeds set the remedy window (seed 001: a
 * delayed task gets a remedy plan within 24 hours); they give no number for the RACI limits, so
 * this library's defaults are 5 concurrent accountable tasks per member and 3 consultees per task.
 *
 * @param maxConcurrentAccountable the most tasks running on the same day a member may be accountable
 *                                 for before a warning, at least 1
 * @param maxConsulted             the most members a task may consult before a warning, at least 0
 * @param remedyPlanWithin         how soon after a task is delayed its remedy plan is due, positive
 */
public record TeamPolicy(int maxConcurrentAccountable, int maxConsulted, Duration remedyPlanWithin) {

    private static final TeamPolicy STANDARD = new TeamPolicy(5, 3, Duration.ofHours(24));

    /**
     * Checks the limits.
     *
     * @throws NullPointerException     if the duration is null
     * @throws IllegalArgumentException if a limit is out of range, naming it
     */
    public TeamPolicy {
        Objects.requireNonNull(remedyPlanWithin, "remedyPlanWithin");
        if (maxConcurrentAccountable < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "maxConcurrentAccountable", maxConcurrentAccountable, 1);
        }
        if (maxConsulted < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "maxConsulted", maxConsulted);
        }
        if (remedyPlanWithin.isNegative() || remedyPlanWithin.isZero()) {
            throw InvalidValueException.of(ValueViolation.NOT_POSITIVE, "remedyPlanWithin", remedyPlanWithin);
        }
    }

    /**
     * The default policy: 5 concurrent accountable tasks, 3 consultees, remedy plan within 24 hours.
     *
     * @return the standard policy
     */
    public static TeamPolicy standard() {
        return STANDARD;
    }

    /**
     * This policy with another limit of concurrent accountable tasks.
     *
     * @param max the limit
     * @return a copy
     */
    public TeamPolicy withMaxConcurrentAccountable(int max) {
        return new TeamPolicy(max, maxConsulted, remedyPlanWithin);
    }

    /**
     * This policy with another limit of consultees.
     *
     * @param max the limit
     * @return a copy
     */
    public TeamPolicy withMaxConsulted(int max) {
        return new TeamPolicy(maxConcurrentAccountable, max, remedyPlanWithin);
    }

    /**
     * This policy with another remedy window.
     *
     * @param within the window
     * @return a copy
     */
    public TeamPolicy withRemedyPlanWithin(Duration within) {
        return new TeamPolicy(maxConcurrentAccountable, maxConsulted, within);
    }
}
