package io.github.campaignkit.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.testkit.ScheduleArbitraries;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScheduleProperties {

    private static final LocalDate ORIGIN = LocalDate.of(2000, 1, 3);

    @Provide
    Arbitrary<Schedule> schedules() {
        return ScheduleArbitraries.acyclicSchedules(1, 40);
    }

    @Provide
    Arbitrary<Schedule> withCycles() {
        return ScheduleArbitraries.schedulesWithCycle();
    }

    @Provide
    Arbitrary<Schedule> inProgress() {
        return ScheduleArbitraries.schedulesInProgress();
    }

    @Property
    void generatedSchedulesHaveNoProblem(@ForAll("schedules") Schedule schedule) {
        assertThat(ScheduleRules.standard().check(schedule)).isEmpty();
    }

    @Property
    void earlyStartIsNeverAfterLateStart(@ForAll("schedules") Schedule schedule) {
        for (TaskForecast task : schedule.forecast().get().tasks()) {
            assertThat(task.earlyStart()).isBeforeOrEqualTo(task.lateStart());
            assertThat(task.earlyFinish()).isBeforeOrEqualTo(task.lateFinish());
            assertThat(task.earlyStart()).isBeforeOrEqualTo(task.earlyFinish());
        }
    }

    @Property
    void totalFloatIsAtLeastFreeFloatWhichIsNotNegative(@ForAll("schedules") Schedule schedule) {
        ScheduleForecast forecast = schedule.forecast().get();
        for (TaskForecast task : forecast.tasks()) {
            assertThat(task.totalFloat()).isGreaterThanOrEqualTo(task.freeFloat());
            assertThat(task.freeFloat()).isGreaterThanOrEqualTo(0);
            assertThat(task.critical()).isEqualTo(task.totalFloat() == 0);
            assertThat(task.lateFinish()).isBeforeOrEqualTo(forecast.finish());
        }
    }

    /*
     * Boundaries counted with the public calendar API only, as an oracle independent of the
     * scheduler: boundary B is the moment after B working days counted from ORIGIN. A task of d
     * days occupies [start, start + d); a milestone on day X is reached at the end of X, except
     * that one on the first working day may also be reached at its start, so for milestones the
     * oracle gives the earliest (low) and latest (high) boundary the day allows.
     */
    private static long startOf(WorkingCalendar calendar, TaskForecast task, GanttTask definition, boolean high) {
        return definition.isMilestone() ? milestone(calendar, task, high)
                : calendar.workingDaysBetween(ORIGIN, task.earlyStart());
    }

    private static long finishOf(WorkingCalendar calendar, TaskForecast task, GanttTask definition, boolean high) {
        return definition.isMilestone() ? milestone(calendar, task, high)
                : calendar.workingDaysBetween(ORIGIN, task.earlyFinish().plusDays(1));
    }

    private static long milestone(WorkingCalendar calendar, TaskForecast task, boolean high) {
        long end = calendar.workingDaysBetween(ORIGIN, task.earlyStart().plusDays(1));
        return high ? end : end - 1;
    }

    @Property
    void everyDependencyIsRespectedByTheEarlyDates(@ForAll("schedules") Schedule schedule) {
        ScheduleForecast forecast = schedule.forecast().get();
        Map<TaskId, GanttTask> tasks = schedule.tasks().stream().collect(Collectors.toMap(GanttTask::id, t -> t));
        WorkingCalendar calendar = schedule.calendar();
        for (Dependency d : schedule.dependencies()) {
            TaskForecast p = forecast.task(d.predecessor()).orElseThrow();
            TaskForecast s = forecast.task(d.successor()).orElseThrow();
            GanttTask pred = tasks.get(d.predecessor());
            GanttTask succ = tasks.get(d.successor());
            long from = d.type().fromStart() ? startOf(calendar, p, pred, false) : finishOf(calendar, p, pred, false);
            long to = d.type().toFinish() ? finishOf(calendar, s, succ, true) : startOf(calendar, s, succ, true);
            assertThat(to).as(d.toString()).isGreaterThanOrEqualTo(from + d.lag());
            assertThat(calendar.isWorkingDay(s.earlyStart())).isTrue();
        }
        for (TaskForecast task : forecast.tasks()) {
            assertThat(task.earlyStart()).isAfterOrEqualTo(schedule.start().orElseThrow());
        }
    }

    @Property
    void removingANonCriticalTaskNeverMovesTheFinishLater(@ForAll("schedules") Schedule schedule) {
        ScheduleForecast forecast = schedule.forecast().get();
        for (TaskForecast candidate : forecast.tasks()) {
            if (candidate.critical() || schedule.tasks().size() < 2) {
                continue;
            }
            TaskId gone = candidate.task();
            Schedule smaller = schedule
                    .withTasks(schedule.tasks().stream().filter(t -> !t.id().equals(gone)).collect(Collectors.toList()))
                    .withDependencies(schedule.dependencies().stream()
                            .filter(d -> !d.predecessor().equals(gone) && !d.successor().equals(gone))
                            .collect(Collectors.toList()));
            assertThat(smaller.forecast().get().finish()).isBeforeOrEqualTo(forecast.finish());
            return;
        }
    }

    @Property
    void theCriticalSubgraphConnectsStartToFinish(@ForAll("schedules") Schedule schedule) {
        ScheduleForecast forecast = schedule.forecast().get();
        CriticalSubgraph critical = forecast.criticalSubgraph();
        assertThat(critical.tasks()).isNotEmpty();
        WorkingCalendar calendar = schedule.calendar();
        Map<TaskId, GanttTask> tasks = schedule.tasks().stream().collect(Collectors.toMap(GanttTask::id, t -> t));
        long first = calendar.workingDaysBetween(ORIGIN, forecast.start());
        long last = forecast.tasks().stream().mapToLong(t -> finishOf(calendar, t, tasks.get(t.task()), true)).max()
                .orElseThrow();
        Set<TaskId> starts = new HashSet<>();
        Set<TaskId> finishes = new HashSet<>();
        for (TaskId id : critical.tasks()) {
            TaskForecast task = forecast.task(id).orElseThrow();
            if (startOf(calendar, task, tasks.get(id), false) == first) {
                starts.add(id);
            }
            if (finishOf(calendar, task, tasks.get(id), true) == last) {
                finishes.add(id);
            }
        }
        assertThat(starts).isNotEmpty();
        assertThat(finishes).isNotEmpty();
        Set<TaskId> fromStart = reach(starts, critical.dependencies(), true);
        Set<TaskId> toFinish = reach(finishes, critical.dependencies(), false);
        assertThat(fromStart).as("reached from a start").containsAll(critical.tasks());
        assertThat(toFinish).as("reaching a finish").containsAll(critical.tasks());
        for (Dependency d : critical.dependencies()) {
            assertThat(critical.tasks()).contains(d.predecessor(), d.successor());
        }
    }

    private static Set<TaskId> reach(Set<TaskId> from, List<Dependency> edges, boolean forward) {
        Map<TaskId, List<TaskId>> next = new HashMap<>();
        for (Dependency d : edges) {
            next.computeIfAbsent(forward ? d.predecessor() : d.successor(), k -> new ArrayList<>())
                    .add(forward ? d.successor() : d.predecessor());
        }
        Set<TaskId> seen = new HashSet<>(from);
        ArrayDeque<TaskId> queue = new ArrayDeque<>(from);
        while (!queue.isEmpty()) {
            for (TaskId v : next.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(v)) {
                    queue.add(v);
                }
            }
        }
        return seen;
    }

    @Property
    void everyGroupOfTasksThatWaitForEachOtherIsReportedWhole(@ForAll("withCycles") Schedule schedule) {
        List<Violation> cycles = ScheduleRules.standard().check(schedule)
                .filter(v -> v.code().equals("schedule.cycle")).toJavaList();
        assertThat(cycles).isNotEmpty();
        Set<TaskId> known = schedule.tasks().stream().map(GanttTask::id).collect(Collectors.toSet());
        List<Dependency> edges = schedule.dependencies().stream()
                .filter(d -> !d.predecessor().equals(d.successor()))
                .filter(d -> known.contains(d.predecessor()) && known.contains(d.successor()))
                .collect(Collectors.toList());
        // Brute force: a task lies on a cycle when its own successors lead back to it.
        Set<String> onCycle = new HashSet<>();
        for (TaskId t : known) {
            Set<TaskId> successors = edges.stream().filter(d -> d.predecessor().equals(t)).map(Dependency::successor)
                    .collect(Collectors.toSet());
            if (!successors.isEmpty() && reach(successors, edges, true).contains(t)) {
                onCycle.add(t.value());
            }
        }
        Set<String> reported = new HashSet<>();
        for (Violation cycle : cycles) {
            @SuppressWarnings("unchecked")
            List<String> group = (List<String>) cycle.arguments().get(0);
            assertThat(group).hasSize((Integer) cycle.arguments().get(1)).doesNotHaveDuplicates();
            Set<TaskId> ids = group.stream().map(TaskId::of).collect(Collectors.toSet());
            for (TaskId member : ids) {
                assertThat(reach(Set.of(member), edges, true)).as("every member reaches every other").containsAll(ids);
                assertThat(reported.add(member.value())).as("groups are disjoint").isTrue();
            }
            int index = Integer.parseInt(cycle.path().replaceAll("\\D", ""));
            Dependency closing = schedule.dependencies().get(index);
            assertThat(ids).as("the path names a dependency inside the group")
                    .contains(closing.predecessor(), closing.successor());
        }
        assertThat(reported).isEqualTo(onCycle);
        assertThat(schedule.forecast().isInvalid()).isTrue();
    }

    @Property
    void progressExactlyAsPlannedChangesNothing(@ForAll("inProgress") Schedule schedule) {
        ScheduleForecast plan = schedule.withoutProgress().forecast().get();
        // A milestone shown on the first day may have been reached at its start or at its end;
        // progress, which has only the day, cannot say which.
        LocalDate firstDay = schedule.calendar().workingDayOnOrAfter(plan.start());
        for (int i = 0; i < plan.tasks().size(); i++) {
            net.jqwik.api.Assume.that(!schedule.tasks().get(i).isMilestone()
                    || !plan.tasks().get(i).earlyStart().equals(firstDay));
        }
        ScheduleForecast forecast = schedule.forecast().get();
        assertThat(forecast.finish()).isEqualTo(plan.finish());
        assertThat(forecast.finishSlip()).contains(0);
        assertThat(forecast.delayedTasks()).isEmpty();
        for (TaskForecast task : forecast.tasks()) {
            assertThat(task.finishSlip()).contains(0);
        }
    }

    @Property
    void aBaselineOfThePlanShowsNoSlip(@ForAll("schedules") Schedule schedule) {
        ScheduleForecast plan = schedule.forecast().get();
        ScheduleForecast again = schedule.withBaseline(plan.toBaseline(plan.start())).forecast().get();
        assertThat(again.finishSlip()).contains(0);
        assertThat(again.tasks()).allSatisfy(t -> assertThat(t.finishSlip()).contains(0));
    }
}
