package io.github.campaignkit.examples;

import io.github.campaignkit.core.report.GanttRenderer;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Seed 004: the 开学季·青春焕新计划 execution Gantt chart (执行甘特图) with its predecessors on an
 * every-day calendar, computed by the critical path method and printed as a text chart; then
 * working-day arithmetic across the 2024 National Day holiday with its make-up working Sunday and
 * Saturday, and a plan with a circular dependency, refused with the circle named.
 */
public final class BackToSchoolGantt {

    /** The 2024 National Day holiday in the calendar text format: Oct 1–7 off, Sep 29 and Oct 12 worked. */
    public static final String NATIONAL_DAY_2024 = String.join("\n",
            "# 2024 年国庆节（国务院办公厅通知）",
            "weekdays MON-FRI",
            "休 2024-10-01..2024-10-07  国庆节",
            "班 2024-09-29              星期日上班",
            "班 2024-10-12              星期六上班");

    private final Lang lang;
    private final PrintStream out;

    /**
     * An example that prints to the given stream.
     *
     * @param lang the language to print in
     * @param out  where to print
     */
    public BackToSchoolGantt(Lang lang, PrintStream out) {
        this.lang = lang;
        this.out = out;
    }

    /**
     * Runs the example alone.
     *
     * @param args {@code --lang zh|en}
     */
    public static void main(String[] args) {
        new BackToSchoolGantt(Lang.fromArgs(args), new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
    }

    private static GanttTask task(String id, String name, String owner, int days, PhaseKind phase) {
        var builder = GanttTask.builder().id(TaskId.of(id)).name(name).owner(MemberId.of(owner)).duration(days);
        return phase == null ? builder.build() : builder.phase(phase).build();
    }

    /**
     * Seed 004's eight rows with their predecessors (前置任务), every task as early as they allow.
     *
     * @return the schedule
     */
    public static Schedule schedule() {
        return Schedule.builder()
                .start(LocalDate.of(2024, 7, 15))
                .calendar(WorkingCalendar.everyDay())
                .tasks(List.of(
                        task("T6", "方案最终确认", "张*", 5, null),
                        task("T7", "物料设计启动", "李*", 5, null),
                        task("T8", "物料设计定稿", "李*", 3, null),
                        task("T9", "物料印刷/采购", "周*", 4, null),
                        task("T10", "高校场地对接", "王*", 4, null),
                        task("T11", "线上渠道素材准备", "张*", 4, null),
                        task("T12", "活动预热启动", "全团队", 5, PhaseKind.WARM_UP),
                        task("T13", "线下快闪执行", "王*", 4, PhaseKind.BURST)))
                .dependencies(List.of(
                        fs("T6", "T7"), fs("T7", "T8"), fs("T8", "T9"), fs("T6", "T10"),
                        fs("T7", "T11"), fs("T11", "T12"), fs("T9", "T13")))
                .build();
    }

    private static Dependency fs(String predecessor, String successor) {
        return Dependency.finishToStart(TaskId.of(predecessor), TaskId.of(successor));
    }

    /**
     * Runs the example.
     *
     * @return the forecast of seed 004's chart
     */
    public ScheduleForecast run() {
        out.println(lang.pick("== 种子 004：开学季·青春焕新计划 执行甘特图 ==",
                "== Seed 004: the back-to-school campaign's execution Gantt chart =="));
        ScheduleForecast forecast = schedule().forecast().get();
        out.print(GanttRenderer.standard().render(forecast, lang.locale()));
        out.println(lang.pick("关键路径：", "Critical path: ") + String.join(" → ",
                forecast.criticalTasks().stream().map(t -> name(t)).toArray(String[]::new)));

        out.println(lang.pick("\n2024 年国庆节的工作日计算：", "\nWorking days across the 2024 National Day holiday:"));
        WorkingCalendar china = WorkingCalendar.parse("中国大陆 2024", NATIONAL_DAY_2024).get();
        LocalDate end = LocalDate.of(2024, 9, 30);
        out.println(lang.pick("  活动于 " + end + " 结束，结束后 3 个工作日是 ",
                "  The campaign ends on " + end + "; 3 working days after the end is ")
                + china.plusWorkingDays(end, 3));
        out.println(lang.pick("  2024-09-27（周五）的下一个工作日是 ", "  The working day after Friday 2024-09-27 is ")
                + china.nextWorkingDay(LocalDate.of(2024, 9, 27)) + lang.pick("（周日调休上班）", " (a make-up Sunday)"));
        out.println(lang.pick("  2024-10-08 之后第 4 个工作日是 ", "  The 4th working day after 2024-10-08 is ")
                + china.plusWorkingDays(LocalDate.of(2024, 10, 8), 4) + lang.pick("（周六调休上班）", " (a make-up Saturday)"));

        out.println(lang.pick("\n有人把渠道素材设为依赖预热启动：", "\nSomeone makes the channel assets wait for the warm-up:"));
        List<Dependency> dependencies = new java.util.ArrayList<>(schedule().dependencies());
        dependencies.add(fs("T12", "T7"));
        Schedule circular = schedule().withDependencies(dependencies);
        for (Violation violation : circular.forecast().getError()) {
            out.println("  " + violation.message(lang.locale()) + lang.pick("（位置：", " (at ") + violation.path()
                    + lang.pick("）", ")"));
        }
        return forecast;
    }

    private String name(TaskForecast task) {
        return schedule().tasks().stream().filter(t -> t.id().equals(task.task())).findFirst().orElseThrow().name();
    }
}
