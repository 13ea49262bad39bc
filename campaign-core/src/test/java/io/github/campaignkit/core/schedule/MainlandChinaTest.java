package io.github.campaignkit.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tyme.holiday.LegalHoliday;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The shipped calendar of mainland China against tyme4j, an independent copy of the same State
 * Council notices: every day of every shipped year, each disagreement named.
 */
class MainlandChinaTest {

    private static final WorkingCalendar CHINA = MainlandChina.calendar(MainlandChina.FIRST_YEAR, MainlandChina.LAST_YEAR);

    @Test
    void everyDayOfEveryShippedYearAgreesWithTyme4j() {
        List<String> disagreements = new ArrayList<>();
        LocalDate end = LocalDate.of(MainlandChina.LAST_YEAR, 12, 31);
        int days = 0;
        for (LocalDate d = LocalDate.of(MainlandChina.FIRST_YEAR, 1, 1); !d.isAfter(end); d = d.plusDays(1)) {
            LegalHoliday holiday = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            boolean weekday = d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
            boolean tyme4j = holiday == null ? weekday : holiday.isWork();
            if (CHINA.isWorkingDay(d) != tyme4j) {
                disagreements.add(d + " (" + d.getDayOfWeek() + "): shipped " + (CHINA.isWorkingDay(d) ? "work" : "off")
                        + ", tyme4j " + (tyme4j ? "work" : "off") + (holiday == null ? "" : " " + holiday.getName()));
            }
            days++;
        }
        assertThat(days).isEqualTo(2557);
        assertThat(disagreements).as("days where the shipped data and tyme4j disagree").isEmpty();
    }

