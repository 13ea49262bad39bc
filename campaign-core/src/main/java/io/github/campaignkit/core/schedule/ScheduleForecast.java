package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.TaskId;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A schedule computed by the critical path method (see {@link Schedule#forecast()}): the early
 * and late dates and floats of every task, the critical subgraph, the finish, and against a
 * baseline the slip of every task and of the finish.
 *
 * <p>A forecast is immutable and thread-safe. It keeps its numbers in arrays and gives each task's
 * {@link TaskForecast} when asked, so that schedules of hundreds of thousands of tasks stay
 * cheap; {@link #tasks()} is a list view in the order of the schedule's tasks.
 */
public final class ScheduleForecast {

    private final Schedule schedule;
    private final TaskIndex index;
    private final CriticalPathMethod.Computation numbers;
    private final CriticalSubgraph criticalSubgraph;
    private final Seq<Violation> violations;
    private final LocalDate finish;
    private final int[] baselineFinish;
    private final DayIndex[] calendars;
    private final int[] calendarOf;
    private final int[] position;
    private final List<TaskForecast> view;
    /** The dates of the days the forecast spans, made once each as tasks are read; null beyond 2^16 days. */
    private final LocalDate[] dates;
    private final int firstDay;

    ScheduleForecast(Schedule schedule, TaskIndex index, CriticalPathMethod.Computation numbers,
                     CriticalSubgraph criticalSubgraph, Seq<Violation> violations, LocalDate finish,
                     CriticalPathMethod.Graph graph) {
        this.schedule = schedule;
        this.index = index;
        this.numbers = numbers;
        this.criticalSubgraph = criticalSubgraph;
        this.violations = violations;
        this.finish = finish;
        this.calendars = graph.calendars;
        this.calendarOf = graph.calendarOf;
        this.position = graph.position;
        int n = schedule.tasks().size();
        this.baselineFinish = new int[n];
        java.util.Arrays.fill(baselineFinish, Integer.MIN_VALUE);
        schedule.baseline().ifPresent(baseline -> {
            for (BaselineTask entry : baseline.tasks()) {
                int i = index.get(entry.task());
                if (i >= 0) {
                    baselineFinish[i] = DayIndex.epochDay(entry.finish());
                }
            }
        });
        this.view = new TaskList();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int k = 0; k < numbers.esDay.length; k++) {
            first = Math.min(first, Math.min(numbers.esDay[k], numbers.lsDay[k]));
            last = Math.max(last, Math.max(numbers.efDay[k], numbers.lfDay[k]));
        }
        this.firstDay = first;
        this.dates = first <= last && (long) last - first < 1 << 16 ? new LocalDate[last - first + 1] : null;
    }

    /**
     * The date of an epoch day. Tasks share a few hundred days, so reading every task's forecast
     * makes each date once instead of four per task; a race only makes one twice (dates are
     * immutable).
     */
    private LocalDate date(int day) {
        if (dates == null) {
            return LocalDate.ofEpochDay(day);
        }
        LocalDate made = dates[day - firstDay];
        if (made == null) {
            made = LocalDate.ofEpochDay(day);
            dates[day - firstDay] = made;
        }
        return made;
    }

    /**
     * The schedule this forecast was computed from.
     *
     * @return the schedule
     */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * The day work begins: the schedule's start.
     *
     * @return the start
     */
    public LocalDate start() {
        return schedule.start().orElseThrow();
    }

    /**
     * The day the last task finishes (its last working day, or a milestone's day).
     *
     * @return the project finish
     */
    public LocalDate finish() {
        return finish;
    }

    /**
     * The status date the rest of the work was re-forecast from, if progress was reported.
     *
     * @return the status date
     */
    public Optional<LocalDate> statusDate() {
        return schedule.statusDate();
    }

    /**
     * Every task's forecast, in the order of the schedule's tasks.
     *
     * @return an unmodifiable list view
     */
    public List<TaskForecast> tasks() {
        return view;
    }

    /**
     * The forecast of one task.
     *
     * @param id the task's id
     * @return its forecast, empty for a task the schedule does not have
     */
    public Optional<TaskForecast> task(TaskId id) {
        Objects.requireNonNull(id, "id");
        int i = index.get(id);
        return i < 0 ? Optional.empty() : Optional.of(view.get(i));
    }

    /**
     * The critical tasks and the driving dependencies between them.
     *
     * @return the critical subgraph
     */
    public CriticalSubgraph criticalSubgraph() {
        return criticalSubgraph;
    }

    /**
     * The forecasts of the critical tasks, in the order of the schedule's tasks.
     *
     * @return the critical tasks
     */
    public List<TaskForecast> criticalTasks() {
        List<TaskForecast> found = new ArrayList<>();
        for (int i = 0; i < numbers.critical.length; i++) {
            if (numbers.critical[position[i]]) {
                found.add(view.get(i));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The tasks flagged as delayed: not finished, and later than their baseline finish or unable
     * to meet their own deadline.
     *
     * @return the delayed tasks, in the order of the schedule's tasks
     */
    public List<TaskForecast> delayedTasks() {
        List<TaskForecast> found = new ArrayList<>();
        for (TaskForecast task : view) {
            if (task.isDelayed()) {
                found.add(task);
            }
        }
        return List.copyOf(found);
    }

    /**
     * What the computation found that does not keep it from being made: deadlines that cannot be
     * met ({@code schedule.task.deadline.missed}, an error) and dependencies listed twice (a
     * warning). Paths are relative to the schedule.
     *
     * @return the violations, empty when none
     */
    public Seq<Violation> violations() {
        return violations;
    }

    /**
     * The baseline's finish, if a baseline is saved.
     *
     * @return the baseline finish
     */
    public Optional<LocalDate> baselineFinish() {
        return schedule.baseline().map(Baseline::finish);
    }

    /**
     * Working days (of the schedule's calendar) the finish lies after the baseline finish,
     * negative when ahead.
     *
     * @return the slip, empty without a baseline
     */
    public Optional<Integer> finishSlip() {
        DayIndex p = calendars[0];
        return schedule.baseline().map(b -> p.count(DayIndex.epochDay(finish) + 1)
                - p.count(DayIndex.epochDay(b.finish()) + 1));
    }

    /**
     * This forecast saved as a baseline: the early dates of every task and the finish.
     *
     * @param savedOn the day it is saved
     * @return the baseline
     */
    public Baseline toBaseline(LocalDate savedOn) {
        List<BaselineTask> entries = new ArrayList<>(view.size());
        for (int i = 0; i < view.size(); i++) {
            int k = position[i];
            entries.add(new BaselineTask(schedule.tasks().get(i).id(), LocalDate.ofEpochDay(numbers.esDay[k]),
                    LocalDate.ofEpochDay(numbers.efDay[k])));
        }
        return new Baseline(savedOn, finish, entries);
    }

    private TaskForecast at(int i) {
        int k = position[i];
        Optional<Integer> slip = Optional.empty();
        if (baselineFinish[i] != Integer.MIN_VALUE) {
            DayIndex c = calendars[calendarOf[k]];
            slip = Optional.of(c.count(numbers.efDay[k] + 1) - c.count(baselineFinish[i] + 1));
        }
        int total = numbers.totalFloat[k];
        boolean late = total < 0 || slip.filter(s -> s > 0).isPresent();
        byte kind = numbers.kind(k);
        TaskState state = kind == CriticalPathMethod.DONE ? TaskState.DONE : late ? TaskState.DELAYED
                : kind == CriticalPathMethod.STARTED ? TaskState.IN_PROGRESS : TaskState.NOT_STARTED;
        return new TaskForecast(schedule.tasks().get(i).id(), date(numbers.esDay[k]), date(numbers.efDay[k]),
                date(numbers.lsDay[k]), date(numbers.lfDay[k]), total, numbers.freeFloat[k], numbers.critical[k], state,
                slip);
    }

    /** The list view of the task forecasts. */
    private final class TaskList extends AbstractList<TaskForecast> implements RandomAccess {
        @Override
        public TaskForecast get(int i) {
            Objects.checkIndex(i, size());
            return at(i);
        }

        @Override
        public int size() {
            return numbers.critical.length;
        }
    }
}
