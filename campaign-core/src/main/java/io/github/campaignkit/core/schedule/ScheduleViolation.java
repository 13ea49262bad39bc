package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes the schedule's rules, its forecast and its gate raise. */
public enum ScheduleViolation implements ViolationCode {
    /** A line of a calendar's text form cannot be read. */
    CALENDAR_LINE_INVALID("schedule.calendar.line.invalid", Severity.ERROR),
    /** A day of a calendar's text form is both off and worked. */
    CALENDAR_DAY_CONFLICT("schedule.calendar.day.conflict", Severity.ERROR),
    /** A day of a calendar's text form lies outside the days its {@code covers} line names. */
    CALENDAR_DAY_UNCOVERED("schedule.calendar.day.uncovered", Severity.ERROR),
    /** A task's dates fall outside the days its calendar (or the schedule's) covers. */
    CALENDAR_UNCOVERED("schedule.calendar.uncovered", Severity.ERROR),
    /** Two calendars of a schedule have the same name. */
    CALENDAR_DUPLICATE("schedule.calendar.duplicate", Severity.ERROR),
    /** A schedule with tasks has no start date. */
    START_MISSING("schedule.start.missing", Severity.ERROR),
    /** A task id is used by more than one task. */
    TASK_DUPLICATE("schedule.task.duplicate", Severity.ERROR),
    /** A task's duration is negative. */
    TASK_DURATION_NEGATIVE("schedule.task.duration.negative", Severity.ERROR),
    /** A task's duration is longer than the scheduler accepts. */
    TASK_DURATION_TOO_LONG("schedule.task.duration.too-long", Severity.ERROR),
    /** A task names a calendar the schedule does not have. */
    TASK_CALENDAR_UNKNOWN("schedule.task.calendar.unknown", Severity.ERROR),
    /** A dependency names a task the schedule does not have. */
    DEPENDENCY_UNKNOWN_TASK("schedule.dependency.unknown-task", Severity.ERROR),
    /** A task depends on itself. */
    DEPENDENCY_SELF("schedule.dependency.self", Severity.ERROR),
    /** The same dependency (predecessor, successor and type) is listed twice; the larger lag counts. */
    DEPENDENCY_DUPLICATE("schedule.dependency.duplicate", Severity.WARNING),
    /** A lag is longer than the scheduler accepts. */
    DEPENDENCY_LAG_TOO_LONG("schedule.dependency.lag.too-long", Severity.ERROR),
    /**
     * Tasks depend on each other in a circle: one violation per group of tasks that all wait for
     * each other (a strongly connected component); arguments: the ids of the group's tasks as a
     * list, in schedule order, and how many they are.
     */
    CYCLE("schedule.cycle", Severity.ERROR),
    /** Progress is reported for a task the schedule does not have. */
    PROGRESS_UNKNOWN_TASK("schedule.progress.unknown-task", Severity.ERROR),
    /** Progress is reported twice for one task. */
    PROGRESS_DUPLICATE("schedule.progress.duplicate", Severity.ERROR),
    /** Progress is reported without a status date. */
    STATUS_DATE_MISSING("schedule.progress.status-date.missing", Severity.ERROR),
    /** An actual date lies after the status date. */
    ACTUAL_AFTER_STATUS_DATE("schedule.progress.after-status-date", Severity.ERROR),
    /** The schedule reaches beyond the years 1–9999. */
    OUT_OF_RANGE("schedule.out-of-range", Severity.ERROR),
    /** A task cannot finish by its finish-no-later-than date: its total float is negative. */
    DEADLINE_MISSED("schedule.task.deadline.missed", Severity.ERROR),
    /** The schedule has no task. */
    EMPTY("schedule.empty", Severity.ERROR),
    /** A task has no owner. */
    OWNER_MISSING("schedule.task.owner.missing", Severity.ERROR),
    /** A task finishes after the campaign window. */
    AFTER_WINDOW("schedule.task.after-window", Severity.ERROR),
    /** A task of the continuation phase finishes after the campaign window. */
    CONTINUATION_AFTER_WINDOW("schedule.task.continuation.after-window", Severity.WARNING),
    /** A refused value: A finished task needs its actual start. */
    FINISH_WITHOUT_START("schedule.value.finish-without-start", Severity.ERROR),
    /** A refused value: A finished task is 100% complete, not …%. */
    FINISHED_PERCENT("schedule.value.finished-percent", Severity.ERROR),
    /** A refused value: 100% complete needs an actual finish. */
    COMPLETE_WITHOUT_FINISH("schedule.value.complete-without-finish", Severity.ERROR),
    /** A refused value: A task not started is 0% complete, not …%. */
    UNSTARTED_PERCENT("schedule.value.unstarted-percent", Severity.ERROR),
    /** A refused value: A calendar needs at least one working weekday. */
    NO_WORKING_WEEKDAY("schedule.value.no-working-weekday", Severity.ERROR),
    /** A refused value: … is also a holiday. */
    HOLIDAY_AND_WORKING("schedule.value.holiday-and-working", Severity.ERROR),
    /** A refused value: … working days reach beyond the year 9999. */
    BEYOND_9999("schedule.value.beyond-9999", Severity.ERROR),
    /** A refused value: no public holiday data for a year asked for. */
    NO_HOLIDAY_DATA("schedule.value.no-holiday-data", Severity.ERROR),
    /** A refused value: a calendar asked about a day outside the days it covers. */
    UNCOVERED("schedule.value.uncovered", Severity.ERROR),
    /** A refused value: a holiday or make-up working day outside the days the calendar covers. */
    UNCOVERED_DAY("schedule.value.uncovered-day", Severity.ERROR);

    private final String code;
    private final Severity severity;

    ScheduleViolation(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
