package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Moments;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamModule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of execution tracking: the records themselves, the daily reports against their
 * deadlines, and the issues against their routes. Rules that depend on the time take a
 * {@link Clock}; nothing reads the system time.
 *
 * <p>Paths are relative to the tracking ({@code reports[3].submittedAt}, {@code issues[0]}); times
 * in messages are shown in the policy's zone ({@code 2024-08-02 17:00}).
 */
public final class TrackingRules {

    private static final Rule<Tracking> STANDARD = TrackingRules::check;
    private static final Rule<Tracking> SEVERE_RESOLVED = TrackingRules::severe;

    private TrackingRules() {
    }

    /**
     * The records are well formed: one report per member and day ({@code tracking.report.duplicate}),
     * no blank report line ({@code tracking.report.item.blank}), no blank log action
     * ({@code tracking.log.action.blank}), issue ids unique ({@code tracking.issue.duplicate}),
     * descriptions and decisions not blank. The commands refuse all of these; the rule finds them in
     * records read from elsewhere.
     *
     * @return the rule
     */
    public static Rule<Tracking> standard() {
        return STANDARD;
    }

    /**
     * Every daily report is dated inside the campaign window ({@code tracking.report.outside-window}).
     *
     * @param window the campaign window
     * @return the rule
     */
    public static Rule<Tracking> reportsWithin(DateRange window) {
        Objects.requireNonNull(window, "window");
        return tracking -> {
            List<Violation> found = List.empty();
            for (int i = 0; i < tracking.reports().size(); i++) {
                DailyReport report = tracking.reports().get(i);
                if (!window.contains(report.date())) {
                    found = found.append(Violation.of(TrackingViolation.REPORT_OUTSIDE_WINDOW,
                            RulePaths.indexed("reports", i) + ".date", report.date().toString(), window.toString()));
                }
            }
            return found;
        };
    }

    /**
     * No big or urgent issue is left unresolved ({@code tracking.issue.unresolved}): what leaving
     * execution needs.
     *
     * @return the rule
     */
    public static Rule<Tracking> severeIssuesResolved() {
        return SEVERE_RESOLVED;
    }

