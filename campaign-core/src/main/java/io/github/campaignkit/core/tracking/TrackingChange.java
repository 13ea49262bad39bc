package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The changes of a campaign's {@link Tracking}: daily reports (进度日报), the execution log (执行日志)
 * and the issue log. Each is stamped with the actor and the lifecycle clock's time, and refused
 * with the reasons of {@link Tracking}'s own functions plus those that need the rest of the
 * campaign (a task not on the board, a module the team does not have). Texts are stored stripped.
 */
public sealed interface TrackingChange extends PartChange<Tracking, TrackingChange.Context>
        permits TrackingChange.SubmitReport, TrackingChange.RecordLogEntry, TrackingChange.RaiseIssue,
        TrackingChange.DecideIssue, TrackingChange.ResolveIssue {

    /** The kinds of tracking change, with their labels. */
    enum Type implements Labelled {
        /** Submit a daily report. */
        SUBMIT_REPORT,
        /** Write an entry of the execution log. */
        RECORD_LOG_ENTRY,
        /** Raise an issue. */
        RAISE_ISSUE,
        /** Record a decision on an issue. */
        DECIDE_ISSUE,
        /** Resolve an issue. */
        RESOLVE_ISSUE
    }

    @Override
    Type type();

    /**
     * What a tracking change needs of the campaign.
     *
     * @param actor  who makes the change
     * @param at     when
     * @param window the campaign's window, which a daily report's day must fall in
     * @param board  the task board, whose tasks reports, log entries and issues may name
     * @param team   the team, whose modules issues belong to
     */
    record Context(MemberId actor, Instant at, DateRange window, TaskBoard board, Team team) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Context {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(board, "board");
            Objects.requireNonNull(team, "team");
        }

        private Seq<Violation> unknownTask(Optional<TaskId> task) {
            return task.filter(t -> board.task(t).isEmpty())
                    .map(t -> List.of(Violation.of(TeamViolation.TASK_UNKNOWN, "task", t.value())))
                    .orElse(List.empty());
        }
    }

    private static <T> Either<Refusal, T> combine(Either<Refusal, T> result, Seq<Violation> more) {
        if (more.isEmpty()) {
            return result;
        }
        Seq<Violation> all = result.isLeft() ? result.getLeft().violations().appendAll(more) : more;
        return Either.left(Refusal.of(all));
    }

    private static java.util.List<String> strip(java.util.List<String> lines) {
        return lines.stream().map(String::strip).collect(Collectors.toList());
    }

    /**
     * Submit the actor's daily report for a day; the clock's time decides whether it is late.
     * Refused when the day is outside the window, the actor already reported that day, the report
     * is empty or names a task not on the board (see {@link Tracking#submit}).
     *
     * @param date           the day reported on
     * @param done           今日完成事项
     * @param completedTasks the board tasks finished that day
     * @param plan           明日计划
     * @param problems       存在问题
     * @param resources      需协调资源
     */
    @Value.Builder
    record SubmitReport(LocalDate date, java.util.List<String> done, java.util.List<TaskId> completedTasks,
                        java.util.List<String> plan, java.util.List<String> problems,
                        java.util.List<String> resources) implements TrackingChange {

        /**
         * Checks the components and copies the lists.
         *
         * @throws NullPointerException if a component or an element is null, naming it
         */
        public SubmitReport {
            Objects.requireNonNull(date, "date");
            done = Checks.list(done, "done");
            completedTasks = Checks.list(completedTasks, "completedTasks");
            plan = Checks.list(plan, "plan");
            problems = Checks.list(problems, "problems");
            resources = Checks.list(resources, "resources");
        }

        /**
         * A builder for a report.
         *
         * @return a new builder
         */
        public static SubmitReportBuilder builder() {
            return new SubmitReportBuilder();
        }

        @Override
        public Either<Refusal, Tracking> applyTo(Tracking tracking, Context context) {
            DailyReport report = new DailyReport(date, context.actor(), strip(done), completedTasks, strip(plan),
                    strip(problems), strip(resources), context.at());
            Seq<Violation> unknown = List.empty();
            for (int i = 0; i < completedTasks.size(); i++) {
                TaskId task = completedTasks.get(i);
                if (context.board().task(task).isEmpty()) {
                    unknown = unknown.append(Violation.of(TeamViolation.TASK_UNKNOWN,
                            RulePaths.indexed("completedTasks", i), task));
                }
            }
            return combine(tracking.submit(report, context.window()), unknown);
        }

        @Override
        public Type type() {
            return Type.SUBMIT_REPORT;
        }
    }

    /**
     * Write an entry of the execution log.
     *
     * @param action     the key action
     * @param problem    the problem met, if any
     * @param resolution how it was solved, if it was
     * @param task       the board task it concerns, if any
     */
    @Value.Builder
    record RecordLogEntry(String action, Optional<String> problem, Optional<String> resolution,
                          Optional<TaskId> task) implements TrackingChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RecordLogEntry {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(task, "task");
        }

        /**
         * An entry with only its action.
         *
         * @param action the key action
         * @return the change
         */
        public static RecordLogEntry of(String action) {
            return new RecordLogEntry(action, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /**
         * A builder for a log entry.
         *
         * @return a new builder
         */
        public static RecordLogEntryBuilder builder() {
            return new RecordLogEntryBuilder();
        }

        @Override
        public Either<Refusal, Tracking> applyTo(Tracking tracking, Context context) {
            LogEntry entry = new LogEntry(context.at(), context.actor(), action.strip(), problem.map(String::strip),
                    resolution.map(String::strip), task);
            return combine(tracking.record(entry), context.unknownTask(task));
        }

        @Override
        public Type type() {
            return Type.RECORD_LOG_ENTRY;
        }
    }

    /**
     * Raise an issue in a module; where it goes and when it escalates follows the tracking's policy.
     *
     * @param issue       the issue's id
     * @param module      the module it belongs to
     * @param severity    small, big or urgent
     * @param description what happened
     * @param task        the board task it concerns, if any
     */
    @Value.Builder
    record RaiseIssue(IssueId issue, ModuleId module, IssueSeverity severity, String description,
                      Optional<TaskId> task) implements TrackingChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RaiseIssue {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(task, "task");
        }

        /**
         * An issue about no particular task.
         *
         * @param issue       the issue's id
         * @param module      the module
         * @param severity    the severity
         * @param description what happened
         * @return the change
         */
        public static RaiseIssue of(IssueId issue, ModuleId module, IssueSeverity severity, String description) {
            return new RaiseIssue(issue, module, severity, description, Optional.empty());
        }

        /**
         * A builder for an issue.
         *
         * @return a new builder
         */
        public static RaiseIssueBuilder builder() {
            return new RaiseIssueBuilder();
        }

        @Override
        public Either<Refusal, Tracking> applyTo(Tracking tracking, Context context) {
            Issue raised = new Issue(issue, context.at(), context.actor(), module, severity, description.strip(), task,
                    java.util.List.of(), Optional.empty());
            Seq<Violation> more = context.unknownTask(task);
            if (context.team().module(module).isEmpty()) {
                more = List.of(Violation.of(TeamViolation.MODULE_UNKNOWN, "module", module.value())).appendAll(more);
            }
            return combine(tracking.raise(raised), more);
        }

        @Override
        public Type type() {
            return Type.RAISE_ISSUE;
        }
    }

    /**
     * Record a decision on an open issue.
     *
     * @param issue    the issue
     * @param decision what was decided
     */
    record DecideIssue(IssueId issue, String decision) implements TrackingChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public DecideIssue {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(decision, "decision");
        }

        /**
         * A decision on an issue.
         *
         * @param issue    the issue
         * @param decision what was decided
         * @return the change
         */
        public static DecideIssue of(IssueId issue, String decision) {
            return new DecideIssue(issue, decision);
        }

        @Override
        public Either<Refusal, Tracking> applyTo(Tracking tracking, Context context) {
            return tracking.decide(issue, IssueDecision.of(context.at(), context.actor(), decision.strip()));
        }

        @Override
        public Type type() {
            return Type.DECIDE_ISSUE;
        }
    }

    /**
     * Resolve an issue.
     *
     * @param issue      the issue
     * @param resolution how it was resolved
     */
    record ResolveIssue(IssueId issue, String resolution) implements TrackingChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ResolveIssue {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(resolution, "resolution");
        }

        /**
         * A resolution of an issue.
         *
         * @param issue      the issue
         * @param resolution how it was resolved
         * @return the change
         */
        public static ResolveIssue of(IssueId issue, String resolution) {
            return new ResolveIssue(issue, resolution);
        }

        @Override
        public Either<Refusal, Tracking> applyTo(Tracking tracking, Context context) {
            return tracking.resolve(issue, IssueDecision.of(context.at(), context.actor(), resolution.strip()));
        }

        @Override
        public Type type() {
            return Type.RESOLVE_ISSUE;
        }
    }
}
