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
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.RaciMatrix;
import io.github.campaignkit.core.team.RaciRole;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.TaskId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** A row of the seed's 执行甘特图: the board task it details, and what the Gantt adds. */
    private record Row(String id, String parent, ModuleId module, String name, MemberId owner, List<MemberId> helpers,
                       String deliverable, int days, PhaseKind phase) {
    }

    private static final ModuleId COORDINATION = ModuleId.of("策划统筹");
    private static final ModuleId DESIGN = ModuleId.of("设计执行");
    private static final ModuleId OFFLINE = ModuleId.of("线下执行");

    /**
     * Seed 004's eight Gantt rows, each typed once: finer work of the five 执行分工表 rows (T1 统筹,
     * T2 设计, T3 快闪店) with its owner from the Gantt's 负责人 column (全团队 is 张* with everyone).
     */
    private static final List<Row> ROWS = List.of(
            new Row("T6", "T1", COORDINATION, "方案最终确认", Seed004People.ZHANG, List.of(), "方案经总经理审批", 5, null),
            new Row("T7", "T2", DESIGN, "物料设计启动", Seed004People.LI, List.of(), "海报、展架、H5邀请函初稿", 5, null),
            new Row("T8", "T2", DESIGN, "物料设计定稿", Seed004People.LI, List.of(), "设计稿通过审核", 3, null),
            new Row("T9", "T2", DESIGN, "物料印刷/采购", Seed004People.ZHOU, List.of(), "印刷物料按时到位", 4, null),
            new Row("T10", "T3", OFFLINE, "高校场地对接", Seed004People.WANG, List.of(), "场地合同签订", 4, null),
            new Row("T11", "T1", COORDINATION, "线上渠道素材准备", Seed004People.ZHANG, List.of(), "各渠道素材就绪", 4, null),
            new Row("T12", "T1", COORDINATION, "活动预热启动", Seed004People.ZHANG, List.of(Seed004People.LI,
                    Seed004People.WANG, Seed004People.ZHAO, Seed004People.ZHOU, Seed004People.LIU), "预热按计划上线", 5,
                    PhaseKind.WARM_UP),
            new Row("T13", "T3", OFFLINE, "线下快闪执行", Seed004People.WANG, List.of(Seed004People.LIU),
                    "场地、物料、现场人员到位", 4, PhaseKind.BURST));

    /**
     * Seed 004's eight rows with their predecessors (前置任务), every task as early as they allow:
     * the Gantt rows of {@link #tasks()}, their names, modules and owners the board's.
     *
     * @return the schedule
     */
    public static Schedule schedule() {
        List<GanttTask> rows = new ArrayList<>();
        List<Task> tasks = tasks();
        for (int i = 0; i < ROWS.size(); i++) {
            var row = GanttTask.builder(tasks.get(i)).duration(ROWS.get(i).days());
            rows.add(ROWS.get(i).phase() == null ? row.build() : row.phase(ROWS.get(i).phase()).build());
        }
        return plan(rows);
    }

    private static Schedule plan(List<GanttTask> rows) {
        return Schedule.builder()
                .start(LocalDate.of(2024, 7, 15))
                .calendar(WorkingCalendar.everyDay())
                .tasks(rows)
                .dependencies(List.of(
                        fs("T6", "T7"), fs("T7", "T8"), fs("T8", "T9"), fs("T6", "T10"),
                        fs("T7", "T11"), fs("T11", "T12"), fs("T9", "T13")))
                .build();
    }

    /**
     * The eight rows as tasks of the board (执行分工表), each detailing one of its five rows
     * ({@link Task#parent()}), dated as the critical path method schedules them, not started.
     *
     * @return the tasks, in the Gantt's order
     */
    public static List<Task> tasks() {
        List<GanttTask> bare = new ArrayList<>();
        for (Row row : ROWS) {
            bare.add(GanttTask.builder().id(TaskId.of(row.id())).name(row.name()).duration(row.days()).build());
        }
        ScheduleForecast dates = plan(bare).forecast().get();
        List<Task> tasks = new ArrayList<>();
        for (Row row : ROWS) {
            TaskForecast computed = dates.task(TaskId.of(row.id())).orElseThrow();
            tasks.add(Task.builder().id(TaskId.of(row.id())).parent(TaskId.of(row.parent())).module(row.module())
                    .name(row.name()).description("").deliverable(row.deliverable()).owner(row.owner())
                    .assistants(row.helpers()).start(computed.earlyStart()).end(computed.earlyFinish())
                    .status(TaskStatus.NOT_STARTED).build());
        }
        return tasks;
    }

    /**
     * One board for both of the seed's tables: the five rows of the 执行分工表 given, the eight Gantt
     * rows detailing them, each with 张* accountable and its owner and helpers responsible.
     *
     * @param coarse the 执行分工表 (see {@link CampusTracking#board()})
     * @return the board of thirteen tasks
     */
    public static TaskBoard board(TaskBoard coarse) {
        TaskBoard board = coarse;
        RaciMatrix raci = coarse.raci();
        for (Task task : tasks()) {
            board = board.withTask(task);
            raci = raci.with(task.id(), Seed004People.ZHANG, RaciRole.ACCOUNTABLE)
                    .with(task.id(), task.owner(), RaciRole.RESPONSIBLE);
            for (MemberId helper : task.assistants()) {
                raci = raci.with(task.id(), helper, RaciRole.RESPONSIBLE);
            }
        }
        return board.withRaci(raci);
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
        out.print(GanttRenderer.standard().withTeam(CampusTracking.team()).render(forecast, lang.locale()));
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
