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
                .tasks(List.of(Task.of(TaskId.of("T1"), "物料准备", MemberId.of("zhang"), 5),
                        Task.of(TaskId.of("T2"), "线下快闪执行", MemberId.of("zhang"), 4)))
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
        assertThat(text).startsWith("weekdays MON-FRI\n").contains("国办发明电〔2023〕7号",
                "https://www.gov.cn/zhengce/content/202310/content_6911527.htm", "off 2024-10-01..2024-10-07 国庆节 National Day");
        WorkingCalendar company = WorkingCalendar.parse("公司日历", text + "off 2024-12-31 年会 annual party\n").get();
        assertThat(company.isWorkingDay(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(company.isWorkingDay(LocalDate.of(2024, 9, 29))).isTrue();
        // The 2023 notice's New Year holiday begins on 2022-12-31: asked for 2022, it is included.
        assertThat(MainlandChina.text(2022, 2022)).contains("off 2022-12-31 元旦").doesNotContain("2023-01-02");
    }
}
