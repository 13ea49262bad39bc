package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rules a {@link Schedule} must pass. Paths are relative to the schedule
 * ({@code tasks[3].duration}, {@code dependencies[7].successor}).
 */
public final class ScheduleRules {

    private static final Rule<Schedule> STANDARD = schedule -> schedule.forecast()
            .fold(problems -> problems, ScheduleForecast::violations);

    private ScheduleRules() {
    }

    /**
     * The schedule can be computed and keeps its deadlines: at least one task and a start;
     * no duplicate task ids, no dependency on an unknown task or on the task itself, no negative
     * duration, no unknown calendar, no cycle (each group of tasks that wait for each other reported
     * once, every task of it named: A ⇄ B ⇄ C is one group {@code [A, B, C]}, at the path of a
     * dependency that closes a cycle), progress only for known tasks and not after the status date, and every
     * finish-no-later-than date met. Every problem is reported, not only the first.
     *
     * @return the rule
     */
    public static Rule<Schedule> standard() {
        return STANDARD;
    }

    /**
     * The schedule is ready for execution within a campaign window: the {@linkplain #standard()
     * standard} rules, every task has an owner, and every task finishes inside the window. A task
     * of the continuation phase that finishes after the window is a warning; any other is an
     * error.
     *
     * @param window the campaign window
     * @return the rule
     */
    public static Rule<Schedule> readyWithin(DateRange window) {
        Objects.requireNonNull(window, "window");
        return schedule -> {
            List<Violation> found = List.empty();
            java.util.List<GanttTask> tasks = schedule.tasks();
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i).owner().isEmpty()) {
                    found = found.append(Violation.of(ScheduleViolation.OWNER_MISSING,
                            RulePaths.indexed("tasks", i) + ".owner", tasks.get(i).id()));
                }
            }
            Seq<Violation> standard = schedule.forecast().fold(problems -> problems, forecast -> forecast.violations()
                    .appendAll(overruns(forecast, window.end())));
            return standard.appendAll(found);
        };
    }

    private static Seq<Violation> overruns(ScheduleForecast forecast, LocalDate end) {
        if (!forecast.finish().isAfter(end)) {
            return List.empty();
        }
        List<Violation> found = List.empty();
        java.util.List<GanttTask> tasks = forecast.schedule().tasks();
        java.util.List<TaskForecast> computed = forecast.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            TaskForecast task = computed.get(i);
            if (task.earlyFinish().isAfter(end)) {
                boolean continuation = tasks.get(i).phase().filter(p -> p == PhaseKind.CONTINUATION).isPresent();
                found = found.append(Violation.of(continuation ? ScheduleViolation.CONTINUATION_AFTER_WINDOW
                        : ScheduleViolation.AFTER_WINDOW, RulePaths.indexed("tasks", i), task.task(),
                        task.earlyFinish().toString(), end.toString()));
            }
        }
        return found;
    }
}
