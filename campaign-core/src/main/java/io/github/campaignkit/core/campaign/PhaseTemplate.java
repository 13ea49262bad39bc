package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A phase kept for the next campaign: its kind and its place in the window as days from the
 * window's first day, with no date. Seed 004's warm-up 07-31…08-05 in a window from 07-31 is
 * offset 0 for 6 days.
 *
 * @param kind   warm-up, burst or continuation
 * @param offset its first day, in days after the window's first day, at least 0
 * @param days   how many days it lasts, at least 1
 */
public record PhaseTemplate(PhaseKind kind, int offset, int days) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if the kind is null
     * @throws IllegalArgumentException if the offset is negative or the days below 1, naming the field
     */
    public PhaseTemplate {
        Objects.requireNonNull(kind, "kind");
        if (offset < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "offset", offset);
        }
        if (days < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "days", days, 1);
        }
    }

    /**
     * The template of a phase of a window.
     *
     * @param phase       the phase
     * @param windowStart the window's first day
     * @return the template; a phase that starts before the window counts from the window's start
     */
    public static PhaseTemplate from(Phase phase, LocalDate windowStart) {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(windowStart, "windowStart");
        long offset = Math.max(0, ChronoUnit.DAYS.between(windowStart, phase.range().start()));
        long days = ChronoUnit.DAYS.between(windowStart.plusDays(offset), phase.range().end()) + 1;
        return new PhaseTemplate(phase.kind(), Math.toIntExact(offset), Math.toIntExact(Math.max(1, days)));
    }

    /**
     * The phase for a window starting on a day.
     *
     * @param windowStart the window's first day
     * @return the dated phase
     */
    public Phase dated(LocalDate windowStart) {
        Objects.requireNonNull(windowStart, "windowStart");
        LocalDate start = windowStart.plusDays(offset);
        return Phase.of(kind, DateRange.of(start, start.plusDays(days - 1L)));
    }
}
