package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.PhaseKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a {@link Trigger} looks at: a date, a day of a phase (预热期首日, the first warm-up day),
 * a whole phase, or a range of dates. Phases are resolved against the campaign's phases when the
 * trigger is evaluated; a period that names a phase the campaign does not have is a violation.
 */
public sealed interface TriggerPeriod {

    /**
     * One date.
     *
     * @param date the date
     * @return the period
     */
    static OnDate on(LocalDate date) {
        return new OnDate(date);
    }

    /**
     * The n-th day of a phase.
     *
     * @param phase the phase
     * @param day   1 for the phase's first day
     * @return the period
     */
    static PhaseDay dayOf(PhaseKind phase, int day) {
        return new PhaseDay(phase, day);
    }

    /**
     * The first day of a phase: {@code firstDayOf(WARM_UP)} is 预热期首日.
     *
     * @param phase the phase
     * @return the period
     */
    static PhaseDay firstDayOf(PhaseKind phase) {
        return new PhaseDay(phase, 1);
    }

    /**
     * Every day of a phase.
     *
     * @param phase the phase
     * @return the period
     */
    static InPhase during(PhaseKind phase) {
        return new InPhase(phase);
    }

    /**
     * Every day of a range.
     *
     * @param range the days
     * @return the period
     */
    static Between between(DateRange range) {
        return new Between(range);
    }

    /**
     * One date.
     *
     * @param date the date
     */
    record OnDate(LocalDate date) implements TriggerPeriod {

        /**
         * Checks the date.
         *
         * @throws NullPointerException if the date is null
         */
        public OnDate {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The n-th day of a phase, counting its first day as 1.
     *
     * @param phase the phase
     * @param day   the day, at least 1
     */
    record PhaseDay(PhaseKind phase, int day) implements TriggerPeriod {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if the phase is null
         * @throws IllegalArgumentException if the day is below 1
         */
        public PhaseDay {
            Objects.requireNonNull(phase, "phase");
            if (day < 1) {
                throw InvalidValueException.of(ValueViolation.BELOW, "day", day, 1);
            }
        }
    }

    /**
     * Every day of a phase.
     *
     * @param phase the phase
     */
    record InPhase(PhaseKind phase) implements TriggerPeriod {

        /**
         * Checks the phase.
         *
         * @throws NullPointerException if the phase is null
         */
        public InPhase {
            Objects.requireNonNull(phase, "phase");
        }
    }

    /**
     * Every day of a range of dates.
     *
     * @param range the days
     */
    record Between(DateRange range) implements TriggerPeriod {

        /**
         * Checks the range.
         *
         * @throws NullPointerException if the range is null
         */
        public Between {
            Objects.requireNonNull(range, "range");
        }
    }
}
