package io.github.campaignkit.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A working calendar turned into arithmetic on epoch-day numbers, so that the scheduler never
 * loops over dates: {@link #count(int)} is the number of working days before a day, {@link
 * #day(int)} the inverse, both O(1).
 *
 * <p>Outside the span of the calendar's holidays and extra working days the calendar repeats
 * every week, so both functions have a closed form there; inside that span they read two small
 * tables built once. Counts are relative to an anchor Monday and may be negative.
 */
final class DayIndex {

    /** 1970-01-05, a Monday: weeks are counted from here. */
    private static final int ANCHOR = 4;

    private final int perWeek;
    private final int[] weekPrefix;
    private final int[] weekOffset;
    private final int lo;
    private final int hi;
    private final int[] counts;
    private final int[] days;
    private final boolean[] working;
    private final int delta;

    private DayIndex(boolean[] weekPattern, int lo, int hi, boolean[] working) {
        this.weekPrefix = new int[8];
        int n = 0;
        for (int i = 0; i < 7; i++) {
            weekPrefix[i] = n;
            if (weekPattern[i]) {
                n++;
            }
        }
        weekPrefix[7] = n;
        this.perWeek = n;
        this.weekOffset = new int[n];
        for (int i = 0, r = 0; i < 7; i++) {
            if (weekPattern[i]) {
                weekOffset[r++] = i;
            }
        }
        this.lo = lo;
        this.hi = hi;
        this.working = working;
        this.counts = new int[hi - lo + 1];
        int base = periodicCount(lo);
        int c = base;
        int workingDays = 0;
        for (int d = lo; d < hi; d++) {
            counts[d - lo] = c;
            if (working[d - lo]) {
                c++;
                workingDays++;
            }
        }
        counts[hi - lo] = c;
        this.delta = c - periodicCount(hi);
        this.days = new int[workingDays];
        for (int d = lo, k = 0; d < hi; d++) {
            if (working[d - lo]) {
                days[k++] = d;
            }
        }
    }

    /** The calendar whose index was asked for last, with it: repeated queries are two reads. */
    private static volatile Last last;

    /**
     * The indexes built so far, one per calendar value: equal calendars share one. Weak keys, so a
     * calendar nobody holds any more takes its index with it.
     */
    private static final java.util.Map<WorkingCalendar, DayIndex> BUILT =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private record Last(WorkingCalendar calendar, DayIndex index) {
    }

    /**
     * The index of a calendar, built once per calendar value: the same calendar as the last query
     * is answered at once; another is looked up by value (its hash walks its days once) and built
     * only the first time. Its weekdays must not be empty.
     */
    static DayIndex of(WorkingCalendar calendar) {
        Last seen = last;
        if (seen != null && seen.calendar() == calendar) {
            return seen.index();
        }
        DayIndex index = BUILT.computeIfAbsent(calendar, DayIndex::build);
        last = new Last(calendar, index);
        return index;
    }

    private static DayIndex build(WorkingCalendar calendar) {
        boolean[] pattern = new boolean[7];
        for (DayOfWeek day : calendar.workingDays()) {
            pattern[day.getValue() - 1] = true;
        }
        List<LocalDate> holidays = calendar.holidays();
        List<LocalDate> extra = calendar.extraWorkingDays();
        if (holidays.isEmpty() && extra.isEmpty()) {
            return new DayIndex(pattern, ANCHOR, ANCHOR, new boolean[0]);
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (LocalDate d : holidays) {
            lo = Math.min(lo, epochDay(d));
            hi = Math.max(hi, epochDay(d) + 1);
        }
        for (LocalDate d : extra) {
            lo = Math.min(lo, epochDay(d));
            hi = Math.max(hi, epochDay(d) + 1);
        }
        boolean[] working = new boolean[hi - lo];
        for (int d = lo; d < hi; d++) {
            working[d - lo] = pattern[Math.floorMod(d - ANCHOR, 7)];
        }
        for (LocalDate d : holidays) {
            working[epochDay(d) - lo] = false;
        }
        for (LocalDate d : extra) {
            working[epochDay(d) - lo] = true;
        }
        return new DayIndex(pattern, lo, hi, working);
    }

    static int epochDay(LocalDate date) {
        return (int) date.toEpochDay();
    }

    private int periodicCount(int day) {
        int offset = day - ANCHOR;
        return Math.floorDiv(offset, 7) * perWeek + weekPrefix[Math.floorMod(offset, 7)];
    }

    private int periodicDay(int k) {
        return ANCHOR + 7 * Math.floorDiv(k, perWeek) + weekOffset[Math.floorMod(k, perWeek)];
    }

    /**
     * The number of working days before {@code day}, counted from the anchor (negative before it):
     * {@code count(b) - count(a)} working days lie in {@code [a, b)}.
     */
    int count(int day) {
        if (day <= lo) {
            return periodicCount(day);
        }
        if (day >= hi) {
            return periodicCount(day) + delta;
        }
        return counts[day - lo];
    }

    /** The working day with {@code k} working days before it: {@code count(day(k)) == k}. */
    int day(int k) {
        int first = counts[0];
        if (k < first) {
            return periodicDay(k);
        }
        int last = counts[hi - lo];
        if (k >= last) {
            return periodicDay(k - delta);
        }
        return days[k - first];
    }

    /** Whether the day is a working day. */
    boolean isWorking(int day) {
        if (day >= lo && day < hi) {
            return working[day - lo];
        }
        return weekPrefix[Math.floorMod(day - ANCHOR, 7) + 1] != weekPrefix[Math.floorMod(day - ANCHOR, 7)];
    }
}