    @Test
    void aCampaignOverNationalDaySchedulesAroundItWithoutATypedHoliday() {
        WorkingCalendar calendar = MainlandChina.calendar(2024, 2024);
        assertThat(calendar.name()).isEqualTo("中国大陆 2024-2024");
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 9, 27), 1)).isEqualTo(LocalDate.of(2024, 9, 29));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 9, 30), 1)).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
        // A 5-day task from Friday 09-27: 09-27, 09-29 (make-up Sunday), 09-30, 10-08, 10-09.
        Schedule schedule = Schedule.builder().start(LocalDate.of(2024, 9, 27)).calendar(calendar)
                .tasks(List.of(GanttTask.of(TaskId.of("T1"), "物料准备", MemberId.of("zhang"), 5),
                        GanttTask.of(TaskId.of("T2"), "线下快闪执行", MemberId.of("zhang"), 4)))
                .dependencies(List.of(Dependency.of(TaskId.of("T1"), TaskId.of("T2"), DependencyType.FINISH_TO_START, 0)))
                .build();
        ScheduleForecast forecast = schedule.forecast().get();
        assertThat(forecast.task(TaskId.of("T1")).orElseThrow().earlyFinish()).isEqualTo(LocalDate.of(2024, 10, 9));
        // T2: 10-10, 10-11, 10-12 (make-up Saturday), 10-14.
        assertThat(forecast.finish()).isEqualTo(LocalDate.of(2024, 10, 14));
    }

    @Test
    void aYearWithoutDataIsRefusedByName() {
        assertThatThrownBy(() -> MainlandChina.calendar(2019, 2024)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.violation().code()).isEqualTo("schedule.value.no-holiday-data");
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("没有 2019 年的法定节假日数据", "2020 至 2026");
            assertThat(e.getMessage()).contains("no public holiday data for the year 2019");
        });
        assertThatThrownBy(() -> MainlandChina.calendar(2024, 2027)).hasMessageContaining("2027");
        assertThatThrownBy(() -> MainlandChina.calendar(2025, 2024)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theTextCarriesItsSourcesAndTakesAUsersOwnDays() {
        String text = MainlandChina.text(2024, 2024);
        assertThat(text).startsWith("weekdays MON-FRI\ncovers 2024-01-01..2024-12-31\n").contains("国办发明电〔2023〕7号",
                "https://www.gov.cn/zhengce/content/202310/content_6911527.htm", "off 2024-10-01..2024-10-07 国庆节 National Day");
        WorkingCalendar company = WorkingCalendar.parse("公司日历", text + "off 2024-12-31 年会 annual party\n").get();
        assertThat(company.isWorkingDay(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(company.isWorkingDay(LocalDate.of(2024, 9, 29))).isTrue();
        // The 2023 notice's New Year holiday begins on 2022-12-31: asked for 2022, it is included.
        assertThat(MainlandChina.text(2022, 2022)).contains("off 2022-12-31 元旦").doesNotContain("2023-01-02");
    }

    @Test
    void aDayOutsideTheYearsAskedForIsRefusedNamingTheYear() {
        WorkingCalendar calendar = MainlandChina.calendar(2024, 2025);
        assertThat(calendar.coverage()).contains(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(calendar.covers(LocalDate.of(2026, 1, 1))).isFalse();
        // 2026-01-01 is 元旦: a Monday-to-Friday answer would have been wrong, so there is none.
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violation().code()).isEqualTo("schedule.value.uncovered");
                    assertThat(e.getMessage()).contains("2026-01-01", "public holidays of 2026", "2024-01-01 to 2025-12-31");
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                            .contains("日历“中国大陆 2024-2025”只收录 2024-01-01 至 2025-12-31 的日子", "补充 2026 年的法定节假日");
                });
        // Counting out of the covered days is refused as well, on the answer.
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2025, 12, 31), 1))
                .hasMessageContaining("2026-01-0");
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 3)))
                .hasMessageContaining("2023-12-29");
        // The day after the last covered one still ends a range.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 1))).isEqualTo(3);
        assertThat(calendar.workingDaysIn(DateRange.of(LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 31))))
                .isEqualTo(3);
    }

    @Test
    void aScheduleThatRunsPastTheCoveredYearsIsRefused() {
        WorkingCalendar calendar = MainlandChina.calendar(2024, 2024);
        Schedule schedule = Schedule.builder().start(LocalDate.of(2024, 12, 20)).calendar(calendar)
                .tasks(List.of(GanttTask.of(TaskId.of("T1"), "年终复盘", MemberId.of("zhang"), 3),
                        GanttTask.of(TaskId.of("T2"), "新年预热", MemberId.of("zhang"), 10)))
                .dependencies(List.of(Dependency.finishToStart(TaskId.of("T1"), TaskId.of("T2"))))
                .build();
        var refused = schedule.forecast();
        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getError()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("schedule.calendar.uncovered");
            assertThat(v.path()).isEqualTo("tasks[1]");
            assertThat(v.arguments()).contains("2025-01-07", "中国大陆 2024-2024");
        });
        // With next year's notice appended and the coverage widened, it is scheduled.
        WorkingCalendar wider = WorkingCalendar.parse("中国大陆 2024-2025", MainlandChina.text(2024, 2024)
                + "covers 2024-01-01..2025-12-31\n" + "off 2025-01-01 元旦 New Year's Day\n").get();
        ScheduleForecast forecast = schedule.toBuilder().calendar(wider).build().forecast().get();
        // T1 12-20, 12-23, 12-24; T2 from 12-25, skipping New Year's Day: ten days end on 2025-01-08.
        assertThat(forecast.finish()).isEqualTo(LocalDate.of(2025, 1, 8));
    }

    @Test
    void theCoverageIsWrittenAndReadAndHoldsEveryListedDay() {
        WorkingCalendar calendar = MainlandChina.calendar(2024, 2024);
        assertThat(WorkingCalendar.parse(calendar.name(), calendar.toText()).get()).isEqualTo(calendar);
        var outside = WorkingCalendar.parse("公司日历", MainlandChina.text(2024, 2024) + "off 2025-01-02 年会\n");
        assertThat(outside.getError()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("schedule.calendar.day.uncovered");
            assertThat(v.arguments()).containsExactly("2025-01-02", "2024-01-01", "2024-12-31");
        });
        assertThatThrownBy(() -> calendar.withHolidays(List.of(LocalDate.of(2025, 1, 2))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violation().code()).isEqualTo("schedule.value.uncovered-day"));
        assertThat(WorkingCalendar.mondayToFriday().coverage()).isEmpty();
        assertThat(WorkingCalendar.mondayToFriday().covers(LocalDate.of(9999, 12, 31))).isTrue();
    }
}
