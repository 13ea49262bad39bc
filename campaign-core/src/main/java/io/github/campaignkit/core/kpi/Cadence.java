package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How often a metric is observed (数据采集频率), seed 001: ads and sign-ups daily, content and
 * traffic weekly on Mondays, sales, users and ROI monthly by the 5th.
 *
 * <p>A cadence names the days an observation is expected on: every day, one weekday each week, or
 * one day of each month (the last day of a shorter month when the day does not exist in it). An
 * expected observation still missing once its day has passed is late; see
 * {@link DashboardRow#lateDates()}. On a working calendar, a weekly or monthly observation expected
 * on a day off is {@linkplain #dueBy due} the next working day: "by the 5th" is 2024-10-08 when the
 * 5th falls in the National Day holiday.
 */
public sealed interface Cadence {

    /**
     * Whether an observation is expected on a day.
     *
     * @param day the day
     * @return true if the cadence falls on it
     */
    boolean expects(LocalDate day);

    /**
     * The last day an observation expected on a day is on time, on a working calendar: the day
     * itself for a daily cadence (daily data does not stop for a holiday); for a weekly or monthly
     * one, the day if the calendar works it, else the next working day. A day the calendar does not
     * cover is not moved.
     *
     * @param day      a day the cadence {@linkplain #expects expects} an observation on
     * @param calendar the campaign's working calendar
     * @return the due day, not before {@code day}
     */
    default LocalDate dueBy(LocalDate day, WorkingCalendar calendar) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(calendar, "calendar");
        try {
            return calendar.workingDayOnOrAfter(day);
        } catch (InvalidValueException beyondCoverage) {
            return day;
        }
    }

    /**
     * Every day.
     *
     * @return the cadence
     */
    static Cadence daily() {
        return new Daily();
    }

    /**
     * Once a week, on the given weekday.
     *
     * @param day the weekday, e.g. {@link DayOfWeek#MONDAY}
     * @return the cadence
     */
    static Cadence weekly(DayOfWeek day) {
        return new Weekly(day);
    }

    /**
     * Once a month, on the given day of the month (the month's last day when it is shorter).
     *
     * @param dayOfMonth 1 to 31, e.g. 5 for "by the 5th"
     * @return the cadence
     */
    static Cadence monthly(int dayOfMonth) {
        return new Monthly(dayOfMonth);
    }

    /** Every day (实时/每日). */
    record Daily() implements Cadence {

        /** Daily data does not stop for a day off: the day itself. */
        @Override
        public LocalDate dueBy(LocalDate day, WorkingCalendar calendar) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(calendar, "calendar");
            return day;
        }

        @Override
        public boolean expects(LocalDate day) {
            Objects.requireNonNull(day, "day");
            return true;
        }
    }

    /**
     * Once a week (每周).
     *
     * @param day the weekday the observation is expected on
     */
    record Weekly(DayOfWeek day) implements Cadence {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if the day is null
         */
        public Weekly {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public boolean expects(LocalDate date) {
            return date.getDayOfWeek() == day;
        }
    }

    /**
     * Once a month (每月).
     *
     * @param dayOfMonth the day of the month, 1 to 31; a month without that day expects its last day
     */
    record Monthly(int dayOfMonth) implements Cadence {

        /**
         * Checks the component.
         *
         * @throws IllegalArgumentException if the day is not 1 to 31
         */
        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw InvalidValueException.of(ValueViolation.OUT_OF_RANGE, "dayOfMonth", dayOfMonth, 1, 31);
            }
        }

        @Override
        public boolean expects(LocalDate date) {
            return date.getDayOfMonth() == Math.min(dayOfMonth, date.lengthOfMonth());
        }
    }
}
