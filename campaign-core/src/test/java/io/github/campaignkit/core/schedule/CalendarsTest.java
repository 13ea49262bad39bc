package io.github.campaignkit.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasks on calendars of their own: an execution phase that runs through the weekend. */
class CalendarsTest {

    private static final MemberId OWNER = MemberId.of("wang");
    private static final TaskId PREPARE = TaskId.of("prepare");
    private static final TaskId EVENT = TaskId.of("event");
    private static final TaskId REPORT = TaskId.of("report");
    private static final TaskId DONE = TaskId.of("done");

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    private static Schedule weekendEvent() {
        return Schedule.builder().start(d(7, 1)).calendar(WorkingCalendar.mondayToFriday())
                .addOtherCalendars(WorkingCalendar.everyDay())
                .addTasks(GanttTask.of(PREPARE, "现场筹备", OWNER, 5),
                        GanttTask.of(EVENT, "快闪执行", OWNER, 3).toBuilder().calendar(WorkingCalendar.EVERY_DAY).build(),
                        GanttTask.of(REPORT, "效果评估", OWNER, 2),
                        GanttTask.of(DONE, "复盘完成", OWNER, 0))
                .addDependencies(Dependency.finishToStart(PREPARE, EVENT), Dependency.finishToStart(EVENT, REPORT),
                        Dependency.finishToStart(REPORT, DONE))
                .build();
    }

    private static TaskForecast of(ScheduleForecast forecast, TaskId id) {
        return forecast.task(id).orElseThrow();
    }

    @Test
    void anEveryDayTaskRunsThroughTheWeekend() {
        ScheduleForecast forecast = weekendEvent().forecast().get();
        // Mon 07-01 … Fri 07-05; the event Sat 07-06 … Mon 07-08; the report Tue 07-09 … Wed 07-10.
        assertThat(of(forecast, PREPARE).early()).isEqualTo(DateRange.of(d(7, 1), d(7, 5)));
        assertThat(of(forecast, EVENT).early()).isEqualTo(DateRange.of(d(7, 6), d(7, 8)));
        assertThat(of(forecast, REPORT).early()).isEqualTo(DateRange.of(d(7, 9), d(7, 10)));
        assertThat(of(forecast, DONE).earlyStart()).isEqualTo(d(7, 10));
        assertThat(forecast.finish()).isEqualTo(d(7, 10));
        assertThat(forecast.criticalSubgraph().tasks()).containsExactly(PREPARE, EVENT, REPORT, DONE);
        assertThat(forecast.criticalSubgraph().dependencies()).hasSize(3);
    }

    @Test
    void lagsCountTheSchedulesWorkingDays() {
        Schedule schedule = weekendEvent();
        List<Dependency> dependencies = new java.util.ArrayList<>(schedule.dependencies());
        dependencies.set(0, dependencies.get(0).withLag(1));
        ScheduleForecast forecast = schedule.withDependencies(dependencies).forecast().get();
        // One Monday-to-Friday working day after Friday's end is Monday's end: the event starts Tuesday.
        assertThat(of(forecast, EVENT).early()).isEqualTo(DateRange.of(d(7, 9), d(7, 11)));
        assertThat(of(forecast, REPORT).early()).isEqualTo(DateRange.of(d(7, 12), d(7, 15)));
    }

    @Test
    void anEveryDaySuccessorWithFloatCanSlipIntoTheWeekend() {
        Schedule schedule = weekendEvent();
        List<GanttTask> tasks = new java.util.ArrayList<>(schedule.tasks());
        tasks.add(GanttTask.of(TaskId.of("long"), "长线任务", OWNER, 12));
        ScheduleForecast forecast = schedule.withTasks(tasks).forecast().get();
        // The long task ends Tue 07-16, so the chain has 4 Monday-to-Friday days of float; the
        // every-day event may run until Sunday 07-14, just before the report's late start on Monday.
        assertThat(forecast.finish()).isEqualTo(d(7, 16));
        assertThat(of(forecast, REPORT).totalFloat()).isEqualTo(4);
        assertThat(of(forecast, EVENT).lateFinish()).isEqualTo(d(7, 14));
        assertThat(of(forecast, EVENT).totalFloat()).isEqualTo(6);
        assertThat(of(forecast, PREPARE).totalFloat()).isEqualTo(4);
    }

    /** Two one-day every-day tasks in a row, starting on a Saturday the schedule's calendar does not work. */
    private static Schedule saturdayPair(DependencyType type) {
        TaskId a = TaskId.of("A");
        TaskId b = TaskId.of("B");
        return Schedule.builder().start(d(7, 20)).calendar(WorkingCalendar.mondayToFriday())
                .addOtherCalendars(WorkingCalendar.everyDay())
                .addTasks(GanttTask.of(a, "布置展台", OWNER, 1).toBuilder().calendar(WorkingCalendar.EVERY_DAY).build(),
                        GanttTask.of(b, "开场活动", OWNER, 1).toBuilder().calendar(WorkingCalendar.EVERY_DAY).build())
                .addDependencies(Dependency.of(a, b, type, 0))
                .build();
    }

    @Test
    void aSuccessorStartsAfterAPredecessorThatFinishesOnADayTheScheduleDoesNotWork() {
        ScheduleForecast forecast = saturdayPair(DependencyType.FINISH_TO_START).forecast().get();
        // A is Saturday 07-20. Before the fix B was also scheduled on Saturday: A's finish, counted in
        // Monday-to-Friday days, was Friday's end, and the first every-day day after that is Saturday.
        assertThat(of(forecast, TaskId.of("A")).early()).isEqualTo(DateRange.of(d(7, 20), d(7, 20)));
        assertThat(of(forecast, TaskId.of("B")).early()).isEqualTo(DateRange.of(d(7, 21), d(7, 21)));
        assertThat(forecast.finish()).isEqualTo(d(7, 21));
        // Both are critical: A cannot finish later than Saturday without moving B, nor B later than Sunday.
        assertThat(of(forecast, TaskId.of("A")).lateFinish()).isEqualTo(d(7, 20));
        assertThat(of(forecast, TaskId.of("A")).totalFloat()).isZero();
        assertThat(of(forecast, TaskId.of("B")).totalFloat()).isZero();
        assertThat(forecast.criticalSubgraph().dependencies()).hasSize(1);
    }

    @Test
    void aFinishToFinishSuccessorFinishesNoEarlierThanItsPredecessor() {
        Schedule schedule = saturdayPair(DependencyType.FINISH_TO_FINISH);
        List<GanttTask> tasks = new java.util.ArrayList<>(schedule.tasks());
        tasks.set(0, tasks.get(0).withDuration(2));
        ScheduleForecast forecast = schedule.withTasks(tasks).forecast().get();
        // A runs Saturday and Sunday; B, one day, finishes with A on Sunday, not on Saturday.
        assertThat(of(forecast, TaskId.of("A")).early()).isEqualTo(DateRange.of(d(7, 20), d(7, 21)));
        assertThat(of(forecast, TaskId.of("B")).early()).isEqualTo(DateRange.of(d(7, 21), d(7, 21)));
    }
}
