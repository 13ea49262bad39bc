package io.github.campaignkit.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    /** 2024 National Day: Oct 1–7 off; Sunday Sep 29 and Saturday Oct 12 worked (调休). */
    static final String NATIONAL_DAY_2024 = String.join("\n",
            "# 2024 年国庆节",
            "weekdays MON-FRI",
            "off  2024-10-01..2024-10-07  国庆节",
            "work 2024-09-29              调休上班",
            "班   2024-10-12");

    static WorkingCalendar china2024() {
        return WorkingCalendar.parse("中国大陆 2024", NATIONAL_DAY_2024).get();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    @Test
    void workingDayArithmeticAcrossNationalDayWithAMakeUpSaturday() {
        WorkingCalendar calendar = china2024();
        assertThat(calendar.holidays()).hasSize(7);
        assertThat(calendar.extraWorkingDays()).containsExactly(d(9, 29), d(10, 12));
        assertThat(calendar.isWorkingDay(d(9, 29))).isTrue();   // Sunday, worked
        assertThat(calendar.isWorkingDay(d(10, 3))).isFalse();  // Thursday, holiday
        assertThat(calendar.isWorkingDay(d(10, 12))).isTrue();  // Saturday, worked
        assertThat(calendar.isWorkingDay(d(10, 13))).isFalse(); // Sunday

        assertThat(calendar.plusWorkingDays(d(9, 27), 1)).isEqualTo(d(9, 29));
        assertThat(calendar.plusWorkingDays(d(9, 27), 2)).isEqualTo(d(9, 30));
        assertThat(calendar.plusWorkingDays(d(9, 30), 1)).isEqualTo(d(10, 8));
        assertThat(calendar.nextWorkingDay(d(9, 30))).isEqualTo(d(10, 8));
        // "3 working days after the end" of a campaign that ends on Sep 30: Oct 8, 9, 10.
        assertThat(calendar.plusWorkingDays(d(9, 30), 3)).isEqualTo(d(10, 10));
        // Oct 8 (Tue) + 4: Oct 9, 10, 11, and Saturday Oct 12.
        assertThat(calendar.plusWorkingDays(d(10, 8), 4)).isEqualTo(d(10, 12));
        assertThat(calendar.minusWorkingDays(d(10, 8), 1)).isEqualTo(d(9, 30));
        assertThat(calendar.previousWorkingDay(d(9, 30))).isEqualTo(d(9, 29));
        assertThat(calendar.workingDayOnOrAfter(d(10, 1))).isEqualTo(d(10, 8));
        assertThat(calendar.workingDayOnOrAfter(d(10, 8))).isEqualTo(d(10, 8));

        // Sep 28 (Sat) … Oct 13 (Sun): Sep 29, 30, Oct 8, 9, 10, 11, 12.
        assertThat(calendar.workingDaysIn(DateRange.of(d(9, 28), d(10, 13)))).isEqualTo(7);
        assertThat(calendar.workingDaysBetween(d(9, 28), d(10, 14))).isEqualTo(7);
        assertThat(calendar.workingDaysBetween(d(10, 14), d(9, 28))).isEqualTo(-7);
        // Without the holiday the same span has 12 working days.
        assertThat(WorkingCalendar.mondayToFriday().workingDaysIn(DateRange.of(d(9, 28), d(10, 13)))).isEqualTo(10);
    }

    @Test
    void farFromTheHolidaysTheWeekRepeats() {
        WorkingCalendar calendar = china2024();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2030, 1, 4), 1)).isEqualTo(LocalDate.of(2030, 1, 7));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2020, 1, 1), 260)).isEqualTo(
                WorkingCalendar.mondayToFriday().plusWorkingDays(LocalDate.of(2020, 1, 1), 260));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
                .isEqualTo(262 - 5 + 2);
        assertThat(WorkingCalendar.everyDay().plusWorkingDays(d(10, 1), 30)).isEqualTo(d(10, 31));
    }

    @Test
    void textFormRoundTrips() {
        WorkingCalendar calendar = china2024();
        assertThat(calendar.toText()).isEqualTo("# 中国大陆 2024\nweekdays MON TUE WED THU FRI\n"
                + "off 2024-10-01..2024-10-07\nwork 2024-09-29\nwork 2024-10-12\n");
        assertThat(WorkingCalendar.parse(calendar.name(), calendar.toText()).get()).isEqualTo(calendar);
        assertThat(WorkingCalendar.parse("六天", "工作日 MON-SAT").get().workingDays())
                .isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        List<Violation> found = WorkingCalendar.parse("x", "weekdays MON-FRI\noff 2024-13-01\nwork\nholiday 2024-10-01\n"
                + "off 2024-10-01\nwork 2024-10-01").getError().toJavaList();
        assertThat(found).extracting(Violation::code).containsExactly("schedule.calendar.line.invalid",
                "schedule.calendar.line.invalid", "schedule.calendar.line.invalid", "schedule.calendar.day.conflict");
        assertThat(found).extracting(Violation::path).containsExactly("lines[1]", "lines[2]", "lines[3]", "");
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "日历第 2 行无法识别：“off 2024-13-01”。请写成 weekdays MON-FRI、休 2024-10-01..2024-10-07 或 班 2024-09-29。");
        assertThat(found.get(3).message(Locale.ENGLISH)).isEqualTo(
                "2024-10-01 is listed both as a holiday and as a working day.");
    }

    @Test
    void badCalendarsAreRefusedByName() {
        assertThatThrownBy(() -> WorkingCalendar.of("none", EnumSet.noneOf(DayOfWeek.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("workingDays: ");
        assertThatThrownBy(() -> WorkingCalendar.mondayToFriday().withHolidays(List.of(d(10, 1)))
                .withExtraWorkingDays(List.of(d(10, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("extraWorkingDays: 2024-10-01");
        assertThatThrownBy(() -> WorkingCalendar.mondayToFriday().withHolidays(List.of(LocalDate.of(10000, 1, 1))))
                .hasMessageStartingWith("holidays: ");
        assertThatThrownBy(() -> WorkingCalendar.everyDay().plusWorkingDays(LocalDate.of(9999, 12, 30), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("days: ");
    }

    @Test
    void aCalendarValueIsIndexedOnceAndEqualCalendarsShareTheIndex() {
        WorkingCalendar a = WorkingCalendar.mondayToFriday()
                .withHolidays(java.util.List.of(java.time.LocalDate.of(2024, 10, 1), java.time.LocalDate.of(2024, 10, 2)))
                .withExtraWorkingDays(java.util.List.of(java.time.LocalDate.of(2024, 9, 29)));
        WorkingCalendar equal = a.withName(a.name());
        WorkingCalendar other = a.withExtraWorkingDays(java.util.List.of(java.time.LocalDate.of(2024, 10, 12)));
        DayIndex first = DayIndex.of(a);
        assertThat(DayIndex.of(a)).isSameAs(first);
        assertThat(DayIndex.of(equal)).isSameAs(first);
        assertThat(DayIndex.of(other)).isNotSameAs(first);
        assertThat(DayIndex.of(a)).isSameAs(first);
        assertThat(a.plusWorkingDays(java.time.LocalDate.of(2024, 9, 27), 1)).isEqualTo(java.time.LocalDate.of(2024, 9, 29));
        assertThat(other.plusWorkingDays(java.time.LocalDate.of(2024, 10, 11), 1)).isEqualTo(java.time.LocalDate.of(2024, 10, 12));
    }

    @Test
    void workingTimeSkipsTheDaysOff() {
        WorkingCalendar weekdays = WorkingCalendar.mondayToFriday();
        java.time.Duration day = java.time.Duration.ofHours(24);
        // A remedy plan within 24 hours of Friday 15:00 is due Monday 15:00.
        assertThat(weekdays.plusWorkingTime(LocalDate.of(2024, 8, 2).atTime(15, 0), day))
                .isEqualTo(LocalDate.of(2024, 8, 5).atTime(15, 0));
        // From Saturday the clock starts on Monday: 24 hours end with Monday.
        assertThat(weekdays.plusWorkingTime(LocalDate.of(2024, 8, 3).atTime(10, 0), day))
                .isEqualTo(LocalDate.of(2024, 8, 6).atStartOfDay());
        assertThat(weekdays.plusWorkingTime(LocalDate.of(2024, 8, 5).atTime(9, 0), day.multipliedBy(2)))
                .isEqualTo(LocalDate.of(2024, 8, 7).atTime(9, 0));
        assertThat(weekdays.plusWorkingTime(LocalDate.of(2024, 8, 5).atTime(9, 0), java.time.Duration.ofHours(2)))
                .isEqualTo(LocalDate.of(2024, 8, 5).atTime(11, 0));
        assertThat(weekdays.plusWorkingTime(LocalDate.of(2024, 8, 3).atTime(9, 0), java.time.Duration.ZERO))
                .isEqualTo(LocalDate.of(2024, 8, 3).atTime(9, 0));
        // The day before National Day: due on the first day back, 10-08.
        assertThat(MainlandChina.calendar(2024, 2024).plusWorkingTime(LocalDate.of(2024, 9, 30).atTime(15, 0), day))
                .isEqualTo(LocalDate.of(2024, 10, 8).atTime(15, 0));
        assertThatThrownBy(() -> weekdays.plusWorkingTime(LocalDate.of(2024, 8, 5).atStartOfDay(),
                java.time.Duration.ofHours(-1))).hasMessageStartingWith("duration: ");
    }
}
