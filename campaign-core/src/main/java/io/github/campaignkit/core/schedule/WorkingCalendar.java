package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Which days are worked: the working weekdays, the public holidays (法定节假日) taken off them, and
 * the extra working days (调休上班, make-up working weekends) added to them.
 *
 * <p>Holidays are supplied by the user, as lists or in the {@linkplain #parse(String, String)
 * text format}; nothing is fetched. A calendar answers working-day questions in constant time
 * whatever the distance: {@link #plusWorkingDays}, {@link #workingDaysBetween}, {@link
 * #nextWorkingDay}. For the 2024 National Day (Oct 1–7 off, Sunday Sep 29 and Saturday Oct 12
 * worked), one working day after Friday Sep 27 is Sunday Sep 29, and one after Sep 30 is Oct 8.
 *
 * <p>A calendar that knows its holidays only for some years says so with its {@linkplain #coverage()
 * coverage}: asked about a day outside it, it refuses ({@code schedule.value.uncovered}, naming the
 * year) instead of quietly answering with its ordinary week, and a schedule whose dates leave it is
 * refused ({@code schedule.calendar.uncovered}). {@link MainlandChina}'s calendars cover the years
 * they were asked for. Without a coverage a calendar answers for every day.
 *
 * <p>The lists are kept sorted and without repeats. Days are supported from year 1 to year 9999.
 *
 * @param name             the calendar's name, by which tasks refer to it, e.g. {@code 中国大陆 2024}
 * @param workingDays      the weekdays worked in an ordinary week, at least one
 * @param holidays         days off that would otherwise be worked (a holiday on a weekday that is
 *                         not worked anyway changes nothing)
 * @param extraWorkingDays days worked that would otherwise be off; none of them is also a holiday
 * @param coverage         the days whose holidays the calendar knows, if it knows them only for
 *                         some; every holiday and extra working day lies within it
 */
