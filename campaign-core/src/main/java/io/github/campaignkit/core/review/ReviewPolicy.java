package io.github.campaignkit.core.review;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When the evaluation report is due: a number of working days after the campaign's last day. The
 * seeds' rule is 3 working days (活动结束后3个工作日), counted on the campaign's own calendar, with
 * its public holidays and make-up working days (调休): the campaign's gates and monitor give a
 * policy without a calendar of its own the campaign's ({@link #orCalendar}).
 *
 * @param workingDays the working days after the end, at least 0
 * @param calendar    the calendar the days are counted on, if not the campaign's
 */
public record ReviewPolicy(int workingDays, Optional<WorkingCalendar> calendar) {

    /** The seeds' allowance: 3 working days. */
    public static final int STANDARD_WORKING_DAYS = 3;

    private static final ReviewPolicy STANDARD = new ReviewPolicy(STANDARD_WORKING_DAYS, Optional.empty());

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if the calendar is null
     * @throws IllegalArgumentException if the working days are negative, naming {@code workingDays}
     */
    public ReviewPolicy {
        if (workingDays < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "workingDays", workingDays);
        }
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * 3 working days on the campaign's calendar.
     *
     * @return the standard policy
     */
    public static ReviewPolicy standard() {
        return STANDARD;
    }

    /**
     * 3 working days on the given calendar, whatever the campaign's.
     *
     * @param calendar the calendar
     * @return the policy
     */
    public static ReviewPolicy on(WorkingCalendar calendar) {
        return new ReviewPolicy(STANDARD_WORKING_DAYS, Optional.of(Objects.requireNonNull(calendar, "calendar")));
    }

    /**
     * This policy with another allowance, on the same calendar.
     *
     * @param days the working days after the end, at least 0
     * @return the policy
     */
    public ReviewPolicy withWorkingDays(int days) {
        return new ReviewPolicy(days, calendar);
    }

    /**
     * This policy, counting on the given calendar unless it has one of its own: how a campaign hands
     * its calendar to the policy.
     *
     * @param campaignCalendar the campaign's calendar
     * @return this policy if it has a calendar, else one on the campaign's
     */
    public ReviewPolicy orCalendar(WorkingCalendar campaignCalendar) {
        Objects.requireNonNull(campaignCalendar, "campaignCalendar");
        return calendar.isPresent() ? this : new ReviewPolicy(workingDays, Optional.of(campaignCalendar));
    }

    /**
     * The day the evaluation report is due for a campaign window: {@code workingDays} working days
     * after the window's last day, on the policy's calendar (seed 004 ends Saturday 2024-08-10: due
     * Wednesday 08-14 on a Monday–Friday calendar). A policy not yet given a calendar counts Monday
     * to Friday; a campaign gives it its own first.
     *
     * @param window the campaign window
     * @return the last day the report is on time
     * @throws IllegalArgumentException if the calendar does not cover the days counted
     */
    public LocalDate due(DateRange window) {
        Objects.requireNonNull(window, "window");
        return calendar.orElse(WorkingCalendar.mondayToFriday()).plusWorkingDays(window.end(), workingDays);
    }
}
