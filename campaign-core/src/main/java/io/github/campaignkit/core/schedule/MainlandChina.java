package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Mainland China's working calendar as the State Council sets it each year: the public holidays
 * (法定节假日) and the make-up working days (调休上班) of every year from {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}, shipped as data, one resource per year
 * ({@code io/github/campaignkit/core/schedule/china/2024.txt}) in {@link WorkingCalendar}'s text
 * format: each line a day or a range, off or work, with the holiday's name in Chinese and English,
 * and the notice it comes from (国务院办公厅关于…部分节假日安排的通知) with its address at the head of
 * the file. The build checks every day of every shipped year against an independent copy of the
 * same notices.
 *
 * <pre>{@code
 * WorkingCalendar calendar = MainlandChina.calendar(2024, 2025);
 * calendar.plusWorkingDays(LocalDate.of(2024, 9, 27), 1);   // 2024-09-29, the make-up Sunday
 *
 * // next year's notice, or the company's own days, on top of the shipped ones:
 * WorkingCalendar company = WorkingCalendar.parse("公司日历",
 *         MainlandChina.text(2024, 2025) + "off 2025-12-31 年会 annual party\n").get();
 * }</pre>
 *
 * <p>A year without data is refused when the calendar is asked for, naming the year, never
 * quietly worked Monday to Friday. The calendar returned {@linkplain WorkingCalendar#coverage()
 * covers} the years asked for and refuses to answer for a day outside them
 * ({@code schedule.value.uncovered}, naming the year); a schedule that runs past them is refused
 * too. Text appended for a later year widens the coverage with a {@code covers} line of its own:
 *
 * <pre>{@code
 * WorkingCalendar withNextYear = WorkingCalendar.parse("中国大陆 2026-2027", MainlandChina.text(2026, 2026)
 *         + "covers 2026-01-01..2027-12-31\n"
 *         + "off 2027-01-01 元旦 New Year's Day\n").get();
 * }</pre>
 */
public final class MainlandChina {

    /** The first year shipped. */
    public static final int FIRST_YEAR = 2020;
    /** The last year shipped. */
    public static final int LAST_YEAR = 2026;

    private static final String RESOURCES = "/io/github/campaignkit/core/schedule/china/";

    private MainlandChina() {
    }

    /**
     * The working calendar of the given years: Monday to Friday, less the public holidays, plus
     * the make-up working days, as the State Council set them. Its name says the years
     * ({@code 中国大陆 2024-2025}).
     *
     * @param fromYear the first year
     * @param toYear   the last year, not before the first
     * @return the calendar
     * @throws InvalidValueException ({@code schedule.value.no-holiday-data}) for a year without data,
     *                               naming it; ({@code value.below}) if the years are out of order
     */
    public static WorkingCalendar calendar(int fromYear, int toYear) {
        return WorkingCalendar.parse("中国大陆 " + fromYear + "-" + toYear, text(fromYear, toYear)).get();
    }

    /**
     * The shipped data of the given years in the calendar text format, with its sources as
     * comments and a {@code covers} line naming the years: append lines of your own (next year's
     * notice with a wider {@code covers} line, 年会, 公司假) and {@linkplain WorkingCalendar#parse
     * parse} the whole. Days the notice of the year after sets in
     * these years (a New Year holiday from 31 December) are included; days outside them are not.
     *
     * @param fromYear the first year
     * @param toYear   the last year, not before the first
     * @return the text, starting with {@code weekdays MON-FRI} and {@code covers}, each line ended by
     *         a line break
     * @throws InvalidValueException for a year without data, naming it, or years out of order
     */
    public static String text(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw InvalidValueException.of(ValueViolation.BELOW, "toYear", toYear,
                    fromYear);
        }
        for (int year : new int[] {fromYear, toYear}) {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw InvalidValueException.of(ScheduleViolation.NO_HOLIDAY_DATA, year == fromYear ? "fromYear" : "toYear",
                        String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
            }
        }
        LocalDate first = LocalDate.of(fromYear, 1, 1);
        LocalDate last = LocalDate.of(toYear, 12, 31);
        StringBuilder text = new StringBuilder("weekdays MON-FRI\ncovers " + first + ".." + last + "\n");
        for (int year = fromYear; year <= Math.min(toYear + 1, LAST_YEAR); year++) {
            for (String line : lines(year)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    if (year <= toYear) {
                        text.append(line).append('\n');
                    }
                    continue;
                }
                String[] words = trimmed.split("\\s+", 3);
                TreeSet<LocalDate> days = new TreeSet<>();
                CalendarText.days(words[1], days);
                NavigableSet<LocalDate> kept = days.subSet(first, true, last, true);
                if (kept.isEmpty()) {
                    continue;
                }
                LocalDate from = kept.first();
                LocalDate to = kept.last();
                text.append(words[0]).append(' ').append(from.equals(to) ? from.toString() : from + ".." + to);
                if (words.length > 2) {
                    text.append(' ').append(words[2]);
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> lines(int year) {
        try (InputStream in = MainlandChina.class.getResourceAsStream(RESOURCES + year + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("the holiday data of " + year + " is missing from the jar");
            }
            return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")));
        } catch (IOException e) {
            throw new UncheckedIOException("the holiday data of " + year + " cannot be read", e);
        }
    }
}