@Value.Builder
public record WorkingCalendar(String name, Set<DayOfWeek> workingDays, List<LocalDate> holidays,
                              List<LocalDate> extraWorkingDays, Optional<DateRange> coverage) {

    /** The name of {@link #mondayToFriday()}. */
    public static final String MONDAY_TO_FRIDAY = "Mon-Fri";
    /** The name of {@link #everyDay()}. */
    public static final String EVERY_DAY = "every-day";

    static final LocalDate MIN = LocalDate.of(1, 1, 1);
    static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    private static final WorkingCalendar WEEKDAYS = new WorkingCalendar(MONDAY_TO_FRIDAY,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(), List.of());
    private static final WorkingCalendar ALL_DAYS = new WorkingCalendar(EVERY_DAY,
            EnumSet.allOf(DayOfWeek.class), List.of(), List.of());

    /**
     * Checks the components; sorts the day lists and drops repeats.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if the name is not a valid identifier, no weekday is
     *                                  worked, a day is both a holiday and an extra working day,
     *                                  a day lies outside years 1–9999 or outside the coverage
     */
    public WorkingCalendar {
        Checks.id(name, "name");
        workingDays = Checks.set(workingDays, "workingDays");
        holidays = Checks.list(holidays, "holidays");
        extraWorkingDays = Checks.list(extraWorkingDays, "extraWorkingDays");
        if (workingDays.isEmpty()) {
            throw InvalidValueException.of(ScheduleViolation.NO_WORKING_WEEKDAY, "workingDays");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        holidays = sorted(holidays, "holidays");
        extraWorkingDays = sorted(extraWorkingDays, "extraWorkingDays");
        Set<LocalDate> off = new HashSet<>(holidays);
        for (LocalDate day : extraWorkingDays) {
            if (off.contains(day)) {
                throw InvalidValueException.of(ScheduleViolation.HOLIDAY_AND_WORKING, "extraWorkingDays", day);
            }
        }
        coverage = Checks.optional(coverage, "coverage");
        if (coverage.isPresent()) {
            DateRange known = coverage.get();
            for (List<LocalDate> days : List.of(holidays, extraWorkingDays)) {
                LocalDate outside = days.isEmpty() || known.contains(days.get(0)) ? null : days.get(0);
                if (outside == null && !days.isEmpty() && !known.contains(days.get(days.size() - 1))) {
                    outside = days.get(days.size() - 1);
                }
                if (outside != null) {
                    throw InvalidValueException.of(ScheduleViolation.UNCOVERED_DAY,
                            days == holidays ? "holidays" : "extraWorkingDays", outside, known.start(), known.end());
                }
            }
        }
    }

    /**
     * A calendar that knows its holidays for every day.
     *
     * @param name             the calendar's name
     * @param workingDays      the weekdays worked in an ordinary week, at least one
     * @param holidays         days off that would otherwise be worked
     * @param extraWorkingDays days worked that would otherwise be off
     * @throws IllegalArgumentException as the canonical constructor
     */
    public WorkingCalendar(String name, Set<DayOfWeek> workingDays, List<LocalDate> holidays,
                           List<LocalDate> extraWorkingDays) {
        this(name, workingDays, holidays, extraWorkingDays, Optional.empty());
    }

    private static List<LocalDate> sorted(List<LocalDate> days, String field) {
        TreeSet<LocalDate> set = new TreeSet<>(days);
        if (!set.isEmpty() && (set.first().isBefore(MIN) || set.last().isAfter(MAX))) {
            LocalDate bad = set.first().isBefore(MIN) ? set.first() : set.last();
            throw InvalidValueException.of(ValueViolation.OUTSIDE_YEARS, field, bad);
        }
        return List.copyOf(set);
    }

    /**
     * Monday to Friday, no holidays: {@value #MONDAY_TO_FRIDAY}.
     *
     * @return the calendar
     */
    public static WorkingCalendar mondayToFriday() {
        return WEEKDAYS;
    }

    /**
     * Every day is a working day ({@value #EVERY_DAY}): for execution phases that run through
     * weekends and holidays.
     *
     * @return the calendar
     */
    public static WorkingCalendar everyDay() {
        return ALL_DAYS;
    }

    /**
     * A calendar with the given name and weekdays, no holidays.
     *
     * @param name        the name
     * @param workingDays the weekdays worked
     * @return the calendar
     */
    public static WorkingCalendar of(String name, Set<DayOfWeek> workingDays) {
        return new WorkingCalendar(name, workingDays, List.of(), List.of());
    }

    /**
     * A builder for a calendar.
     *
     * @return a new builder
     */
    public static WorkingCalendarBuilder builder() {
        return new WorkingCalendarBuilder();
    }

    /**
     * A builder that starts from this calendar.
     *
     * @return a builder holding every component of this calendar
     */
    public WorkingCalendarBuilder toBuilder() {
        return new WorkingCalendarBuilder().from(this);
    }

    /**
     * This calendar with more holidays.
     *
     * @param days the days off
     * @return a copy
     * @throws IllegalArgumentException if one of the days is an extra working day
     */
    public WorkingCalendar withHolidays(Collection<LocalDate> days) {
        List<LocalDate> all = new ArrayList<>(holidays);
        all.addAll(Objects.requireNonNull(days, "days"));
        return new WorkingCalendar(name, workingDays, all, extraWorkingDays, coverage);
    }

    /**
     * This calendar with more extra working days (调休上班).
     *
     * @param days the days worked
     * @return a copy
     * @throws IllegalArgumentException if one of the days is a holiday
     */
    public WorkingCalendar withExtraWorkingDays(Collection<LocalDate> days) {
        List<LocalDate> all = new ArrayList<>(extraWorkingDays);
        all.addAll(Objects.requireNonNull(days, "days"));
        return new WorkingCalendar(name, workingDays, holidays, all, coverage);
    }

    /**
     * This calendar under another name.
     *
     * @param newName the name
     * @return a copy
     */
    public WorkingCalendar withName(String newName) {
        return new WorkingCalendar(newName, workingDays, holidays, extraWorkingDays, coverage);
    }

    /**
     * This calendar knowing its holidays only for the given days: asked about any other day, it
     * refuses.
     *
     * @param days the days covered
     * @return a copy
     * @throws IllegalArgumentException if a holiday or extra working day lies outside the days
     */
    public WorkingCalendar withCoverage(DateRange days) {
        return new WorkingCalendar(name, workingDays, holidays, extraWorkingDays,
                Optional.of(Objects.requireNonNull(days, "days")));
    }

    /**
     * Whether the calendar can answer for the day: it has no coverage, or the day is within it.
     *
     * @param date the day
     * @return true if the calendar knows whether the day is worked
     */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return coverage.isEmpty() || coverage.get().contains(date);
    }

    /**
     * Reads a calendar from its text form, for example:
     * <pre>
     * # 2024 年国庆节
     * weekdays MON-FRI
     * off  2024-10-01..2024-10-07  国庆节
     * work 2024-09-29               调休上班
     * 班   2024-10-12
     * </pre>
     * One entry a line: {@code weekdays} (or {@code 工作日}) followed by day names ({@code MON},
     * {@code TUE} … or ranges {@code MON-FRI}; Monday to Friday when the line is missing);
     * {@code off} (or {@code 休}) followed by a day or a range {@code first..last} of holidays;
     * {@code work} (or {@code 班}) followed by a day or range of extra working days;
     * {@code covers} (or {@code 收录}) followed by the range of days the calendar knows (the
     * {@linkplain #coverage() coverage}; the last such line counts, so a line added after the
     * shipped text widens it). Text after the days is a note and ignored, as is everything after
     * {@code #} and blank lines.
     *
     * @param name the calendar's name
     * @param text the text
     * @return the calendar, or every line that could not be read ({@code schedule.calendar.line.invalid}
     *         with the path {@code lines[i]}, i from 0), every day both off and worked
     *         ({@code schedule.calendar.day.conflict}) and every day outside the coverage
     *         ({@code schedule.calendar.day.uncovered})
     * @throws IllegalArgumentException if the name is not a valid identifier
     */
    public static Validation<Seq<Violation>, WorkingCalendar> parse(String name, String text) {
        return CalendarText.parse(name, text);
    }

    /**
     * This calendar in the {@linkplain #parse(String, String) text format}, consecutive days
     * written as ranges; {@code parse(name(), toText())} gives this calendar back.
     *
     * @return the text, lines ended by {@code \n}
     */
    public String toText() {
        return CalendarText.format(this);
    }

    /**
     * Whether the day is worked.
     *
     * @param date the day
     * @return true on a working day
     * @throws IllegalArgumentException if the day lies outside years 1–9999, or outside the coverage
     *                                  ({@code schedule.value.uncovered}, naming the year)
     */
    public boolean isWorkingDay(LocalDate date) {
        return DayIndex.of(this).isWorking(known(date, "date"));
    }

    /**
     * The first working day after the given day.
     *
     * @param date the day
     * @return the next working day, strictly after {@code date}
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * The last working day before the given day.
     *
     * @param date the day
     * @return the previous working day, strictly before {@code date}
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /**
     * The given day if it is worked, else the next working day.
     *
     * @param date the day
     * @return the first working day on or after {@code date}
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        DayIndex index = DayIndex.of(this);
        return result(index.day(index.count(known(date, "date"))));
    }

    /**
     * The day a number of working days after (or, when negative, before) the given day: "3
     * working days after the end" is {@code plusWorkingDays(end, 3)}. The given day itself is
     * never counted; zero gives it back unchanged.
     *
     * @param date the day to count from
     * @param days the working days to add, negative to go back
     * @return the {@code days}-th working day after {@code date} (before it, for negative
     *         {@code days})
     * @throws IllegalArgumentException if the answer lies outside years 1–9999, or the day or the
     *                                  answer outside the coverage ({@code schedule.value.uncovered})
     */
    public LocalDate plusWorkingDays(LocalDate date, long days) {
        int from = known(date, "date");
        if (days == 0) {
            return date;
        }
        if (Math.abs(days) > 4_000_000L) {
            throw InvalidValueException.of(ScheduleViolation.BEYOND_9999, "days", days);
        }
        DayIndex index = DayIndex.of(this);
        int k = days > 0 ? index.count(from + 1) + (int) days - 1 : index.count(from) + (int) days;
        return result(index.day(k));
    }

    /**
     * The moment a span of working time after the given one ends, counting only the hours of the
     * calendar's working days: a calendar knows days, not hours, so a working day counts all its 24
     * hours and a day off none. "A remedy plan within 24 hours" of Friday 15:00 on a Monday-to-Friday
     * calendar is due Monday 15:00; from Saturday 10:00 it is due Tuesday 00:00, the end of Monday.
     *
     * @param start    the moment counted from, as a local date and time
     * @param duration the working time, not negative; zero gives {@code start} back
     * @return the end of the span
     * @throws IllegalArgumentException if the duration is negative, or the days counted lie outside
     *                                  years 1–9999 or outside the coverage
     */
    public java.time.LocalDateTime plusWorkingTime(java.time.LocalDateTime start, java.time.Duration duration) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "duration", duration);
        }
        if (duration.isZero()) {
            return start;
        }
        java.time.LocalDateTime from = start;
        java.time.Duration left = duration;
        if (isWorkingDay(start.toLocalDate())) {
            java.time.Duration restOfDay = java.time.Duration.between(start, start.toLocalDate().plusDays(1).atStartOfDay());
            if (left.compareTo(restOfDay) <= 0) {
                return start.plus(left);
            }
            left = left.minus(restOfDay);
            from = nextWorkingDay(start.toLocalDate()).atStartOfDay();
        } else {
            from = workingDayOnOrAfter(start.toLocalDate()).atStartOfDay();
        }
        // From the start of a working day: whole working days, then what is left of one more.
        long days = left.toDays();
        java.time.Duration rest = left.minusDays(days);
        if (rest.isZero()) {
            return plusWorkingDays(from.toLocalDate(), days - 1).plusDays(1).atStartOfDay();
        }
        return plusWorkingDays(from.toLocalDate(), days).atStartOfDay().plus(rest);
    }

    /**
     * The day a number of working days before the given day.
     *
     * @param date the day to count from
     * @param days the working days to go back
     * @return {@code plusWorkingDays(date, -days)}
     */
    public LocalDate minusWorkingDays(LocalDate date, long days) {
        return plusWorkingDays(date, -days);
    }

    /**
     * The working days from {@code start} (included) to {@code end} (excluded), as
     * {@link java.time.temporal.ChronoUnit#between} counts days; negative when {@code end} is
     * before {@code start}.
     *
     * @param start the first day, included
     * @param end   the day after the last, excluded
     * @return the number of working days
     */
    public long workingDaysBetween(LocalDate start, LocalDate end) {
        DayIndex index = DayIndex.of(this);
        return (long) index.count(bound(end, "end")) - index.count(bound(start, "start"));
    }

    /**
     * The working days in a range, both ends included.
     *
     * @param range the days
     * @return the number of working days in it
     */
    public long workingDaysIn(DateRange range) {
        Objects.requireNonNull(range, "range");
        DayIndex index = DayIndex.of(this);
        return (long) index.count(known(range.end(), "range") + 1) - index.count(known(range.start(), "range"));
    }

    /** A range's excluded end as an epoch day: the day after the coverage still bounds a range within it. */
    private int bound(LocalDate date, String field) {
        int day = day(date, field);
        if (!covers(date) && !(date.isAfter(MIN) && covers(date.minusDays(1)))) {
            throw uncovered(date, field);
        }
        return day;
    }

    /** The day as an epoch day, if the calendar knows it. */
    private int known(LocalDate date, String field) {
        int day = day(date, field);
        if (!covers(date)) {
            throw uncovered(date, field);
        }
        return day;
    }

    private InvalidValueException uncovered(LocalDate date, String field) {
        DateRange known = coverage.get();
        return InvalidValueException.of(ScheduleViolation.UNCOVERED, field, name, date,
                String.valueOf(date.getYear()), known.start(), known.end());
    }

    static int day(LocalDate date, String field) {
        Objects.requireNonNull(date, field);
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            throw InvalidValueException.of(ValueViolation.OUTSIDE_YEARS, field, date);
        }
        return DayIndex.epochDay(date);
    }

    private LocalDate result(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            throw InvalidValueException.of(ValueViolation.OUTSIDE_YEARS, "days", date);
        }
        known(date, "days");
        return date;
    }
}
