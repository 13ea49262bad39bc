package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.Seed004;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GanttRendererTest {

    static Schedule nationalDay() {
        WorkingCalendar calendar = WorkingCalendar.parse("中国大陆 2024",
                "off 2024-10-01..2024-10-07\nwork 2024-09-29\nwork 2024-10-12").get();
        TaskId design = TaskId.of("D");
        TaskId ready = TaskId.of("M");
        TaskId launch = TaskId.of("L");
        TaskId report = TaskId.of("R");
        return Schedule.builder().start(LocalDate.of(2024, 9, 26)).calendar(calendar)
                .addTasks(GanttTask.of(design, "Poster design", MemberId.of("li"), 4),
                        GanttTask.of(ready, "Materials ready", MemberId.of("zhou"), 0),
                        GanttTask.of(launch, "Launch", MemberId.of("wang"), 3),
                        GanttTask.of(report, "Daily report", MemberId.of("zhao"), 2))
                .addDependencies(Dependency.finishToStart(design, ready), Dependency.finishToStart(ready, launch),
                        Dependency.startToStart(launch, report).withLag(1))
                .build();
    }

    @Test
    void seed004InChinese() {
        ScheduleForecast forecast = Seed004.schedule().forecast().get();
        assertThat(GanttRenderer.standard().render(forecast, Locale.SIMPLIFIED_CHINESE)).isEqualTo(String.join("\n",
                "执行甘特图 2024-07-15 至 2024-08-04，共 21 天，完成于 2024-08-04",
                "# 关键任务  = 其他任务  ^ 里程碑  . 非工作日  * 关键任务标记",
                "                                                        2024年7月        8月",
                "                                                        11111222222222233",
                "  任务              负责人  开始   结束   工期  总时差  567890123456789011234",
                "* 方案最终确认      张*     07-15  07-19     5       0  #####",
                "* 物料设计启动      李*     07-20  07-24     5       0       #####",
                "* 物料设计定稿      李*     07-25  07-27     3       0            ###",
                "* 物料印刷/采购     周*     07-28  07-31     4       0               ####",
                "  高校场地对接      王*     07-20  07-23     4      12       ====",
                "  线上渠道素材准备  张*     07-25  07-28     4       2            ====",
                "  活动预热启动      全团队  07-29  08-02     5       2                =====",
                "* 线下快闪执行      王*     08-01  08-04     4       0                   ####",
                ""));
    }

    @Test
    void weekendsAndHolidaysAreShadedInEnglish() {
        ScheduleForecast forecast = nationalDay().forecast().get();
        // Oct 1–7 off, Saturday Sep 28 off, Sunday Sep 29 and Saturday Oct 12 worked.
        assertThat(GanttRenderer.standard().render(forecast, Locale.ENGLISH)).isEqualTo(String.join("\n",
                "Gantt chart 2024-09-26 to 2024-10-10, 15 days, finishing 2024-10-10",
                "# critical task  = other task  ^ milestone  . day off  * marks a critical task",
                "                                                      2024 Sep Oct",
                "                                                      22223         1",
                "  Task             Owner  Start  Finish  Days  Float  678901234567890",
                "                                                        .  .......",
                "* Poster design    li     09-26  09-30      4      0  ##.##.......",
                "* Materials ready  zhou   09-30  09-30      0      0    . ^.......",
                "* Launch           wang   10-08  10-10      3      0    .  .......###",
                "* Daily report     zhao   10-09  10-10      2      0    .  ....... ##",
                ""));
    }

    @Test
    void aWindowShowsOnlyItsDaysAndLongNamesAreCut() {
        ScheduleForecast forecast = Seed004.schedule().forecast().get();
        String chart = GanttRenderer.standard().withNameWidth(8).render(forecast,
                io.github.campaignkit.core.schedule.DateRange.of(LocalDate.of(2024, 7, 30), LocalDate.of(2024, 8, 2)),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(chart).contains("共 4 天", "* 物料印..  周*     07-28  07-31     4       0  ##",
                "  活动预..  全团队  07-29  08-02     5       2  ====");
        assertThat(chart.lines().skip(4)).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(
                DisplayWidth.of(chart.lines().skip(4).findFirst().orElseThrow())));
    }
}
