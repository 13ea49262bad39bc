package io.github.campaignkit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.TrackingArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WeeklyReportProperties {

    record Week(LocalDate first, List<DailyReport> reports) {
    }

    @Provide
    Arbitrary<Week> weeks() {
        // Reports around a fixed week, moved with the week: no flatMap on the drawn date.
        LocalDate anchor = LocalDate.of(2024, 7, 29);
        return Combinators.combine(CampaignArbitraries.dates(),
                        TrackingArbitraries.reportsWithin(DateRange.of(anchor.minusDays(3), anchor.plusDays(9))))
                .as((first, reports) -> {
                    long shift = java.time.temporal.ChronoUnit.DAYS.between(anchor, first);
                    return new Week(first, reports.stream().map(r -> r.toBuilder().date(r.date().plusDays(shift))
                            .submittedAt(r.submittedAt().plus(java.time.Duration.ofDays(shift))).build())
                            .collect(Collectors.toList()));
                });
    }

    @Property
    void theRollUpIsTheSumOfItsDays(@ForAll("weeks") Week week) {
        WeeklyReport report = WeeklyReport.week(week.reports(), week.first());
        List<TaskId> tasks = new ArrayList<>();
        List<ReportItem> resources = new ArrayList<>();
        int submitted = 0;
        int done = 0;
        for (int i = 0; i < 7; i++) {
            DaySummary day = DaySummary.of(week.reports(), week.first().plusDays(i));
            assertThat(report.days().get(i)).isEqualTo(day);
            submitted += day.reporters().size();
            done += day.itemsDone();
            tasks.addAll(day.tasksCompleted());
            resources.addAll(day.resourcesRequested());
        }
        assertThat(report.reportsSubmitted()).isEqualTo(submitted);
        assertThat(report.itemsDone()).isEqualTo(done);
        assertThat(report.tasksCompleted()).isEqualTo(tasks);
        assertThat(report.resourcesRequested()).isEqualTo(resources);
    }

    @Property
    void theRollUpCountsExactlyTheReportsOfItsWeek(@ForAll("weeks") Week week) {
        WeeklyReport report = WeeklyReport.week(week.reports(), week.first());
        List<DailyReport> inside = week.reports().stream().filter(r -> report.period().contains(r.date()))
                .collect(Collectors.toList());
        assertThat(report.reportsSubmitted()).isEqualTo(inside.size());
        assertThat(report.itemsDone()).isEqualTo(inside.stream().mapToInt(r -> r.done().size()).sum());
        assertThat(report.tasksCompleted()).containsExactlyInAnyOrderElementsOf(
                inside.stream().flatMap(r -> r.completedTasks().stream()).collect(Collectors.toList()));
        List<ReportItem> problems = inside.stream()
                .flatMap(r -> r.problems().stream().map(p -> new ReportItem(r.date(), r.member(), p)))
                .collect(Collectors.toList());
        assertThat(problems).containsAll(report.problemsStillOpen());
    }

    @Property
    void twoHalvesOfAPeriodAddUpToIt(@ForAll("weeks") Week week) {
        DateRange whole = DateRange.of(week.first(), week.first().plusDays(6));
        WeeklyReport all = WeeklyReport.of(week.reports(), whole);
        WeeklyReport first = WeeklyReport.of(week.reports(), DateRange.of(whole.start(), whole.start().plusDays(2)));
        WeeklyReport second = WeeklyReport.of(week.reports(), DateRange.of(whole.start().plusDays(3), whole.end()));
        assertThat(all.reportsSubmitted()).isEqualTo(first.reportsSubmitted() + second.reportsSubmitted());
        assertThat(all.itemsDone()).isEqualTo(first.itemsDone() + second.itemsDone());
        List<ReportItem> resources = new ArrayList<>(first.resourcesRequested());
        resources.addAll(second.resourcesRequested());
        assertThat(all.resourcesRequested()).isEqualTo(resources);
    }
}
