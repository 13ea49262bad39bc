package io.github.campaignkit.core.review;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When the evaluation report is due: a number of working days after the campaign's last day, on a
 * working calendar. The seeds' rule is 3 working days (活动结束后3个工作日); holidays and make-up
 * working days (调休) come with the calendar the application gives.
 *
 * @param workingDays the working days after the end, at least 0
 * @param calendar    the calendar the days are counted on
 */
public record ReviewPolicy(int workingDays, WorkingCalendar calendar) {

    /** The seeds' allowance: 3 working days. */
    public static final int STANDARD_WORKING_DAYS = 3;

    private static final ReviewPolicy STANDARD = new ReviewPolicy(STANDARD_WORKING_DAYS,
            WorkingCalendar.mondayToFriday());

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
     * 3 working days, Monday to Friday, no holidays.
     *
     * @return the standard policy
     */
    public static ReviewPolicy standard() {
        return STANDARD;
    }

    /**
     * 3 working days on the given calendar (with its public holidays and make-up days).
     *
     * @param calendar the calendar
     * @return the policy
     */
    public static ReviewPolicy on(WorkingCalendar calendar) {
        return new ReviewPolicy(STANDARD_WORKING_DAYS, calendar);
    }

    /**
     * The day the evaluation report is due for a campaign window: {@code workingDays} working days
     * after the window's last day (seed 004 ends Saturday 2024-08-10: due Wednesday 08-14 on a
     * Monday–Friday calendar).
     *
     * @param window the campaign window
     * @return the last day the report is on time
     */
    public LocalDate due(DateRange window) {
        Objects.requireNonNull(window, "window");
        return calendar.plusWorkingDays(window.end(), workingDays);
    }
}
