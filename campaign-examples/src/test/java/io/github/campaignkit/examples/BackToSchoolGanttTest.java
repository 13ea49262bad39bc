package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.schedule.ScheduleForecast;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BackToSchoolGanttTest {

    private static String run(Lang lang, ScheduleForecast[] result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = new BackToSchoolGantt(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsSeed004sChartCriticalPathAndHolidayArithmeticInChinese() {
        ScheduleForecast[] forecast = new ScheduleForecast[1];
        String out = run(Lang.ZH, forecast);
        assertThat(forecast[0].finish()).isEqualTo(LocalDate.of(2024, 8, 4));
        assertThat(out).contains(
                "* 物料印刷/采购     周*     07-28  07-31     4       0               ####",
                "关键路径：方案最终确认 → 物料设计启动 → 物料设计定稿 → 物料印刷/采购 → 线下快闪执行",
                "活动于 2024-09-30 结束，结束后 3 个工作日是 2024-10-10",
                "2024-09-27（周五）的下一个工作日是 2024-09-29（周日调休上班）",
                "2024-10-08 之后第 4 个工作日是 2024-10-12（周六调休上班）",
                "以下 3 项任务互为前置，形成循环：T7、T11、T12。（位置：dependencies[7]）");
    }

    @Test
    void speaksEnglishOnRequest() {
        String out = run(Lang.EN, new ScheduleForecast[1]);
        assertThat(out).contains("Gantt chart 2024-07-15 to 2024-08-04, 21 days, finishing 2024-08-04",
                "These 3 tasks wait for each other in a circle: T7, T11, T12.");
        assertThat(out).doesNotContain("执行甘特图");
    }
}
