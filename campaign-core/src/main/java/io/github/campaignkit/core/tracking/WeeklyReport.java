package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The roll-up of the daily reports of a period (周进度报告), usually a week, that the overall lead
 * passes to management: one {@link DaySummary} per day, and for the period the number of reports,
 * the things done, the tasks completed and the resources requested (each the sum of its days),
 * and the problems still open at the end of the period — those of each reporter's last report in
 * it, since a daily report lists the problems standing when it is written.
 *
 * @param period             the days rolled up
 * @param days               one summary per day of the period, in order
 * @param reportsSubmitted   how many reports the period holds
 * @param itemsDone          how many 今日完成事项 lines they hold
 * @param tasksCompleted     the tasks reported completed, day by day
 * @param problemsStillOpen  the problems of each reporter's last report in the period
 * @param resourcesRequested the resource requests, day by day
 */
@Value.Builder
public record WeeklyReport(DateRange period, List<DaySummary> days, int reportsSubmitted, int itemsDone,
                           List<TaskId> tasksCompleted, List<ReportItem> problemsStillOpen,
                           List<ReportItem> resourcesRequested) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if a count is negative or the days do not cover the period
     *                                  one by one, naming the field
     */
    public WeeklyReport {
        Objects.requireNonNull(period, "period");
        days = Checks.list(days, "days");
        Checks.notNegative(reportsSubmitted, "reportsSubmitted");
        Checks.notNegative(itemsDone, "itemsDone");
        tasksCompleted = Checks.list(tasksCompleted, "tasksCompleted");
        problemsStillOpen = Checks.list(problemsStillOpen, "problemsStillOpen");
        resourcesRequested = Checks.list(resourcesRequested, "resourcesRequested");
        if (days.size() != period.days()) {
            throw InvalidValueException.of(ValueViolation.SIZE, "days", days.size(), period.days());
        }
        for (int i = 0; i < days.size(); i++) {
            if (!days.get(i).date().equals(period.start().plusDays(i))) {
                throw InvalidValueException.of(TrackingViolation.SUMMARY_DATE, RulePaths.indexed("days", i), i, days.get(i).date(), period.start().plusDays(i));
            }
        }
    }

    /**
     * Rolls up the reports of a period; reports of other days are left out.
     *
     * @param reports the reports, in the order to list them (a campaign's tracking keeps them in
     *                the order they were submitted)
     * @param period  the days to roll up, usually seven
     * @return the roll-up
     */
    public static WeeklyReport of(Iterable<DailyReport> reports, DateRange period) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(period, "period");
        List<DaySummary> days = new ArrayList<>();
        int submitted = 0;
        int done = 0;
        List<TaskId> tasks = new ArrayList<>();
        List<ReportItem> resources = new ArrayList<>();
        for (LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
            DaySummary summary = DaySummary.of(reports, day);
            days.add(summary);
            submitted += summary.reporters().size();
            done += summary.itemsDone();
            tasks.addAll(summary.tasksCompleted());
            resources.addAll(summary.resourcesRequested());
        }
        return new WeeklyReport(period, days, submitted, done, tasks, stillOpen(reports, period), resources);
    }

    /**
     * Rolls up the seven days starting on the given day.
     *
     * @param reports the reports
     * @param first   the first day of the week, e.g. a Monday
     * @return the roll-up
     */
    public static WeeklyReport week(Iterable<DailyReport> reports, LocalDate first) {
        Objects.requireNonNull(first, "first");
        return of(reports, DateRange.of(first, first.plusDays(6)));
    }

    /**
     * A builder for a roll-up.
     *
     * @return a new builder
     */
    public static WeeklyReportBuilder builder() {
        return new WeeklyReportBuilder();
    }

    private static List<ReportItem> stillOpen(Iterable<DailyReport> reports, DateRange period) {
        Map<MemberId, DailyReport> last = new LinkedHashMap<>();
        Comparator<DailyReport> order = Comparator.comparing(DailyReport::date).thenComparing(DailyReport::submittedAt);
        for (DailyReport report : reports) {
            if (period.contains(report.date())) {
                last.merge(report.member(), report, (a, b) -> order.compare(b, a) >= 0 ? b : a);
            }
        }
        List<DailyReport> latest = new ArrayList<>(last.values());
        latest.sort(order.thenComparing(DailyReport::member));
        List<ReportItem> open = new ArrayList<>();
        for (DailyReport report : latest) {
            report.problems().forEach(p -> open.add(new ReportItem(report.date(), report.member(), p)));
        }
        return open;
    }
}
