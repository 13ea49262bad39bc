package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.schedule.ScheduleRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The gate rules this library checks before a campaign leaves a stage. {@link Lifecycle#standard()}
 * uses {@link #defaults(Stage)}; an application that wants another selection builds its lifecycle
 * from {@link Lifecycle#withoutGates()} and the rules here and of its own.
 *
 * <p>Each rule reports its violations with paths from the campaign ({@code profile.theme}).
 */
public final class Gates {

    private static final Rule<Campaign> PROFILE_COMPLETE =
            campaign -> ProfileRules.standard().under("profile").check(campaign.profile());

    private static final Rule<Campaign> SCHEDULE_READY = campaign -> ScheduleRules
            .readyWithin(campaign.profile().window()).under("schedule").check(campaign.schedule());

    private Gates() {
    }

    /**
     * The schedule is ready for execution: it has tasks, passes {@link ScheduleRules#standard()}
     * (no cycle, no dangling or duplicate id, deadlines met …), every task has an owner, and every
     * task finishes inside the campaign window (a warning only for tasks of the continuation
     * phase). Checked before leaving {@link Stage#PREPARATION}.
     *
     * @return the gate rule
     */
    public static Rule<Campaign> scheduleReady() {
        return SCHEDULE_READY;
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
     * The default gate rules checked before leaving a stage.
     *
     * @param leaving the stage being left
     * @return the rules, empty for a stage without default gates
     */
    public static Seq<Rule<Campaign>> defaults(Stage leaving) {
        Objects.requireNonNull(leaving, "leaving");
        switch (leaving) {
            case PLANNING:
                return List.of(PROFILE_COMPLETE);
            case PREPARATION:
                return List.of(SCHEDULE_READY);
            default:
                return List.empty();
        }
    }
}
