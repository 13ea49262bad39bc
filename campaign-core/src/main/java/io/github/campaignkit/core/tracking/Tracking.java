package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a campaign records while it runs: the daily reports (进度日报), the execution log (执行日志)
 * and the issue log.
 *
 * <p>{@link #submit}, {@link #record}, {@link #raise}, {@link #decide} and {@link #resolve} are its
 * commands: pure functions that give the changed tracking or a {@link Refusal} with every reason
 * (paths name the command's fields: {@code date}, {@code done[1]}, {@code issue}, …). The
 * campaign's lifecycle applies them for its tracking commands, stamped with its clock and checked
 * against the team and the board.
 *
 * @param reports the daily reports, in the order they were submitted
 * @param log     the execution log, in the order it was written
 * @param issues  the issues, in the order they were raised
 */
@Value.Builder
public record Tracking(List<DailyReport> reports, List<LogEntry> log, List<Issue> issues) {

    private static final Tracking EMPTY = new Tracking(List.of(), List.of(), List.of());

    /**
     * Checks and copies the lists.
     *
     * @throws NullPointerException if a list or an element is null, naming it
     */
    public Tracking {
        reports = Checks.list(reports, "reports");
        log = Checks.list(log, "log");
        issues = Checks.list(issues, "issues");
    }

    /**
     * Nothing tracked yet.
     *
     * @return the empty tracking
     */
    public static Tracking empty() {
        return EMPTY;
    }

    /**
     * A builder for tracking records, for reading them back from storage.
     *
     * @return a new builder
     */
    public static TrackingBuilder builder() {
        return new TrackingBuilder();
    }

    /**
     * A builder that starts from this tracking.
     *
     * @return a builder holding every record of this tracking
     */
    public TrackingBuilder toBuilder() {
        return new TrackingBuilder().from(this);
    }

    /**
     * The report a member submitted for a day.
     *
     * @param date   the day
     * @param member the member
     * @return the report, or empty
     */
    public Optional<DailyReport> report(LocalDate date, MemberId member) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(member, "member");
        return reports.stream().filter(r -> r.date().equals(date) && r.member().equals(member)).findFirst();
    }

    /**
     * The issue with the given id.
     *
     * @param id the id
     * @return the first issue with that id, or empty
     */
    public Optional<Issue> issue(IssueId id) {
        Objects.requireNonNull(id, "id");
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Adds a daily report.
     *
     * <p>Refused, with every reason, when the report is dated outside the campaign window
     * ({@code tracking.report.outside-window}), the member already reported that day
     * ({@code tracking.report.duplicate}), it says nothing at all ({@code tracking.report.empty}) or
     * one of its lines is blank ({@code tracking.report.item.blank}).
     *
     * @param report the report
     * @param window the campaign window (活动时间)
     * @return the changed tracking, or the refusal
     */
    public Either<Refusal, Tracking> submit(DailyReport report, DateRange window) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(window, "window");
        List<Violation> found = new ArrayList<>();
        if (!window.contains(report.date())) {
            found.add(Violation.of(TrackingViolation.REPORT_OUTSIDE_WINDOW, "date", report.date().toString(),
                    window.toString()));
        }
        if (report(report.date(), report.member()).isPresent()) {
            found.add(Violation.of(TrackingViolation.REPORT_DUPLICATE, "date", report.member(),
                    report.date().toString()));
        }
        if (report.done().isEmpty() && report.completedTasks().isEmpty() && report.plan().isEmpty()
                && report.problems().isEmpty() && report.resources().isEmpty()) {
            found.add(Violation.of(TrackingViolation.REPORT_EMPTY, "", report.member(), report.date().toString()));
        }
        blanks(found, "done", report.done());
        blanks(found, "plan", report.plan());
        blanks(found, "problems", report.problems());
        blanks(found, "resources", report.resources());
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        List<DailyReport> next = new ArrayList<>(reports);
        next.add(report);
        return Either.right(new Tracking(next, log, issues));
    }

    /**
     * Adds an execution log entry; refused when its action is blank ({@code tracking.log.action.blank}).
     *
     * @param entry the entry
     * @return the changed tracking, or the refusal
     */
    public Either<Refusal, Tracking> record(LogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.action().isBlank()) {
            return Either.left(Refusal.of(Violation.of(TrackingViolation.LOG_ACTION_BLANK, "action")));
        }
        List<LogEntry> next = new ArrayList<>(log);
        next.add(entry);
        return Either.right(new Tracking(reports, next, issues));
    }

    /**
     * Adds an issue to the log; refused when its id is taken ({@code tracking.issue.duplicate}) or
     * its description is blank ({@code tracking.issue.description.blank}).
     *
     * @param issue the issue
     * @return the changed tracking, or the refusal
     */
    public Either<Refusal, Tracking> raise(Issue issue) {
        Objects.requireNonNull(issue, "issue");
        List<Violation> found = new ArrayList<>();
        if (issue(issue.id()).isPresent()) {
            found.add(Violation.of(TrackingViolation.ISSUE_DUPLICATE, "id", issue.id().value()));
        }
        if (issue.description().isBlank()) {
            found.add(Violation.of(TrackingViolation.ISSUE_DESCRIPTION_BLANK, "description", issue.id().value()));
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        List<Issue> next = new ArrayList<>(issues);
        next.add(issue);
        return Either.right(new Tracking(reports, log, next));
    }

    /**
     * Records a decision on an issue; the first one answers it. Refused when the issue is not in the
     * log ({@code tracking.issue.unknown}), is already resolved ({@code tracking.issue.already-resolved})
     * or the decision is blank ({@code tracking.issue.decision.blank}).
     *
     * @param id       the issue
     * @param decision the decision
     * @return the changed tracking, or the refusal
     */
    public Either<Refusal, Tracking> decide(IssueId id, IssueDecision decision) {
        return update(id, decision, "decision", issue -> issue.withDecision(decision));
    }

    /**
     * Resolves an issue. Refused when the issue is not in the log ({@code tracking.issue.unknown}),
     * is already resolved ({@code tracking.issue.already-resolved}) or the resolution is blank
     * ({@code tracking.issue.decision.blank}).
     *
     * @param id         the issue
     * @param resolution how it was resolved
     * @return the changed tracking, or the refusal
     */
    public Either<Refusal, Tracking> resolve(IssueId id, IssueDecision resolution) {
        return update(id, resolution, "resolution", issue -> issue.withResolution(resolution));
    }

    /**
     * Every person the tracking names, by the path where it names them (relative to the tracking):
     * reporters ({@code reports[0].member}), log authors, issue raisers and deciders.
     *
     * @return the references, in record order
     */
    public Map<String, MemberId> memberReferences() {
        Map<String, MemberId> refs = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            refs.put(RulePaths.indexed("reports", i) + ".member", reports.get(i).member());
        }
        for (int i = 0; i < log.size(); i++) {
            refs.put(RulePaths.indexed("log", i) + ".author", log.get(i).author());
        }
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            String path = RulePaths.indexed("issues", i);
            refs.put(path + ".raisedBy", issue.raisedBy());
            for (int j = 0; j < issue.decisions().size(); j++) {
                refs.put(path + "." + RulePaths.indexed("decisions", j) + ".by", issue.decisions().get(j).by());
            }
            issue.resolution().ifPresent(r -> refs.put(path + ".resolution.by", r.by()));
        }
        return refs;
    }

    private Either<Refusal, Tracking> update(IssueId id, IssueDecision decision, String field,
                                             java.util.function.UnaryOperator<Issue> change) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decision, field);
        List<Violation> found = new ArrayList<>();
        int index = -1;
        for (int i = 0; i < issues.size() && index < 0; i++) {
            if (issues.get(i).id().equals(id)) {
                index = i;
            }
        }
        if (index < 0) {
            found.add(Violation.of(TrackingViolation.ISSUE_UNKNOWN, "issue", id.value()));
        } else if (issues.get(index).status() == IssueStatus.RESOLVED) {
            found.add(Violation.of(TrackingViolation.ISSUE_ALREADY_RESOLVED, "issue", id.value()));
        }
        if (decision.text().isBlank()) {
            found.add(Violation.of(TrackingViolation.ISSUE_DECISION_BLANK, field, id.value()));
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        List<Issue> next = new ArrayList<>(issues);
        next.set(index, change.apply(issues.get(index)));
        return Either.right(new Tracking(reports, log, next));
    }

    private static void blanks(List<Violation> found, String field, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                found.add(Violation.of(TrackingViolation.REPORT_ITEM_BLANK, RulePaths.indexed(field, i)));
            }
        }
    }

    /**
     * These records as the skeleton of the next campaign: nothing. Daily reports, log entries and
     * issues are all records of what happened (dated actuals), so everything is stripped and the
     * {@linkplain #empty() empty} tracking is returned.
     *
     * @return the empty tracking
     */
    public Tracking template() {
        return EMPTY;
    }
}
