package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.TaskProgress;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.TaskStatusChange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Gantt chart's progress as the board reports it: each Gantt row's board task, as its status
 * stood on a day, gives the row's actual start and finish. The board is where work is reported;
 * the schedule's own progress list is for a schedule kept without a board.
 */
final class BoardProgress {

    private BoardProgress() {
    }

    /** The schedule with the progress the board reports as of the day, read in the zone. */
    static Schedule of(Schedule schedule, TaskBoard board, LocalDate asOf, ZoneId zone) {
        List<TaskProgress> reported = new ArrayList<>();
        for (GanttTask row : schedule.tasks()) {
            board.task(row.id()).flatMap(task -> progress(task, asOf, zone)).ifPresent(reported::add);
        }
        return schedule.withProgress(asOf, reported);
    }

    /**
     * A task's progress as of the day: its status then (the last change on or before the day; the
     * status it has when its changes were not recorded), started on the day it first left
     * {@code NOT_STARTED} (its planned start when not recorded), finished on the day it last became
     * done or closed (its planned end when not recorded). Empty for a task not started.
     */
    private static Optional<TaskProgress> progress(Task task, LocalDate asOf, ZoneId zone) {
        TaskStatus status = task.history().isEmpty() ? task.status() : TaskStatus.NOT_STARTED;
        Optional<LocalDate> started = Optional.empty();
        Optional<LocalDate> finished = Optional.empty();
        for (TaskStatusChange change : task.history()) {
            LocalDate day = LocalDate.ofInstant(change.at(), zone);
            if (day.isAfter(asOf)) {
                break;
            }
            status = change.to();
            if (started.isEmpty() && change.to() != TaskStatus.NOT_STARTED) {
                started = Optional.of(day);
            }
            finished = change.to().isFinished() ? Optional.of(day) : Optional.empty();
        }
        if (status == TaskStatus.NOT_STARTED) {
            return Optional.empty();
        }
        LocalDate start = min(started.orElse(task.start()), asOf);
        if (status.isFinished()) {
            LocalDate finish = min(finished.orElse(task.end()), asOf);
            return Optional.of(TaskProgress.finished(task.id(), start, finish.isBefore(start) ? start : finish));
        }
        return Optional.of(TaskProgress.started(task.id(), start, 0));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
