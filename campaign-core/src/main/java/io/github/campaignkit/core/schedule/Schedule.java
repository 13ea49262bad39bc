package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The execution schedule of a campaign (执行甘特图): tasks with durations in working days,
 * dependencies of the four types with lags, the working calendar(s), and, once work starts, the
 * progress as of a status date and a saved baseline to measure it against.
 *
 * <p>A schedule is a value and may be a draft; {@link ScheduleRules#standard()} reports every
 * problem at once (duplicate or dangling ids, self-dependencies, negative durations, each group
 * of tasks that wait for each other in a circle). {@link #forecast()} computes early and late dates, floats and the
 * critical subgraph by the critical path method, re-forecasting the rest of the work from the
 * status date when progress is reported.
 *
 * @param start          the day work may begin, required once there are tasks
 * @param calendar       the schedule's calendar: tasks without one of their own, and every lag,
 *                       count its working days
 * @param otherCalendars further calendars tasks may name, each name once
 * @param tasks          the tasks, in the order the chart lists them
 * @param dependencies   who waits for whom
 * @param statusDate     the day progress is reported as of (its end), when reported
 * @param progress       what has happened to tasks, at most one entry per task
 * @param baseline       the saved plan, when one was saved
 */
@Value.Builder
public record Schedule(Optional<LocalDate> start, WorkingCalendar calendar, List<WorkingCalendar> otherCalendars,
                       List<GanttTask> tasks, List<Dependency> dependencies, Optional<LocalDate> statusDate,
                       List<TaskProgress> progress, Optional<Baseline> baseline) {

    private static final Schedule EMPTY = new Schedule(Optional.empty(), WorkingCalendar.mondayToFriday(), List.of(),
            List.of(), List.of(), Optional.empty(), List.of(), Optional.empty());

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or a list element is null, naming it
     */
    public Schedule {
        Checks.optional(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        otherCalendars = Checks.list(otherCalendars, "otherCalendars");
        tasks = Checks.list(tasks, "tasks");
        dependencies = Checks.list(dependencies, "dependencies");
        Checks.optional(statusDate, "statusDate");
        progress = Checks.list(progress, "progress");
        Checks.optional(baseline, "baseline");
    }

    /**
     * The schedule of a campaign not yet planned: no tasks, Monday to Friday.
     *
     * @return the empty schedule
     */
    public static Schedule empty() {
        return EMPTY;
    }

    /**
     * A builder for a schedule, on the Monday-to-Friday calendar unless another is set.
     *
     * @return a new builder
     */
    public static ScheduleBuilder builder() {
        return new ScheduleBuilder().calendar(WorkingCalendar.mondayToFriday());
    }

    /**
     * A builder that starts from this schedule.
     *
     * @return a builder holding every component of this schedule
     */
    public ScheduleBuilder toBuilder() {
        return new ScheduleBuilder().from(this);
    }

    /**
     * Whether the schedule has no task.
     *
     * @return true when there is no task
     */
    public boolean isEmpty() {
        return tasks.isEmpty();
    }

    /**
     * Computes the schedule by the critical path method: early and late dates, total and free
     * float, critical tasks and the critical subgraph, the finish, and, with progress reported,
     * the rest of the work re-forecast from the status date, with the slip against the baseline.
     *
     * <p>The computation is iterative and linear in the number of tasks and dependencies; a chain
     * of a million tasks is fine.
     *
     * @return the forecast (with what it found: deadlines that cannot be met, repeated
     *         dependencies), or every problem that keeps the schedule from being computed
     */
    public Validation<Seq<Violation>, ScheduleForecast> forecast() {
        return CriticalPathMethod.forecast(this);
    }

    /**
     * This schedule with its progress reported as of a status date, replacing earlier progress.
     *
     * @param asOf     the status date
     * @param reported what has happened to tasks
     * @return a copy
     */
    public Schedule withProgress(LocalDate asOf, List<TaskProgress> reported) {
        return toBuilder().statusDate(asOf).progress(reported).build();
    }

    /**
     * This schedule without progress or status date: the plan as it stands.
     *
     * @return a copy
     */
    public Schedule withoutProgress() {
        return toBuilder().statusDate(Optional.empty()).progress(List.of()).build();
    }

    /**
     * This schedule with a baseline.
     *
     * @param saved the baseline
     * @return a copy
     */
    public Schedule withBaseline(Baseline saved) {
        return toBuilder().baseline(saved).build();
    }

    /**
     * This schedule with other tasks.
     *
     * @param newTasks the tasks
     * @return a copy
     */
    public Schedule withTasks(List<GanttTask> newTasks) {
        return toBuilder().tasks(newTasks).build();
    }

    /**
     * This schedule with other dependencies.
     *
     * @param newDependencies the dependencies
     * @return a copy
     */
    public Schedule withDependencies(List<Dependency> newDependencies) {
        return toBuilder().dependencies(newDependencies).build();
    }

    /**
     * This schedule as the skeleton of the next campaign: the same tasks (name, module, owner,
     * duration in working days, phase, calendar, note) and dependencies with their types and lags,
     * on calendars with the same names and working weekdays. Stripped: the project start, each
     * task's start-no-earlier-than and finish-no-later-than dates, the status date and progress (the
     * actuals), the baseline, and the calendars' holidays and make-up working days, which belong to
     * their year (give the next year's with {@link WorkingCalendar#withHolidays}).
     *
     * @return the template
     */
    public Schedule template() {
        java.util.List<GanttTask> undated = new java.util.ArrayList<>();
        for (GanttTask task : tasks) {
            undated.add(task.toBuilder().startNoEarlierThan(Optional.empty()).finishNoLaterThan(Optional.empty())
                    .build());
        }
        java.util.List<WorkingCalendar> others = new java.util.ArrayList<>();
        for (WorkingCalendar other : otherCalendars) {
            others.add(undated(other));
        }
        return new Schedule(Optional.empty(), undated(calendar), others, undated, dependencies, Optional.empty(),
                List.of(), Optional.empty());
    }

    private static WorkingCalendar undated(WorkingCalendar calendar) {
        return new WorkingCalendar(calendar.name(), calendar.workingDays(), List.of(), List.of());
    }
}
