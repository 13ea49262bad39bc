package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.goal.GoalRules;
import io.github.campaignkit.core.goal.SmartPolicy;
import io.github.campaignkit.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The gate rules this library checks before a campaign leaves a stage. {@link Lifecycle#standard()}
 * uses {@link #defaults(Stage)}; an application that wants another selection builds its lifecycle
 * from {@link Lifecycle#withoutGates()} and the rules here and of its own.
 *
 * <p>Each rule reports its violations with paths from the campaign ({@code profile.theme},
 * {@code goals.goals[2].deadline}).
 */
public final class Gates {

    private static final Rule<Campaign> PROFILE_COMPLETE =
            campaign -> ProfileRules.standard().under("profile").check(campaign.profile());
    private static final Rule<Campaign> GOALS_SET =
            campaign -> GoalRules.notEmpty().under("goals").check(campaign.goals());
    private static final Rule<Campaign> GOALS_SMART = goalsSmart(SmartPolicy.defaults());
    private static final Rule<Campaign> GOALS_SIGNED = campaign -> GoalRules.signedBy(campaign.profile().departments())
            .under("goals").check(campaign.goals());
    private static final Rule<Campaign> GOAL_ACTUALS =
            campaign -> GoalRules.results().under("goals").check(campaign.goals());

    private Gates() {
    }

    /**
     * The profile is complete and valid: {@link ProfileRules#standard()} applied to the campaign's
     * profile.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> profileComplete() {
        return PROFILE_COMPLETE;
    }

    /**
     * At least one goal is set ({@link GoalRules#notEmpty()}).
     *
     * @return the gate rule
     */
    public static Rule<Campaign> goalsSet() {
        return GOALS_SET;
    }

    /**
     * The goals pass the SMART check ({@link GoalRules#smart}) against the campaign's window, with
     * the {@linkplain SmartPolicy#defaults() default policy}; achievability findings are warnings.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> goalsSmart() {
        return GOALS_SMART;
    }

    /**
     * The goals pass the SMART check against the campaign's window, with the given policy.
     *
     * @param policy the SMART bounds
     * @return the gate rule
     */
    public static Rule<Campaign> goalsSmart(SmartPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return campaign -> GoalRules.smart(campaign.profile().window(), policy).under("goals")
                .check(campaign.goals());
    }

    /**
     * Every participating department of the profile has signed the goals as they are now
     * ({@link GoalRules#signedBy}): the 活动目标确认书 is complete.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> goalsSigned() {
        return GOALS_SIGNED;
    }

    /**
     * Every goal has an actual recorded ({@link GoalRules#results()}); an unmet goal without an
     * analysis is a warning.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> goalActuals() {
        return GOAL_ACTUALS;
    }

    /**
     * The default gate rules checked before leaving a stage: leaving {@link Stage#PLANNING} needs
     * a complete profile, at least one goal, no SMART error and every participating department's
     * signature; leaving {@link Stage#REVIEW} needs an actual for every goal.
     *
     * @param leaving the stage being left
     * @return the rules, empty for a stage without default gates
     */
    public static Seq<Rule<Campaign>> defaults(Stage leaving) {
        Objects.requireNonNull(leaving, "leaving");
        switch (leaving) {
            case PLANNING:
                return List.of(PROFILE_COMPLETE, GOALS_SET, GOALS_SMART, GOALS_SIGNED);
            case REVIEW:
                return List.of(GOAL_ACTUALS);
            default:
                return List.empty();
        }
    }
}
