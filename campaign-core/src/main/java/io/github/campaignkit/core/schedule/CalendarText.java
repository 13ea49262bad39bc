package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes {@link WorkingCalendar}'s text format. */
final class CalendarText {

    private static final int MAX_RANGE_DAYS = 366 * 10;

    private CalendarText() {
    }

    static Validation<Seq<Violation>, WorkingCalendar> parse(String name, String text) {
        io.github.campaignkit.core.internal.Checks.id(name, "name");
        java.util.Objects.requireNonNull(text, "text");
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        TreeSet<LocalDate> off = new TreeSet<>();
        TreeSet<LocalDate> work = new TreeSet<>();
        DateRange covered = null;
        List<Violation> found = List.empty();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] words = content.split("\\s+");
            String keyword = words[0].toLowerCase(Locale.ROOT);
            boolean ok;
            switch (keyword) {
                case "weekdays":
                case "工作日":
                    Set<DayOfWeek> read = weekdays(words);
                    ok = read != null;
                    if (ok) {
                        weekdays = read;
                    }
                    break;
                case "off":
                case "休":
                    ok = words.length >= 2 && days(words[1], off);
                    break;
                case "work":
                case "班":
                    ok = words.length >= 2 && days(words[1], work);
                    break;
                case "covers":
                case "收录":
                    DateRange span = words.length >= 2 ? range(words[1]) : null;
                    ok = span != null;
                    if (ok) {
                        covered = span;
                    }
                    break;
                default:
                    ok = false;
            }
            if (!ok) {
                found = found.append(Violation.of(ScheduleViolation.CALENDAR_LINE_INVALID, RulePaths.indexed("lines", i),
                        i + 1, line.strip()));
            }
        }
        for (LocalDate day : off) {
            if (work.contains(day)) {
                found = found.append(Violation.of(ScheduleViolation.CALENDAR_DAY_CONFLICT, "", day.toString()));
            }
        }
        if (covered != null) {
            for (TreeSet<LocalDate> days : java.util.List.of(off, work)) {
                for (LocalDate day : days) {
                    if (!covered.contains(day)) {
                        found = found.append(Violation.of(ScheduleViolation.CALENDAR_DAY_UNCOVERED, "", day.toString(),
                                covered.start().toString(), covered.end().toString()));
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            return Validation.invalid(found);
        }
        return Validation.valid(new WorkingCalendar(name, weekdays, new ArrayList<>(off), new ArrayList<>(work),
                java.util.Optional.ofNullable(covered)));
    }

    private static Set<DayOfWeek> weekdays(String[] words) {
        if (words.length < 2) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int w = 1; w < words.length; w++) {
            for (String part : words[w].split(",")) {
                if (part.isEmpty()) {
                    continue;
                }
                int dash = part.indexOf('-');
                DayOfWeek first = weekday(dash < 0 ? part : part.substring(0, dash));
                DayOfWeek last = dash < 0 ? first : weekday(part.substring(dash + 1));
                if (first == null || last == null || last.compareTo(first) < 0) {
                    return null;
                }
                days.addAll(EnumSet.range(first, last));
            }
        }
        return days.isEmpty() ? null : days;
    }

    private static DayOfWeek weekday(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(w) || day.name().substring(0, 3).equals(w)) {
                return day;
            }
        }
        return null;
    }

    /** The range a word names ({@code 2024-01-01..2025-12-31}, any length), or null. */
    private static DateRange range(String word) {
        int dots = word.indexOf("..");
        if (dots < 0) {
            return null;
        }
        try {
            LocalDate first = LocalDate.parse(word.substring(0, dots));
            LocalDate last = LocalDate.parse(word.substring(dots + 2));
            boolean inYears = !first.isBefore(WorkingCalendar.MIN) && !last.isAfter(WorkingCalendar.MAX);
            return inYears && !last.isBefore(first) ? DateRange.of(first, last) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Adds the days a word names ({@code 2024-10-01} or {@code 2024-10-01..2024-10-07}); false if it names none. */
    static boolean days(String word, Set<LocalDate> into) {
        try {
            int dots = word.indexOf("..");
            LocalDate first = LocalDate.parse(dots < 0 ? word : word.substring(0, dots));
            LocalDate last = dots < 0 ? first : LocalDate.parse(word.substring(dots + 2));
            if (last.isBefore(first) || first.isBefore(WorkingCalendar.MIN) || last.isAfter(WorkingCalendar.MAX)
                    || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
                return false;
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                into.add(d);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String format(WorkingCalendar calendar) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(calendar.name()).append('\n');
        text.append("weekdays");
        for (DayOfWeek day : calendar.workingDays()) {
            text.append(' ').append(day.name(), 0, 3);
        }
        text.append('\n');
        calendar.coverage().ifPresent(days -> text.append("covers ").append(days.start()).append("..")
                .append(days.end()).append('\n'));
        ranges(text, "off", calendar.holidays());
        ranges(text, "work", calendar.extraWorkingDays());
        return text.toString();
    }

    private static void ranges(StringBuilder text, String keyword, java.util.List<LocalDate> days) {
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && j - i < MAX_RANGE_DAYS && days.get(j + 1).equals(days.get(j).plusDays(1))) {
                j++;
            }
            text.append(keyword).append(' ').append(days.get(i));
            if (j > i) {
                text.append("..").append(days.get(j));
            }
            text.append('\n');
            i = j + 1;
        }
    }
}
