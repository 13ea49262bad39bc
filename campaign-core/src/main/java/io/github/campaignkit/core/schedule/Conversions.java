package io.github.campaignkit.core.schedule;

import static io.github.campaignkit.core.schedule.CriticalPathMethod.HIGH;
import static io.github.campaignkit.core.schedule.CriticalPathMethod.LOW;

/**
 * How {@link CriticalPathMethod} turns a bound on one calendar into an index on another, each in
 * constant time through {@link DayIndex}: a <em>boundary</em> of the schedule's calendar (the moment
 * after that many of its working days) or a <em>moment</em> (the start of an epoch day) into the
 * first or last start, finish or milestone index of a task's own calendar that respects it.
 */
final class Conversions {

    private Conversions() {
    }

    /** Boundary {@code B} of the schedule's calendar as the first start index of calendar c at or after it. */
    static int startFromLow(DayIndex c, DayIndex p, int boundary) {
        return c == p ? boundary : c.count(p.day(boundary - 1) + 1);
    }

    /** The first start index of calendar c whose finish, {@code d ≥ 1} days later, is at or after the boundary. */
    static int finishFromLow(DayIndex c, DayIndex p, int boundary, int d) {
        return c == p ? boundary - d : c.count(p.day(boundary - 1)) - d + 1;
    }

    /** The last start index of calendar c at or before the boundary. */
    static int startFromHigh(DayIndex c, DayIndex p, int boundary) {
        return c == p ? boundary : c.count(p.day(boundary) + 1) - 1;
    }

    /** The last start index of calendar c whose finish, {@code d ≥ 1} days later, is at or before the boundary. */
    static int finishFromHigh(DayIndex c, DayIndex p, int boundary, int d) {
        return c == p ? boundary - d : c.count(p.day(boundary)) - d;
    }

    /**
     * The first boundary index of calendar c for a milestone (reached at the end of working day
     * {@code b - 1}, or at the start of the first one) at or after the boundary of the schedule's
     * calendar, whose earliest moment is the day after its last working day.
     */
    static int milestoneFromLow(DayIndex c, DayIndex p, int boundary, int floor) {
        return c == p ? boundary : milestoneFromLowAt(c, p.day(boundary - 1) + 1, floor);
    }

    /** The last boundary index of calendar c for a milestone at or before the boundary. */
    static int milestoneFromHigh(DayIndex c, DayIndex p, int boundary) {
        return c == p ? boundary : c.count(p.day(boundary));
    }

    /** A milestone's boundary index of calendar c as a boundary of the schedule's calendar. */
    static int milestoneBoundary(DayIndex c, DayIndex p, int b, int floor) {
        return c == p ? b : b > floor ? p.count(c.day(b - 1) + 1) : p.count(c.day(b));
    }

    /** The first finish index (last working day) of calendar c whose end is at or after the boundary. */
    static int endFromLow(DayIndex c, DayIndex p, int boundary) {
        return c == p ? boundary - 1 : c.count(p.day(boundary - 1));
    }

    /** The last finish index (last working day) of calendar c whose end is at or before the boundary. */
    static int endFromHigh(DayIndex c, DayIndex p, int boundary) {
        return c == p ? boundary - 1 : c.count(p.day(boundary)) - 1;
    }

    /*
     * Moments: moment t is the start of epoch day t. A LOW floor or HIGH ceiling means none, and
     * each conversion below answers for it a bound that never binds.
     */

    /** The first start index of calendar c at or after moment t. */
    static int startFromLowAt(DayIndex c, int t) {
        return t == LOW ? LOW : c.count(t);
    }

    /** The first start index of calendar c whose finish, {@code d ≥ 1} days later, is at or after moment t. */
    static int finishFromLowAt(DayIndex c, int t, int d) {
        return t == LOW ? LOW : c.count(t - 1) - d + 1;
    }

    /**
     * The first boundary index of calendar c for a milestone reached at or after moment t: the
     * floor when the start of its first working day is late enough, else the end of the first
     * working day that ends at or after t.
     */
    static int milestoneFromLowAt(DayIndex c, int t, int floor) {
        return t == LOW || t <= c.day(floor) ? floor : c.count(t - 1) + 1;
    }

    /** The first finish index (last working day) of calendar c whose end is at or after moment t. */
    static int endFromLowAt(DayIndex c, int t) {
        return t == LOW ? LOW : c.count(t - 1);
    }

    /** The last start index of calendar c at or before moment t. */
    static int startFromHighAt(DayIndex c, int t) {
        return t == HIGH ? HIGH : c.count(t + 1) - 1;
    }

    /**
     * The moment a milestone at boundary index {@code b} of calendar c is reached: the end of
     * working day {@code b - 1}, or, at or below the floor, the start of working day {@code b}.
     */
    static int milestoneAt(DayIndex c, int b, int floor) {
        return b > floor ? c.day(b - 1) + 1 : c.day(b);
    }
}
