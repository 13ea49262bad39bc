package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The daily reports of one day rolled up: who reported, how many things were done, which tasks
 * were completed, the problems and the resource requests, in the order of the reports.
 *
 * @param date               the day
 * @param reporters          who reported that day, in the order of their reports
 * @param itemsDone          how many 今日完成事项 lines the reports hold, at least 0
 * @param tasksCompleted     the tasks the reports say were completed that day
 * @param problems           the problems the reports list
 * @param resourcesRequested the resources the reports ask for
 */
@Value.Builder
public record DaySummary(LocalDate date, List<MemberId> reporters, int itemsDone, List<TaskId> tasksCompleted,
                         List<ReportItem> problems, List<ReportItem> resourcesRequested) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if {@code itemsDone} is negative
     */
    public DaySummary {
        Objects.requireNonNull(date, "date");
        reporters = Checks.list(reporters, "reporters");
        Checks.notNegative(itemsDone, "itemsDone");
        tasksCompleted = Checks.list(tasksCompleted, "tasksCompleted");
        problems = Checks.list(problems, "problems");
        resourcesRequested = Checks.list(resourcesRequested, "resourcesRequested");
    }

    /**
     * Rolls up the reports of one day; reports of other days are left out.
     *
     * @param reports the reports, in the order to list them
     * @param date    the day
     * @return the summary, empty lists and zero when nobody reported
     */
    public static DaySummary of(Iterable<DailyReport> reports, LocalDate date) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(date, "date");
        List<MemberId> reporters = new ArrayList<>();
        int done = 0;
        List<TaskId> tasks = new ArrayList<>();
        List<ReportItem> problems = new ArrayList<>();
        List<ReportItem> resources = new ArrayList<>();
        for (DailyReport report : reports) {
            if (!report.date().equals(date)) {
                continue;
            }
            reporters.add(report.member());
            done += report.done().size();
            tasks.addAll(report.completedTasks());
            report.problems().forEach(p -> problems.add(new ReportItem(date, report.member(), p)));
            report.resources().forEach(r -> resources.add(new ReportItem(date, report.member(), r)));
        }
        return new DaySummary(date, reporters, done, tasks, problems, resources);
    }

    /**
     * A builder for a summary.
     *
     * @return a new builder
     */
    public static DaySummaryBuilder builder() {
        return new DaySummaryBuilder();
    }
}
