package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.TeamRole;
import io.github.campaignkit.core.tracking.DailyReport;
import io.github.campaignkit.core.tracking.DaySummary;
import io.github.campaignkit.core.tracking.Escalation;
import io.github.campaignkit.core.tracking.Issue;
import io.github.campaignkit.core.tracking.IssueDecision;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.IssueRoute;
import io.github.campaignkit.core.tracking.IssueSeverity;
import io.github.campaignkit.core.tracking.LogEntry;
import io.github.campaignkit.core.tracking.ReportDuty;
import io.github.campaignkit.core.tracking.ReportItem;
import io.github.campaignkit.core.tracking.Tracking;
import io.github.campaignkit.core.tracking.TrackingPolicy;
import io.github.campaignkit.core.tracking.WeeklyReport;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the types of package {@code tracking}: daily reports and their roll-ups, log
 * entries, issues with decisions, escalations, routes and policies.
 */
public final class TrackingArbitraries {

    private TrackingArbitraries() {
    }

    /**
     * Issue ids such as {@code Q-17}.
     *
     * @return the generator
     */
    public static Arbitrary<IssueId> issueIds() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 999).map(n -> IssueId.of("Q-" + n))),
                net.jqwik.api.Tuple.of(1, CampaignArbitraries.identifiers().map(IssueId::of)));
    }

    /**
     * Decisions and resolutions.
     *
     * @return the generator
     */
    public static Arbitrary<IssueDecision> issueDecisions() {
        return Combinators.combine(CampaignArbitraries.instants(), CampaignArbitraries.memberIds(),
                CampaignArbitraries.texts()).as(IssueDecision::new);
    }

    /**
     * Issues in any state: decisions and the resolution come minutes to days after raising.
     *
     * @return the generator
     */
    public static Arbitrary<Issue> issues() {
        return Combinators.combine(issueIds(), CampaignArbitraries.instants(), CampaignArbitraries.memberIds(),
                        TeamArbitraries.moduleIds(), Arbitraries.of(IssueSeverity.class), CampaignArbitraries.texts(),
                        TeamArbitraries.taskIds().optional())
                .flatAs((id, at, by, module, severity, description, task) -> Combinators.combine(
                                decisionsAfter(at).list().ofMaxSize(2), decisionsAfter(at).optional())
                        .as((decisions, resolution) -> new Issue(id, at, by, module, severity, description, task,
                                decisions, resolution)));
    }

    private static Arbitrary<IssueDecision> decisionsAfter(Instant at) {
        return Combinators.combine(TeamArbitraries.after(at), CampaignArbitraries.memberIds(), CampaignArbitraries.texts())
                .as(IssueDecision::new);
    }

    /**
     * Escalations one tier up.
     *
     * @return the generator
     */
    public static Arbitrary<Escalation> escalations() {
        return Combinators.combine(CampaignArbitraries.instants(), CampaignArbitraries.memberIds(),
                        Arbitraries.of(TeamRole.EXECUTOR, TeamRole.MODULE_LEAD), CampaignArbitraries.memberIds())
                .as((at, from, role, to) -> new Escalation(at, from, role, to, role.above().orElseThrow()));
    }

    /**
     * Issue routes to a module lead or the overall lead, with 5 minutes to 4 hours to answer and
     * sometimes 1 to 72 hours to resolve.
     *
     * @return the generator
     */
    public static Arbitrary<IssueRoute> issueRoutes() {
        return Combinators.combine(Arbitraries.of(TeamRole.MODULE_LEAD, TeamRole.OVERALL_LEAD),
                        Arbitraries.integers().between(5, 240).map(Duration::ofMinutes),
                        Arbitraries.integers().between(1, 72).map(Duration::ofHours).optional())
                .as(IssueRoute::new);
    }

    /**
     * Tracking policies: deadlines between 08:00 and 23:30, a few zones, any duty and reporting days.
     *
     * @return the generator
     */
    public static Arbitrary<TrackingPolicy> trackingPolicies() {
        return Combinators.combine(Arbitraries.integers().between(16, 47).map(h -> LocalTime.of(h / 2, (h % 2) * 30)),
                        Arbitraries.of("Asia/Shanghai", "UTC", "Europe/Berlin", "America/New_York").map(ZoneId::of),
                        Arbitraries.of(ReportDuty.class),
                        Arbitraries.of(DayOfWeek.class).set().ofMinSize(1), Arbitraries.of(false, true),
                        issueRoutes(), issueRoutes(), issueRoutes())
                .as(TrackingPolicy::new);
    }

    /**
     * Daily reports of any day and member, submitted between the day's morning and the next day.
     *
     * @return the generator
     */
    public static Arbitrary<DailyReport> dailyReports() {
        return CampaignArbitraries.dates().flatMap(TrackingArbitraries::dailyReportsOn);
    }

    /**
     * Daily reports for the given day.
     *
     * @param date the day
     * @return the generator
     */
    public static Arbitrary<DailyReport> dailyReportsOn(LocalDate date) {
        return reportsWithin(DateRange.ofDay(date), 1).map(list -> list.get(0));
    }

    /**
     * Daily reports on days of the given range, {@code count} of them, each submitted between 08:00
     * (Shanghai) on its day and the next day's 08:00.
     *
     * @param days  the days
     * @param count how many reports
     * @return the generator
     */
    private static Arbitrary<List<DailyReport>> reportsWithin(DateRange days, int count) {
        Arbitrary<List<String>> lines = CampaignArbitraries.texts().list().ofMaxSize(3);
        Arbitrary<DailyReport> one = Combinators.combine(Arbitraries.longs().between(0, days.days() - 1),
                        CampaignArbitraries.memberIds(), lines, TeamArbitraries.taskIds().list().ofMaxSize(2),
                        lines, lines, lines, Arbitraries.longs().between(0, 24 * 60))
                .as((offset, member, done, tasks, plan, problems, resources, minutes) -> {
                    LocalDate date = days.start().plusDays(offset);
                    Instant at = date.atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant().plusSeconds(60 * minutes);
                    return new DailyReport(date, member, done, tasks, plan, problems, resources, at);
                });
        return one.list().ofSize(count);
    }

    /**
     * Report items.
     *
     * @return the generator
     */
    public static Arbitrary<ReportItem> reportItems() {
        return Combinators.combine(CampaignArbitraries.dates(), CampaignArbitraries.memberIds(),
                CampaignArbitraries.texts()).as(ReportItem::new);
    }

    /**
     * Daily reports spread over the given days, up to 12.
     *
     * @param days the days
     * @return the generator
     */
    public static Arbitrary<List<DailyReport>> reportsWithin(DateRange days) {
        return Arbitraries.integers().between(0, 12).flatMap(count -> reportsWithin(days, count));
    }

    /**
     * Summaries of a day's reports.
     *
     * @return the generator
     */
    public static Arbitrary<DaySummary> daySummaries() {
        return CampaignArbitraries.dates().flatMap(day -> reportsWithin(DateRange.ofDay(day))
                .map(reports -> DaySummary.of(reports, day)));
    }

    /**
     * Weekly roll-ups of reports spread over the week and a few days around it.
     *
     * @return the generator
     */
    public static Arbitrary<WeeklyReport> weeklyReports() {
        return CampaignArbitraries.dates().flatMap(first -> reportsWithin(DateRange.of(first.minusDays(2),
                first.plusDays(8))).map(reports -> WeeklyReport.week(reports, first)));
    }

    /**
     * Execution log entries.
     *
     * @return the generator
     */
    public static Arbitrary<LogEntry> logEntries() {
        return Combinators.combine(CampaignArbitraries.instants(), CampaignArbitraries.memberIds(),
                        CampaignArbitraries.texts(), CampaignArbitraries.texts().optional(),
                        CampaignArbitraries.texts().optional(), TeamArbitraries.taskIds().optional())
                .as(LogEntry::new);
    }

    /**
     * Tracking records: reports, log entries and issues (issue ids unique).
     *
     * @return the generator
     */
    public static Arbitrary<Tracking> trackings() {
        return Combinators.combine(dailyReports().list().ofMaxSize(4), logEntries().list().ofMaxSize(3),
                        issues().list().ofMaxSize(3).uniqueElements(Issue::id))
                .as(Tracking::new);
    }
}
