package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.List;

/** Seed 004's 执行甘特图 (开学季·青春焕新计划) as the schedule tests use it. */
public final class Seed004 {

    /** 方案最终确认. */
    public static final TaskId PLAN = TaskId.of("T1");
    /** 物料设计启动. */
    public static final TaskId DESIGN = TaskId.of("T2");
    /** 物料设计定稿. */
    public static final TaskId DESIGN_FINAL = TaskId.of("T3");
    /** 物料印刷/采购. */
    public static final TaskId PRINT = TaskId.of("T4");
    /** 高校场地对接. */
    public static final TaskId VENUE = TaskId.of("T5");
    /** 线上渠道素材准备. */
    public static final TaskId CHANNEL = TaskId.of("T6");
    /** 活动预热启动. */
    public static final TaskId WARM_UP = TaskId.of("T7");
    /** 线下快闪执行. */
    public static final TaskId POP_UP = TaskId.of("T8");

    /** The day the chart starts. */
    public static final LocalDate START = LocalDate.of(2024, 7, 15);

    private Seed004() {
    }

    private static GanttTask task(TaskId id, String name, String owner, int days, String module, PhaseKind phase) {
        GanttTaskBuilder builder = GanttTask.builder().id(id).name(name).owner(MemberId.of(owner)).duration(days).module(module);
        return phase == null ? builder.build() : builder.phase(phase).build();
    }

    /**
     * The eight rows with their predecessors (前置任务), on an every-day calendar, every task as
     * early as its predecessors allow.
     *
     * @return the schedule
     */
    public static Schedule schedule() {
        return Schedule.builder()
                .start(START)
                .calendar(WorkingCalendar.everyDay())
                .tasks(List.of(
                        task(PLAN, "方案最终确认", "张*", 5, "策划", null),
                        task(DESIGN, "物料设计启动", "李*", 5, "设计", null),
                        task(DESIGN_FINAL, "物料设计定稿", "李*", 3, "设计", null),
                        task(PRINT, "物料印刷/采购", "周*", 4, "后勤", null),
                        task(VENUE, "高校场地对接", "王*", 4, "执行", null),
                        task(CHANNEL, "线上渠道素材准备", "张*", 4, "媒介", null),
                        task(WARM_UP, "活动预热启动", "全团队", 5, "媒介", PhaseKind.WARM_UP),
                        task(POP_UP, "线下快闪执行", "王*", 4, "执行", PhaseKind.BURST)))
                .dependencies(List.of(
                        Dependency.finishToStart(PLAN, DESIGN),
                        Dependency.finishToStart(DESIGN, DESIGN_FINAL),
                        Dependency.finishToStart(DESIGN_FINAL, PRINT),
                        Dependency.finishToStart(PLAN, VENUE),
                        Dependency.finishToStart(DESIGN, CHANNEL),
                        Dependency.finishToStart(CHANNEL, WARM_UP),
                        Dependency.finishToStart(PRINT, POP_UP)))
                .build();
    }

    /**
     * The same chart with the seed's own start dates where they are later than the predecessors
     * require, as start-no-earlier-than dates: 场地对接 07-22, 渠道素材 07-26, 预热 07-31, 快闪 08-06.
     *
     * @return the schedule
     */
    public static Schedule asPlanned() {
        Schedule schedule = schedule();
        List<GanttTask> tasks = new java.util.ArrayList<>(schedule.tasks());
        tasks.replaceAll(t -> {
            LocalDate notBefore = t.id().equals(VENUE) ? LocalDate.of(2024, 7, 22)
                    : t.id().equals(CHANNEL) ? LocalDate.of(2024, 7, 26)
                    : t.id().equals(WARM_UP) ? LocalDate.of(2024, 7, 31)
                    : t.id().equals(POP_UP) ? LocalDate.of(2024, 8, 6) : null;
            return notBefore == null ? t : t.toBuilder().startNoEarlierThan(notBefore).build();
        });
        return schedule.withTasks(tasks);
    }
}
