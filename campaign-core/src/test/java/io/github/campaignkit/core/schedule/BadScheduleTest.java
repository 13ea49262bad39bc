package io.github.campaignkit.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BadScheduleTest {

    private static final MemberId OWNER = MemberId.of("wang");

    private static GanttTask task(String id, int days) {
        return GanttTask.of(TaskId.of(id), "任务" + id, OWNER, days);
    }

    private static Dependency fs(String a, String b) {
        return Dependency.finishToStart(TaskId.of(a), TaskId.of(b));
    }

    private static Schedule schedule(List<GanttTask> tasks, List<Dependency> dependencies) {
        return Schedule.builder().start(LocalDate.of(2024, 7, 15)).tasks(tasks).dependencies(dependencies).build();
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        Schedule schedule = schedule(
                List.of(task("A", 2), task("B", -1), task("C", 3), task("A", 1), task("D", 1),
                        task("E", 1).toBuilder().calendar("法定节假日").build()),
                List.of(fs("A", "B"), fs("B", "C"), fs("C", "A"), fs("D", "D"), fs("X", "A"), fs("A", "Y")));

        List<Violation> found = ScheduleRules.standard().check(schedule).toJavaList();

        assertThat(found).extracting(v -> v.code() + "@" + v.path()).containsExactly(
                "schedule.task.duplicate@tasks[3].id",
                "schedule.task.duration.negative@tasks[1].duration",
                "schedule.task.calendar.unknown@tasks[5].calendar",
                "schedule.dependency.self@dependencies[3]",
                "schedule.dependency.unknown-task@dependencies[4].predecessor",
                "schedule.dependency.unknown-task@dependencies[5].successor",
                "schedule.cycle@dependencies[2]");
        assertThat(found.get(6).message(Locale.ENGLISH))
                .isEqualTo("These 3 tasks wait for each other in a circle: A, B, C.");
        assertThat(found.get(6).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("以下 3 项任务互为前置，形成循环：A、B、C。");
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("任务编号 A 重复，首次出现在 tasks[0]。");
        assertThat(schedule.forecast().isInvalid()).isTrue();
    }

    @Test
    void cyclesThatShareTasksAreOneGroupNamingEveryTask() {
        // A ⇄ B ⇄ C: reported before as the single cycle A → B → A, C never named.
        Schedule schedule = schedule(List.of(task("A", 1), task("B", 1), task("C", 1)),
                List.of(fs("A", "B"), fs("B", "A"), fs("B", "C"), fs("C", "B")));
        Violation group = ScheduleRules.standard().check(schedule).single();
        assertThat(group.code()).isEqualTo("schedule.cycle");
        assertThat(group.arguments()).containsExactly(List.of("A", "B", "C"), 3);
        assertThat(group.path()).isEqualTo("dependencies[1]");
        assertThat(group.message(Locale.ENGLISH)).isEqualTo("These 3 tasks wait for each other in a circle: A, B, C.");
    }

    @Test
    void eachGroupIsReportedOnce() {
        Schedule schedule = schedule(
                List.of(task("A", 1), task("B", 1), task("C", 1), task("D", 1), task("E", 1), task("F", 1),
                        task("G", 1)),
                List.of(fs("A", "B"), fs("B", "A"), fs("B", "C"), fs("C", "D"), fs("D", "E"), fs("E", "C"),
                        fs("E", "F"), fs("G", "A")));
        assertThat(ScheduleRules.standard().check(schedule).map(v -> v.arguments().get(0)))
                .containsExactlyInAnyOrder(List.of("A", "B"), List.of("C", "D", "E"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCycleOfAHundredThousandTasksIsFoundWithoutRecursion() {
        int n = 100_000;
        List<GanttTask> tasks = new ArrayList<>(n);
        List<Dependency> dependencies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(task("T" + i, 1));
            dependencies.add(fs("T" + i, "T" + ((i + 1) % n)));
        }
        Violation cycle = ScheduleRules.standard().check(schedule(tasks, dependencies)).single();
        assertThat(cycle.code()).isEqualTo("schedule.cycle");
        assertThat(cycle.arguments().get(1)).isEqualTo(n);
        assertThat((List<Object>) cycle.arguments().get(0)).hasSize(n).startsWith("T0", "T1").endsWith("T99999");
        assertThat(cycle.message(Locale.ENGLISH)).startsWith("These 100,000 tasks wait for each other in a circle: T0, T1,")
                .endsWith("T19 … (100000 in all).").hasSizeLessThan(300);
    }

    @Test
    void aChainOfAMillionTasksDoesNotOverflowTheStack() {
        int n = 1_000_000;
        List<GanttTask> tasks = new ArrayList<>(n);
        List<Dependency> dependencies = new ArrayList<>(n);
        TaskId previous = null;
        for (int i = 0; i < n; i++) {
            TaskId id = TaskId.of("T" + i);
            tasks.add(GanttTask.of(id, "t", OWNER, 1));
            if (previous != null) {
                dependencies.add(Dependency.finishToStart(previous, id));
            }
            previous = id;
        }
        Schedule schedule = Schedule.builder().start(LocalDate.of(2024, 1, 1)).calendar(WorkingCalendar.everyDay())
                .tasks(tasks).dependencies(dependencies).build();

        ScheduleForecast forecast = schedule.forecast().get();

        assertThat(forecast.finish()).isEqualTo(LocalDate.of(2024, 1, 1).plusDays(n - 1));
        assertThat(forecast.criticalSubgraph().tasks()).hasSize(n);
        assertThat(forecast.criticalSubgraph().dependencies()).hasSize(n - 1);
        assertThat(forecast.tasks().get(n / 2).totalFloat()).isZero();
    }

    @Test
    void aDeadlineThatCannotBeMetGivesNegativeFloat() {
        Schedule schedule = schedule(List.of(task("A", 5), task("B", 5).toBuilder()
                        .finishNoLaterThan(LocalDate.of(2024, 7, 24)).build(), task("C", 1)),
                List.of(fs("A", "B"), fs("A", "C")));
        ScheduleForecast forecast = schedule.forecast().get();
        // A: Mon 07-15 … Fri 07-19; B: Mon 07-22 … Fri 07-26, 2 working days after its deadline.
        assertThat(forecast.task(TaskId.of("B")).orElseThrow().totalFloat()).isEqualTo(-2);
        assertThat(forecast.task(TaskId.of("A")).orElseThrow().totalFloat()).isEqualTo(-2);
        assertThat(forecast.task(TaskId.of("A")).orElseThrow().state()).isEqualTo(TaskState.DELAYED);
        assertThat(forecast.task(TaskId.of("C")).orElseThrow().totalFloat()).isEqualTo(4);
        Violation missed = forecast.violations().single();
        assertThat(missed.path()).isEqualTo("tasks[1].finishNoLaterThan");
        assertThat(missed.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("任务 B 应于 2024-07-24 前完成，但最早只能在 2024-07-26 完成，延误 2 个工作日。");
        assertThat(ScheduleRules.standard().check(schedule)).containsExactly(missed);
    }

    @Test
    void anEmptyScheduleIsReportedAndAScheduleWithoutStartToo() {
        assertThat(ScheduleRules.standard().check(Schedule.empty()).map(Violation::code))
                .containsExactly("schedule.empty");
        assertThat(ScheduleRules.standard().check(Schedule.empty().withTasks(List.of(task("A", 1))))
                .map(v -> v.code() + "@" + v.path())).containsExactly("schedule.start.missing@start");
    }

    @Test
    void progressProblemsAreReported() {
        Schedule schedule = schedule(List.of(task("A", 2), task("B", 2)), List.of(fs("A", "B")))
                .withProgress(LocalDate.of(2024, 7, 16), List.of(
                        TaskProgress.started(TaskId.of("A"), LocalDate.of(2024, 7, 17), 10),
                        TaskProgress.notStarted(TaskId.of("Z")),
                        TaskProgress.notStarted(TaskId.of("B")),
                        TaskProgress.notStarted(TaskId.of("B"))));
        assertThat(ScheduleRules.standard().check(schedule).map(v -> v.code() + "@" + v.path())).containsExactly(
                "schedule.progress.after-status-date@progress[0].actualStart",
                "schedule.progress.unknown-task@progress[1].task",
                "schedule.progress.duplicate@progress[3].task");
        assertThat(ScheduleRules.standard().check(schedule.toBuilder().statusDate(java.util.Optional.empty()).build())
                .map(Violation::code)).contains("schedule.progress.status-date.missing");
    }
}
