package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The bounds the SMART check applies where SMART itself leaves a judgement: how far beyond the
 * baseline a target may reach before it is flagged as hard to achieve, and how many working days
 * after the campaign's end a goal's deadline may fall. Working days are counted on the campaign's
 * calendar, which the campaign's gate gives a policy without one of its own ({@link #orCalendar});
 * the same calendar turns a goal's deadline in working days after the end into a day.
 *
 * @param maxUpliftPercent    the largest uplift over the baseline, in percent, that is not flagged
 *                            ({@link GoalViolation#ACHIEVABLE_UPLIFT_TOO_HIGH}); not negative
 * @param deadlineWorkingDays how many working days after the campaign's last day a deadline may
 *                            fall; the seeds' deadlines are 1 to 5 working days after the end, with
 *                            conversion followed for up to 30 days; not negative
 * @param calendar            the calendar working days are counted on, if not the campaign's
 */
public record SmartPolicy(BigDecimal maxUpliftPercent, int deadlineWorkingDays, Optional<WorkingCalendar> calendar) {

    /** The default allowance after the end: 22 working days, a month of Mondays to Fridays. */
    public static final int DEFAULT_DEADLINE_WORKING_DAYS = 22;

    private static final SmartPolicy DEFAULTS = new SmartPolicy(BigDecimal.valueOf(50), DEFAULT_DEADLINE_WORKING_DAYS,
            Optional.empty());

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the bound or the allowance is negative
     */
    public SmartPolicy {
        Objects.requireNonNull(maxUpliftPercent, "maxUpliftPercent");
        Objects.requireNonNull(calendar, "calendar");
        if (maxUpliftPercent.signum() < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "maxUpliftPercent", maxUpliftPercent);
        }
        if (deadlineWorkingDays < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "deadlineWorkingDays", deadlineWorkingDays);
        }
    }

    /**
     * The default policy: an uplift of more than 50% over the baseline is flagged (the seeds aim
     * for +15% to +30%), and a deadline may fall up to {@value #DEFAULT_DEADLINE_WORKING_DAYS}
     * working days after the campaign ends, on the campaign's calendar.
     *
     * @return the default policy
     */
    public static SmartPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * This policy with another uplift bound.
     *
     * @param percent the largest uplift not flagged, in percent
     * @return a copy
     */
    public SmartPolicy withMaxUpliftPercent(BigDecimal percent) {
        return new SmartPolicy(percent, deadlineWorkingDays, calendar);
    }

    /**
     * This policy with another allowance after the end.
     *
     * @param workingDays the working days after the last day a deadline may fall
     * @return a copy
     */
    public SmartPolicy withDeadlineWorkingDays(int workingDays) {
        return new SmartPolicy(maxUpliftPercent, workingDays, calendar);
    }

    /**
     * This policy, counting on the given calendar unless it has one of its own: how a campaign hands
     * its calendar to the policy.
     *
     * @param campaignCalendar the campaign's calendar
     * @return this policy if it has a calendar, else one on the campaign's
     */
    public SmartPolicy orCalendar(WorkingCalendar campaignCalendar) {
        Objects.requireNonNull(campaignCalendar, "campaignCalendar");
        return calendar.isPresent() ? this : new SmartPolicy(maxUpliftPercent, deadlineWorkingDays,
                Optional.of(campaignCalendar));
    }

    /**
     * The calendar working days are counted on: the policy's own, or, for a policy not yet given
     * the campaign's, Monday to Friday.
     *
     * @return the calendar
     */
    public WorkingCalendar countingCalendar() {
        return calendar.orElse(WorkingCalendar.mondayToFriday());
    }
}
