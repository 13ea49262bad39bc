package io.github.campaignkit.core.team;

import java.time.Instant;
import java.util.Objects;

/**
 * A remedy plan (补救方案) for a delayed task: what will be done to catch up, e.g. more people or
 * another priority (seed 001). Due within {@linkplain TeamPolicy#remedyPlanWithin() 24 hours} of
 * the delay by default.
 *
 * @param at   when it was recorded
 * @param by   who recorded it
 * @param plan what will be done
 */
public record RemedyPlan(Instant at, MemberId by, String plan) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public RemedyPlan {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * A remedy plan recorded at the given time.
     *
     * @param at   when
     * @param by   who
     * @param plan what will be done
     * @return the plan
     */
    public static RemedyPlan of(Instant at, MemberId by, String plan) {
        return new RemedyPlan(at, by, plan);
    }
}
