package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.schedule.Baseline;
import io.github.campaignkit.core.schedule.BaselineTask;
import io.github.campaignkit.core.schedule.CriticalSubgraph;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.DependencyType;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.GanttTaskBuilder;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.schedule.TaskProgress;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the schedule package: working calendars (with holidays and make-up working
 * days), tasks, dependencies of the four types with lags, acyclic schedules of any size, schedules
 * with planted cycles, progress, baselines and forecasts. Every generated value is valid by
 * construction.
 */
public final class ScheduleArbitraries {

    private static final String[] NAMES = {"方案最终确认", "物料设计启动", "物料设计定稿", "物料印刷/采购", "高校场地对接",
        "线上渠道素材准备", "活动预热启动", "线下快闪执行", "数据采集与监控", "Kick-off", "Live stream"};
    private static final String[] MODULES = {"策划", "设计", "执行", "数据", "后勤", "媒介"};

    private ScheduleArbitraries() {
    }

    /**
     * Working calendars: some weekdays, holidays and extra working days within a year of 2024.
     *
     * @return the generator
     */
    public static Arbitrary<WorkingCalendar> calendars() {
        Arbitrary<Set<DayOfWeek>> weekdays = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(EnumSet.allOf(DayOfWeek.class))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7)));
        Arbitrary<List<LocalDate>> days = Arbitraries.integers().between(0, 500)
                .map(i -> LocalDate.of(2023, 9, 1).plusDays(i)).list().ofMaxSize(20);
        return Combinators.combine(CampaignArbitraries.identifiers(), weekdays, days, days)
                .as((name, week, holidays, extra) -> {
                    List<LocalDate> worked = new ArrayList<>(extra);
                    worked.removeAll(holidays);
                    return new WorkingCalendar(name, week, holidays, worked);
                });
    }

    /**
     * Dependency types.
     *
     * @return the generator
     */
    public static Arbitrary<DependencyType> dependencyTypes() {
        return Arbitraries.of(DependencyType.class);
    }

    /**
     * Single tasks of 0 to 20 working days, with or without owner, phase, constraints and a
     * calendar name.
     *
     * @return the generator
     */
    public static Arbitrary<GanttTask> tasks() {
        return Combinators.combine(CampaignArbitraries.identifiers().map(TaskId::of), CampaignArbitraries.texts(),
                        CampaignArbitraries.texts().optional(), CampaignArbitraries.memberIds().optional(),
                        Arbitraries.integers().between(0, 20), Arbitraries.of(PhaseKind.class).optional(),
                        CampaignArbitraries.dates().optional(), CampaignArbitraries.dates().optional())
                .as((id, name, module, owner, days, phase, notBefore, deadline) -> GanttTask.builder().id(id).name(name)
                        .module(module).owner(owner).duration(days).phase(phase).startNoEarlierThan(notBefore)
                        .finishNoLaterThan(deadline).build());
    }

    /**
     * Single dependencies between generated ids, of any type, lags from -5 to 10.
     *
     * @return the generator
     */
    public static Arbitrary<Dependency> dependencies() {
        Arbitrary<TaskId> ids = CampaignArbitraries.identifiers().map(TaskId::of);
        return Combinators.combine(ids, ids, dependencyTypes(), Arbitraries.integers().between(-5, 10))
                .as(Dependency::new);
    }

    /**
     * Acyclic schedules of {@code minTasks} to {@code maxTasks} tasks with up to two dependencies
     * a task of all four types and lags from -3 to 5, every task owned, no date constraints, on a
     * generated calendar.
     *
     * @param minTasks the fewest tasks, at least 1
     * @param maxTasks the most tasks
     * @return the generator
     */
    public static Arbitrary<Schedule> acyclicSchedules(int minTasks, int maxTasks) {
        return Combinators.combine(Arbitraries.integers().between(minTasks, maxTasks), calendars(),
                        CampaignArbitraries.dates(), Arbitraries.longs())
                .as((n, calendar, start, seed) -> acyclic(new Random(seed), n, calendar, start, 2));
    }

    /**
     * Acyclic schedules of 1 to 30 tasks.
     *
     * @return the generator
     */
    public static Arbitrary<Schedule> acyclicSchedules() {
        return acyclicSchedules(1, 30);
    }

    /**
     * A random acyclic schedule: tasks {@code T1…Tn} listed in random order, dependencies only
     * from a task to one later in a hidden random order, about {@code perTask} a task.
     *
     * @param random   the source of randomness
     * @param n        the number of tasks
     * @param calendar the schedule's calendar
     * @param start    the schedule's start
     * @param perTask  dependencies per task on average
     * @return the schedule
     */
    public static Schedule acyclic(Random random, int n, WorkingCalendar calendar, LocalDate start, int perTask) {
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rank.add(i);
        }
        java.util.Collections.shuffle(rank, random);
        List<TaskId> byRank = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byRank.add(null);
        }
        List<GanttTask> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TaskId id = TaskId.of("T" + (i + 1));
            byRank.set(rank.get(i), id);
            int days = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(8);
            GanttTaskBuilder task = GanttTask.builder().id(id).name(NAMES[random.nextInt(NAMES.length)])
                    .module(MODULES[random.nextInt(MODULES.length)])
                    .owner(MemberId.of("owner-" + random.nextInt(5))).duration(days);
            if (random.nextBoolean()) {
                task.phase(PhaseKind.values()[random.nextInt(3)]);
            }
            tasks.add(task.build());
        }
        List<Dependency> dependencies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int m = n < 2 ? 0 : random.nextInt(perTask * n + 1);
        DependencyType[] types = DependencyType.values();
        for (int k = 0; k < m; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b) {
                continue;
            }
            TaskId p = byRank.get(Math.min(a, b));
            TaskId s = byRank.get(Math.max(a, b));
            DependencyType type = random.nextInt(2) == 0 ? DependencyType.FINISH_TO_START : types[random.nextInt(4)];
            if (seen.add(p + ">" + s + ">" + type)) {
                dependencies.add(Dependency.of(p, s, type, random.nextInt(3) == 0 ? random.nextInt(9) - 3 : 0));
            }
        }
        return Schedule.builder().start(start).calendar(calendar).tasks(tasks).dependencies(dependencies).build();
    }

    /**
     * Schedules with at least one planted cycle of 2 to 6 tasks on top of an acyclic schedule.
     *
     * @return the generator
     */
    public static Arbitrary<Schedule> schedulesWithCycle() {
        return acyclicSchedules(2, 30).flatMap(schedule -> Arbitraries.integers().between(2,
                        Math.min(6, schedule.tasks().size()))
                .flatMap(size -> Arbitraries.of(schedule.tasks()).map(GanttTask::id).list().uniqueElements().ofSize(size))
                .map(cycle -> {
                    List<Dependency> dependencies = new ArrayList<>(schedule.dependencies());
                    for (int i = 0; i < cycle.size(); i++) {
                        dependencies.add(Dependency.finishToStart(cycle.get(i), cycle.get((i + 1) % cycle.size())));
                    }
                    return schedule.withDependencies(dependencies);
                }));
    }

    /**
     * Schedules with progress reported exactly as planned at a status date inside the work, and
     * the plan saved as baseline.
     *
     * @return the generator
     */
    public static Arbitrary<Schedule> schedulesInProgress() {
        return acyclicSchedules(1, 20).flatMap(schedule -> {
            ScheduleForecast plan = schedule.forecast().get();
            long span = ChronoUnit.DAYS.between(plan.start(), plan.finish());
            return Arbitraries.longs().between(0, Math.max(0, span)).map(plan.start()::plusDays)
                    .map(status -> asPlannedUntil(schedule, plan, status));
        });
    }

    /**
     * The schedule with the plan saved as baseline and progress exactly as planned until the
     * status date: tasks planned to finish by then finished, tasks under way started with a share
     * done.
     *
     * @param schedule the schedule
     * @param plan     its forecast without progress
     * @param status   the status date
     * @return the schedule in progress
     */
    public static Schedule asPlannedUntil(Schedule schedule, ScheduleForecast plan, LocalDate status) {
        List<TaskProgress> progress = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            TaskForecast task = plan.tasks().get(i);
            int days = schedule.tasks().get(i).duration();
            if (!task.earlyFinish().isAfter(status)) {
                progress.add(TaskProgress.finished(task.task(), task.earlyStart(), task.earlyFinish()));
            } else if (!task.earlyStart().isAfter(status)) {
                long worked = schedule.calendar().workingDaysIn(DateRange.of(task.earlyStart(), status));
                int percent = (int) ((worked * 100 + days - 1) / days);
                progress.add(TaskProgress.started(task.task(), task.earlyStart(), percent));
            }
        }
        return schedule.withBaseline(plan.toBaseline(plan.start())).withProgress(status, progress);
    }

    /**
     * Schedules ready for a campaign window: acyclic, every task owned, finishing inside the
     * window (work starts before the window as preparation needs).
     *
     * @param window the campaign window
     * @return the generator
     */
    public static Arbitrary<Schedule> readyWithin(DateRange window) {
        return readyWithin(window, 1, 8);
    }

    /**
     * Schedules ready for a campaign window (see {@link #readyWithin(DateRange)}) of {@code min} to
     * {@code max} tasks.
     *
     * @param window the campaign window
     * @param min    the fewest tasks, at least 1
     * @param max    the most tasks, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if the bounds are out of order
     */
    public static Arbitrary<Schedule> readyWithin(DateRange window, int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("tasks: 1 ≤ min ≤ max, not " + min + ".." + max);
        }
        return Combinators.combine(Arbitraries.integers().between(min, max), calendars(), Arbitraries.longs())
                .as((n, calendar, seed) -> fitInto(acyclic(new Random(seed), n, calendar, window.start(), 2), window));
    }

    private static Schedule fitInto(Schedule schedule, DateRange window) {
        Schedule moved = schedule;
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate finish = moved.forecast().get().finish();
            if (!finish.isAfter(window.end())) {
                return moved;
            }
            long over = ChronoUnit.DAYS.between(window.end(), finish);
            moved = moved.toBuilder().start(moved.start().orElseThrow().minusDays(over + 7)).build();
        }
        throw new IllegalStateException("cannot fit " + schedule + " into " + window);
    }

    /**
     * Valid schedules of every shape the model allows: plans, plans in progress with a baseline.
     *
     * @return the generator
     */
    public static Arbitrary<Schedule> schedules() {
        return Arbitraries.oneOf(acyclicSchedules(1, 12), schedulesInProgress(), Arbitraries.just(Schedule.empty()));
    }

    /**
     * Task progress entries of every state.
     *
     * @return the generator
     */
    public static Arbitrary<TaskProgress> taskProgress() {
        Arbitrary<TaskId> ids = CampaignArbitraries.identifiers().map(TaskId::of);
        return Combinators.combine(ids, CampaignArbitraries.dates(), Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 2))
                .as((id, start, days, percent, state) -> state == 0 ? TaskProgress.notStarted(id)
                        : state == 1 ? TaskProgress.started(id, start, percent)
                        : TaskProgress.finished(id, start, start.plusDays(days)));
    }

    /**
     * Baseline entries.
     *
     * @return the generator
     */
    public static Arbitrary<BaselineTask> baselineTasks() {
        return Combinators.combine(CampaignArbitraries.identifiers().map(TaskId::of), CampaignArbitraries.dateRanges())
                .as((id, range) -> BaselineTask.of(id, range.start(), range.end()));
    }

    /**
     * Baselines saved from generated plans.
     *
     * @return the generator
     */
    public static Arbitrary<Baseline> baselines() {
        return acyclicSchedules(1, 12).map(s -> s.forecast().get().toBaseline(s.start().orElseThrow()));
    }

    /**
     * Forecasts of generated schedules.
     *
     * @return the generator
     */
    public static Arbitrary<ScheduleForecast> forecasts() {
        return Arbitraries.oneOf(acyclicSchedules(1, 12), schedulesInProgress()).map(s -> s.forecast().get());
    }

    /**
     * Task forecasts taken from generated forecasts.
     *
     * @return the generator
     */
    public static Arbitrary<TaskForecast> taskForecasts() {
        return forecasts().flatMap(f -> Arbitraries.of(f.tasks()));
    }

    /**
     * Critical subgraphs of generated forecasts.
     *
     * @return the generator
     */
    public static Arbitrary<CriticalSubgraph> criticalSubgraphs() {
        return forecasts().map(ScheduleForecast::criticalSubgraph);
    }
}
