package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A range of calendar days, both ends included: 2024-06-01…2024-06-18 is 18 days.
 *
 * @param start the first day
 * @param end   the last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Checks the range.
     *
     * @throws NullPointerException     if an end is null, naming it
     * @throws IllegalArgumentException if {@code end} is before {@code start}, naming {@code end}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw InvalidValueException.of(ValueViolation.BEFORE, "end", end, "start", start);
        }
    }

    /**
     * The range from {@code start} to {@code end}, both included.
     *
     * @param start the first day
     * @param end   the last day
     * @return the range
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /**
     * The range of a single day.
     *
     * @param day the day
     * @return the range
     */
    public static DateRange ofDay(LocalDate day) {
        return new DateRange(day, day);
    }

    /**
     * The number of calendar days in the range, both ends included (at least 1).
     *
     * @return the number of days
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Whether the day lies in the range.
     *
     * @param day the day
     * @return true if {@code start ≤ day ≤ end}
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Whether another range lies wholly inside this one.
     *
     * @param other the other range
     * @return true if both its ends are in this range
     */
    public boolean contains(DateRange other) {
        Objects.requireNonNull(other, "other");
        return contains(other.start) && contains(other.end);
    }

    /**
     * Whether the two ranges share at least one day.
     *
     * @param other the other range
     * @return true if they overlap
     */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * This range moved by a number of days.
     *
     * @param days the days to move, negative to move earlier
     * @return the moved range
     */
    public DateRange plusDays(long days) {
        return new DateRange(start.plusDays(days), end.plusDays(days));
    }

    @Override
    public String toString() {
        return start + "…" + end;
    }
}