    /**
     * The daily reports against their deadlines. A report for a day is due at the policy's
     * {@linkplain TrackingPolicy#reportDueAt() time} that day in its zone, on the policy's reporting
     * days among {@code days}. Once a deadline has passed by the clock's time, each member who owes a
     * report for that day (per the policy's {@linkplain TrackingPolicy#reportDuty() duty}) and has
     * none is reported missing ({@code tracking.report.missing}, or {@code tracking.report.none} when
     * one report from anyone would do). Every report on such a day submitted after the deadline is
     * late ({@code tracking.report.late}, a warning).
     *
     * @param tracking the tracking
     * @param team     the team, for the duty
     * @param days     the days reports are owed for, usually the campaign's execution days
     * @param policy   the deadlines
     * @param clock    the clock giving the time of the evaluation
     * @return every violation found, day by day
     */
    public static Seq<Violation> reports(Tracking tracking, Team team, Iterable<LocalDate> days,
                                         TrackingPolicy policy, Clock clock) {
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clock, "clock");
        Instant now = clock.instant();
        java.util.List<MemberId> owing = owing(team, policy.reportDuty());
        List<Violation> found = List.empty();
        for (LocalDate day : days) {
            if (!policy.reportingDays().contains(day.getDayOfWeek())) {
                continue;
            }
            Instant due = day.atTime(policy.reportDueAt()).atZone(policy.zone()).toInstant();
            String dueText = Moments.show(due, policy.zone());
            for (int i = 0; i < tracking.reports().size(); i++) {
                DailyReport report = tracking.reports().get(i);
                if (report.date().equals(day) && report.submittedAt().isAfter(due)) {
                    found = found.append(Violation.of(TrackingViolation.REPORT_LATE,
                            RulePaths.indexed("reports", i) + ".submittedAt", report.member(), day.toString(),
                            Moments.show(report.submittedAt(), policy.zone()), dueText));
                }
            }
            if (!now.isAfter(due)) {
                continue;
            }
            if (policy.reportDuty() == ReportDuty.TEAM) {
                if (tracking.reports().stream().noneMatch(r -> r.date().equals(day))) {
                    found = found.append(Violation.of(TrackingViolation.REPORT_NONE, "reports", day.toString(),
                            dueText));
                }
                continue;
            }
            for (MemberId member : owing) {
                if (tracking.report(day, member).isEmpty()) {
                    found = found.append(Violation.of(TrackingViolation.REPORT_MISSING, "reports", member,
                            day.toString(), dueText));
                }
            }
        }
        return found;
    }

    /**
     * The issues against their routes at the clock's time, see {@link Escalations}: each escalation
     * ({@code tracking.issue.escalated}, a warning, with its time); an issue still unanswered after
     * the deadline of the overall lead ({@code tracking.issue.response.overdue}) or answered after it
     * ({@code tracking.issue.response.late}, a warning); an issue with a resolution deadline still
     * unresolved after it ({@code tracking.issue.fix.overdue}) or resolved after it
     * ({@code tracking.issue.fix.late}, a warning); an unresolved issue nobody can handle
     * ({@code tracking.issue.no-handler}).
     *
     * @param tracking the tracking
     * @param team     the team whose leads handle the issues
     * @param policy   the routes and deadlines
     * @param clock    the clock giving the time of the evaluation
     * @return every violation found, issue by issue
     */
    public static Seq<Violation> issues(Tracking tracking, Team team, TrackingPolicy policy, Clock clock) {
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clock, "clock");
        Instant now = clock.instant();
        List<Violation> found = List.empty();
        for (int i = 0; i < tracking.issues().size(); i++) {
            Issue issue = tracking.issues().get(i);
            String path = RulePaths.indexed("issues", i);
            String id = issue.id().value();
            Optional<MemberId> handler = Escalations.handler(issue, team, policy, now);
            if (handler.isEmpty()) {
                if (issue.status() != IssueStatus.RESOLVED) {
                    found = found.append(Violation.of(TrackingViolation.ISSUE_NO_HANDLER, path, id));
                }
                continue;
            }
            for (Escalation e : Escalations.of(issue, team, policy, now)) {
                found = found.append(Violation.of(TrackingViolation.ISSUE_ESCALATED, path, id, e.from().value(),
                        e.to().value(), Moments.show(e.at(), policy.zone()), e.toRole()));
            }
            Instant deadline = Escalations.deadline(issue, team, policy, now).orElseThrow();
            Optional<Instant> answered = issue.answeredAt();
            if (answered.isEmpty() && now.isAfter(deadline)) {
                found = found.append(Violation.of(TrackingViolation.ISSUE_RESPONSE_OVERDUE, path, id,
                        handler.get().value(), Moments.show(deadline, policy.zone())));
            } else if (answered.isPresent() && answered.get().isAfter(deadline)) {
                found = found.append(Violation.of(TrackingViolation.ISSUE_RESPONSE_LATE, path, id,
                        Moments.show(answered.get(), policy.zone()), Moments.show(deadline, policy.zone())));
            }
            Optional<java.time.Duration> fix = policy.route(issue.severity()).resolveWithin();
            if (fix.isPresent()) {
                Instant fixDue = issue.raisedAt().plus(fix.get());
                Optional<Instant> resolved = issue.resolution().map(IssueDecision::at);
                if (resolved.isEmpty() && now.isAfter(fixDue)) {
                    found = found.append(Violation.of(TrackingViolation.ISSUE_FIX_OVERDUE, path, id,
                            Moments.show(fixDue, policy.zone())));
                } else if (resolved.isPresent() && resolved.get().isAfter(fixDue)) {
                    found = found.append(Violation.of(TrackingViolation.ISSUE_FIX_LATE, path, id,
                            Moments.show(resolved.get(), policy.zone()), Moments.show(fixDue, policy.zone())));
                }
            }
        }
        return found;
    }

    /** Who owes a report on each reporting day under the duty. */
    static java.util.List<MemberId> owing(Team team, ReportDuty duty) {
        Set<MemberId> owing = new LinkedHashSet<>();
        switch (duty) {
            case EVERY_MEMBER:
                team.members().forEach(m -> owing.add(m.id()));
                break;
            case MODULE_LEADS:
                for (TeamModule module : team.modules()) {
                    module.lead().ifPresent(owing::add);
                }
                if (owing.isEmpty()) {
                    team.overallLead().ifPresent(owing::add);
                }
                break;
            default:
                break;
        }
        return java.util.List.copyOf(owing);
    }

    private static Seq<Violation> severe(Tracking tracking) {
        List<Violation> found = List.empty();
        for (int i = 0; i < tracking.issues().size(); i++) {
            Issue issue = tracking.issues().get(i);
            if (issue.severity() != IssueSeverity.SMALL && issue.status() != IssueStatus.RESOLVED) {
                found = found.append(Violation.of(TrackingViolation.ISSUE_UNRESOLVED, RulePaths.indexed("issues", i),
                        issue.id().value(), issue.severity(), issue.status()));
            }
        }
        return found;
    }

    private static Seq<Violation> check(Tracking tracking) {
        List<Violation> found = List.empty();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < tracking.reports().size(); i++) {
            DailyReport report = tracking.reports().get(i);
            String path = RulePaths.indexed("reports", i);
            if (!reported.add(report.member().value() + "\u0000" + report.date())) {
                found = found.append(Violation.of(TrackingViolation.REPORT_DUPLICATE, path + ".date",
                        report.member(), report.date().toString()));
            }
            found = found.appendAll(blanks(path, "done", report.done()))
                    .appendAll(blanks(path, "plan", report.plan()))
                    .appendAll(blanks(path, "problems", report.problems()))
                    .appendAll(blanks(path, "resources", report.resources()));
        }
        for (int i = 0; i < tracking.log().size(); i++) {
            if (tracking.log().get(i).action().isBlank()) {
                found = found.append(Violation.of(TrackingViolation.LOG_ACTION_BLANK,
                        RulePaths.indexed("log", i) + ".action"));
            }
        }
        Set<IssueId> ids = new HashSet<>();
        for (int i = 0; i < tracking.issues().size(); i++) {
            Issue issue = tracking.issues().get(i);
            String path = RulePaths.indexed("issues", i);
            if (!ids.add(issue.id())) {
                found = found.append(Violation.of(TrackingViolation.ISSUE_DUPLICATE, path + ".id", issue.id().value()));
            }
            if (issue.description().isBlank()) {
                found = found.append(Violation.of(TrackingViolation.ISSUE_DESCRIPTION_BLANK, path + ".description",
                        issue.id().value()));
            }
            for (int j = 0; j < issue.decisions().size(); j++) {
                if (issue.decisions().get(j).text().isBlank()) {
                    found = found.append(Violation.of(TrackingViolation.ISSUE_DECISION_BLANK,
                            path + "." + RulePaths.indexed("decisions", j) + ".text", issue.id().value()));
                }
            }
            if (issue.resolution().filter(r -> r.text().isBlank()).isPresent()) {
                found = found.append(Violation.of(TrackingViolation.ISSUE_DECISION_BLANK, path + ".resolution.text",
                        issue.id().value()));
            }
        }
        return found;
    }

    private static Seq<Violation> blanks(String path, String field, java.util.List<String> lines) {
        List<Violation> found = List.empty();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                found = found.append(Violation.of(TrackingViolation.REPORT_ITEM_BLANK,
                        path + "." + RulePaths.indexed(field, i)));
            }
        }
        return found;
    }
}
