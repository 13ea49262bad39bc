package io.github.campaignkit.core.schedule;

import static io.github.campaignkit.core.schedule.Conversions.endFromHigh;
import static io.github.campaignkit.core.schedule.Conversions.endFromLow;
import static io.github.campaignkit.core.schedule.Conversions.endFromLowAt;
import static io.github.campaignkit.core.schedule.Conversions.finishFromHigh;
import static io.github.campaignkit.core.schedule.Conversions.finishFromLow;
import static io.github.campaignkit.core.schedule.Conversions.finishFromLowAt;
import static io.github.campaignkit.core.schedule.Conversions.milestoneAt;
import static io.github.campaignkit.core.schedule.Conversions.milestoneBoundary;
import static io.github.campaignkit.core.schedule.Conversions.milestoneFromHigh;
import static io.github.campaignkit.core.schedule.Conversions.milestoneFromLow;
import static io.github.campaignkit.core.schedule.Conversions.milestoneFromLowAt;
import static io.github.campaignkit.core.schedule.Conversions.startFromHigh;
import static io.github.campaignkit.core.schedule.Conversions.startFromHighAt;
import static io.github.campaignkit.core.schedule.Conversions.startFromLow;
import static io.github.campaignkit.core.schedule.Conversions.startFromLowAt;

import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Rules;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.TaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The critical path method over int arrays.
 *
 * <p>The schedule is turned into a compressed sparse row graph (one array of successors, one of
 * offsets), ordered by Kahn's algorithm (iterative: a chain of a million tasks needs no stack),
 * and computed in two passes. Times travel along dependencies as <em>boundaries</em> of the
 * schedule's calendar: boundary {@code B} is the moment after {@code B} working days (counted from
 * a fixed Monday), so a lag of {@code L} working days is {@code B + L} and the four dependency
 * types are plain additions:
 * <pre>
 *   FS: start(s)  ≥ finish(p) + L      SS: start(s)  ≥ start(p) + L
 *   FF: finish(s) ≥ finish(p) + L      SF: finish(s) ≥ start(p) + L
 * </pre>
 * A task on its own calendar converts boundaries to days of its calendar through {@link
 * DayIndex}, in constant time. Nothing here loops over dates.
 *
 * <p>A boundary cannot tell apart the days the schedule's calendar does not work: a task on an
 * every-day calendar that finishes on Saturday and one that finishes on Friday both end at the
 * boundary after Friday. So when tasks have calendars of their own, each time is also kept as a
 * <em>moment</em>, the epoch day at whose start it falls (a task worked on days {@code s … f}
 * runs from moment {@code s} to moment {@code f + 1}), and a dependency without lag bounds its
 * successor by the moment as well: the successor of a task that ends on Saturday starts on Sunday
 * at the earliest, and the late dates give back the same way. A lag moves over working days of the
 * schedule's calendar, so a lag that is not zero is exact on boundaries alone.
 */
final class CriticalPathMethod {

    /** The longest duration accepted, in working days. */
    static final int MAX_DURATION = 100_000;
    /** The longest lag accepted, in working days. */
    static final int MAX_LAG = 100_000;

    static final byte PLANNED = 0;
    static final byte STARTED = 1;
    static final byte DONE = 2;

    static final byte FS = 0;
    static final byte SS = 1;
    static final byte FF = 2;
    static final byte SF = 3;

    static final int LOW = Integer.MIN_VALUE;
    static final int HIGH = Integer.MAX_VALUE;
    private static final int MIN_DAY = DayIndex.epochDay(WorkingCalendar.MIN);
    private static final int MAX_DAY = DayIndex.epochDay(WorkingCalendar.MAX);
    private static final DependencyType[] TYPES = DependencyType.values();

    private CriticalPathMethod() {
    }

    static Validation<Seq<Violation>, ScheduleForecast> forecast(Schedule schedule) {
        if (schedule.tasks().isEmpty()) {
            return Validation.invalid(List.of(Violation.of(ScheduleViolation.EMPTY, "tasks")));
        }
        Graph graph = new Graph(schedule);
        if (Rules.hasErrors(graph.problems)) {
            return Validation.invalid(graph.problems);
        }
        return new Computation(schedule, graph).run();
    }

    private static byte typeCode(DependencyType type) {
        switch (type) {
            case FINISH_TO_START:
                return FS;
            case START_TO_START:
                return SS;
            case FINISH_TO_FINISH:
                return FF;
            default:
                return SF;
        }
    }

    private static boolean inRange(LocalDate day) {
        return !day.isBefore(WorkingCalendar.MIN) && !day.isAfter(WorkingCalendar.MAX);
    }

    /** The schedule as arrays: tasks by position, dependencies in CSR form, a topological order. */
    static final class Graph {
        final int n;
        final java.util.List<GanttTask> taskList;
        final TaskIndex index;
        int[] duration;
        int[] calendarOf;
        final DayIndex[] calendars;
        int[] notBefore;
        int[] deadline;
        byte[] kind;
        int[] actualStart;
        int[] actualFinish;
        int[] percent;
        int[] outStart;
        int[] outSucc;
        byte[] outType;
        int[] outLag;
        int[] outDependency;
        int[] order;
        boolean acyclic;
        /** After {@link #renumber()}: the schedule position of the task numbered k, and the reverse. */
        int[] original;
        int[] position;
        int start;
        int statusDay = LOW;
        List<Violation> problems = List.empty();

        Graph(Schedule schedule) {
            taskList = schedule.tasks();
            n = taskList.size();
            index = new TaskIndex(n);
            duration = new int[n];
            calendarOf = new int[n];
            notBefore = new int[n];
            deadline = new int[n];
            kind = new byte[n];
            actualStart = new int[n];
            actualFinish = new int[n];
            percent = new int[n];
            calendars = calendars(schedule);
            if (n > 0 && schedule.start().isEmpty()) {
                problem(Violation.of(ScheduleViolation.START_MISSING, "start"));
            }
            start = schedule.start().filter(CriticalPathMethod::inRange).map(DayIndex::epochDay).orElse(0);
            schedule.start().filter(d -> !inRange(d))
                    .ifPresent(d -> problem(Violation.of(ScheduleViolation.OUT_OF_RANGE, "start", d.toString())));
            tasks(schedule);
            java.util.List<Dependency> dependencies = schedule.dependencies();
            int m = dependencies.size();
            int[] from = new int[m];
            int[] to = new int[m];
            int[] degree = new int[n + 1];
            // Short loops, each over one level of the records (dependency, id, hash slot), keep many
            // independent memory reads in flight instead of chasing one chain of pointers at a time.
            TaskId[] predecessors = new TaskId[m];
            TaskId[] successors = new TaskId[m];
            int[] lags = new int[m];
            byte[] types = new byte[m];
            for (int j = 0; j < m; j++) {
                Dependency dependency = dependencies.get(j);
                predecessors[j] = dependency.predecessor();
                successors[j] = dependency.successor();
                lags[j] = dependency.lag();
                types[j] = typeCode(dependency.type());
            }
            for (int j = 0; j < m; j++) {
                from[j] = predecessors[j].hashCode();
                to[j] = successors[j].hashCode();
            }
            for (int j = 0; j < m; j++) {
                int p = index.get(predecessors[j], from[j]);
                int s = index.get(successors[j], to[j]);
                int lag = lags[j];
                if (p >= 0 && s >= 0 && p != s && lag <= MAX_LAG && lag >= -MAX_LAG) {
                    from[j] = p;
                    to[j] = s;
                    degree[p + 1]++;
                    continue;
                }
                Dependency dependency = dependencies.get(j);
                String path = RulePaths.indexed("dependencies", j);
                if (p < 0) {
                    problem(Violation.of(ScheduleViolation.DEPENDENCY_UNKNOWN_TASK, path + ".predecessor",
                            dependency.predecessor()));
                }
                if (s < 0) {
                    problem(Violation.of(ScheduleViolation.DEPENDENCY_UNKNOWN_TASK, path + ".successor",
                            dependency.successor().value()));
                }
                if (Math.abs((long) dependency.lag()) > MAX_LAG) {
                    problem(Violation.of(ScheduleViolation.DEPENDENCY_LAG_TOO_LONG, path + ".lag", dependency.lag(),
                            MAX_LAG));
                }
                if (p >= 0 && p == s) {
                    problem(Violation.of(ScheduleViolation.DEPENDENCY_SELF, path, dependency.predecessor()));
                    p = -1;
                }
                if (p < 0 || s < 0) {
                    from[j] = -1;
                    continue;
                }
                from[j] = p;
                to[j] = s;
                degree[p + 1]++;
            }
            for (int i = 0; i < n; i++) {
                degree[i + 1] += degree[i];
            }
            outStart = degree;
            int edges = outStart[n];
            outSucc = new int[edges];
            outType = new byte[edges];
            outLag = new int[edges];
            outDependency = new int[edges];
            int[] fill = Arrays.copyOf(outStart, n);
            for (int j = 0; j < m; j++) {
                int p = from[j];
                if (p < 0) {
                    continue;
                }
                int e = fill[p]++;
                outSucc[e] = to[j];
                outType[e] = types[j];
                outLag[e] = lags[j];
                outDependency[e] = j;
            }
            repeatedDependencies(dependencies);
            progress(schedule);
            order();
            if (acyclic && !Rules.hasErrors(problems)) {
                renumber();
            }
        }

        /**
         * Numbers the tasks in topological order, so that both passes read the arrays from one end
         * to the other and a dependency's ends usually lie close together.
         */
        private void renumber() {
            int[] pos = new int[n];
            for (int k = 0; k < n; k++) {
                pos[order[k]] = k;
            }
            int edges = outSucc.length;
            int[] start = new int[n + 1];
            int[] succ = new int[edges];
            byte[] type = new byte[edges];
            int[] lag = new int[edges];
            int[] dependency = new int[edges];
            int e2 = 0;
            for (int k = 0; k < n; k++) {
                int u = order[k];
                for (int e = outStart[u], end = outStart[u + 1]; e < end; e++, e2++) {
                    succ[e2] = pos[outSucc[e]];
                    type[e2] = outType[e];
                    lag[e2] = outLag[e];
                    dependency[e2] = outDependency[e];
                }
                start[k + 1] = e2;
            }
            outStart = start;
            outSucc = succ;
            outType = type;
            outLag = lag;
            outDependency = dependency;
            duration = permute(duration, order);
            calendarOf = permute(calendarOf, order);
            notBefore = permute(notBefore, order);
            deadline = permute(deadline, order);
            actualStart = permute(actualStart, order);
            actualFinish = permute(actualFinish, order);
            percent = permute(percent, order);
            byte[] kinds = new byte[n];
            for (int k = 0; k < n; k++) {
                kinds[k] = kind[order[k]];
            }
            kind = kinds;
            original = order;
            position = pos;
            order = new int[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
        }

        private static int[] permute(int[] values, int[] order) {
            int[] result = new int[values.length];
            for (int k = 0; k < result.length; k++) {
                result[k] = values[order[k]];
            }
            return result;
        }

        private void problem(Violation violation) {
            problems = problems.append(violation);
        }

        private DayIndex[] calendars(Schedule schedule) {
            java.util.List<WorkingCalendar> others = schedule.otherCalendars();
            DayIndex[] result = new DayIndex[others.size() + 1];
            result[0] = DayIndex.of(schedule.calendar());
            for (int i = 0; i < others.size(); i++) {
                result[i + 1] = DayIndex.of(others.get(i));
            }
            return result;
        }

        private void tasks(Schedule schedule) {
            Map<String, Integer> calendarNames = new HashMap<>();
            calendarNames.put(schedule.calendar().name(), 0);
            java.util.List<WorkingCalendar> others = schedule.otherCalendars();
            for (int i = 0; i < others.size(); i++) {
                if (calendarNames.putIfAbsent(others.get(i).name(), i + 1) != null) {
                    problem(Violation.of(ScheduleViolation.CALENDAR_DUPLICATE,
                            RulePaths.indexed("otherCalendars", i) + ".name", others.get(i).name()));
                }
            }
            java.util.List<GanttTask> tasks = schedule.tasks();
            TaskId[] ids = new TaskId[n];
            for (int i = 0; i < n; i++) {
                ids[i] = tasks.get(i).id();
            }
            int[] hashes = new int[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = ids[i].hashCode();
            }
            for (int i = 0; i < n; i++) {
                int first = index.putIfAbsent(ids[i], hashes[i], i);
                if (first >= 0) {
                    problem(Violation.of(ScheduleViolation.TASK_DUPLICATE, RulePaths.indexed("tasks", i) + ".id",
                            ids[i].value(), RulePaths.indexed("tasks", first)));
                }
            }
            for (int i = 0; i < n; i++) {
                GanttTask task = tasks.get(i);
                int d = task.duration();
                if (d < 0) {
                    problem(Violation.of(ScheduleViolation.TASK_DURATION_NEGATIVE, RulePaths.indexed("tasks", i)
                            + ".duration", task.id(), d));
                } else if (d > MAX_DURATION) {
                    problem(Violation.of(ScheduleViolation.TASK_DURATION_TOO_LONG, RulePaths.indexed("tasks", i)
                            + ".duration", task.id(), d, MAX_DURATION));
                }
                duration[i] = d;
                if (task.calendar().isPresent()) {
                    Integer c = calendarNames.get(task.calendar().get());
                    if (c == null) {
                        problem(Violation.of(ScheduleViolation.TASK_CALENDAR_UNKNOWN, RulePaths.indexed("tasks", i)
                                + ".calendar", task.id(), task.calendar().get()));
                    } else {
                        calendarOf[i] = c;
                    }
                }
                notBefore[i] = task.startNoEarlierThan().isEmpty() ? LOW
                        : day(task.startNoEarlierThan(), LOW, RulePaths.indexed("tasks", i) + ".startNoEarlierThan");
                deadline[i] = task.finishNoLaterThan().isEmpty() ? HIGH
                        : day(task.finishNoLaterThan(), HIGH, RulePaths.indexed("tasks", i) + ".finishNoLaterThan");
            }
        }

        private int day(Optional<LocalDate> date, int none, String path) {
            if (date.isEmpty()) {
                return none;
            }
            if (!inRange(date.get())) {
                problem(Violation.of(ScheduleViolation.OUT_OF_RANGE, path, date.get().toString()));
                return none;
            }
            return DayIndex.epochDay(date.get());
        }

        private void repeatedDependencies(java.util.List<Dependency> dependencies) {
            int[] seen = new int[4 * n];
            for (int u = 0; u < n; u++) {
                for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                    int key = 4 * outSucc[e] + outType[e];
                    if (seen[key] == u + 1) {
                        Dependency dependency = dependencies.get(outDependency[e]);
                        problem(Violation.of(ScheduleViolation.DEPENDENCY_DUPLICATE,
                                RulePaths.indexed("dependencies", outDependency[e]), dependency.toString()));
                    }
                    seen[key] = u + 1;
                }
            }
        }

        private void progress(Schedule schedule) {
            java.util.List<TaskProgress> reported = schedule.progress();
            if (!reported.isEmpty() && schedule.statusDate().isEmpty()) {
                problem(Violation.of(ScheduleViolation.STATUS_DATE_MISSING, "statusDate"));
            }
            LocalDate status = schedule.statusDate().orElse(null);
            if (status != null) {
                statusDay = day(schedule.statusDate(), LOW, "statusDate");
            }
            boolean[] seen = new boolean[n];
            for (int k = 0; k < reported.size(); k++) {
                TaskProgress progress = reported.get(k);
                String path = RulePaths.indexed("progress", k);
                int i = index.get(progress.task());
                if (i < 0) {
                    problem(Violation.of(ScheduleViolation.PROGRESS_UNKNOWN_TASK, path + ".task",
                            progress.task()));
                    continue;
                }
                if (seen[i]) {
                    problem(Violation.of(ScheduleViolation.PROGRESS_DUPLICATE, path + ".task", progress.task()));
                    continue;
                }
                seen[i] = true;
                if (!progress.isStarted()) {
                    continue;
                }
                LocalDate started = progress.actualStart().get();
                actualStart[i] = day(progress.actualStart(), LOW, path + ".actualStart");
                if (status != null && started.isAfter(status)) {
                    problem(Violation.of(ScheduleViolation.ACTUAL_AFTER_STATUS_DATE, path + ".actualStart",
                            progress.task(), started.toString(), status.toString()));
                }
                if (progress.isFinished()) {
                    LocalDate finished = progress.actualFinish().get();
                    actualFinish[i] = day(progress.actualFinish(), LOW, path + ".actualFinish");
                    if (status != null && finished.isAfter(status)) {
                        problem(Violation.of(ScheduleViolation.ACTUAL_AFTER_STATUS_DATE, path + ".actualFinish",
                                progress.task(), finished.toString(), status.toString()));
                    }
                    kind[i] = DONE;
                } else {
                    kind[i] = duration[i] == 0 ? DONE : STARTED;
                    actualFinish[i] = actualStart[i];
                    percent[i] = progress.percentComplete();
                }
            }
        }

        /** Kahn's algorithm; what it cannot order lies on or behind a cycle, reported one cycle each. */
        private void order() {
            int[] indegree = new int[n];
            for (int e = 0; e < outSucc.length; e++) {
                indegree[outSucc[e]]++;
            }
            int[] queue = new int[n];
            int tail = 0;
            for (int i = 0; i < n; i++) {
                if (indegree[i] == 0) {
                    queue[tail++] = i;
                }
            }
            for (int head = 0; head < tail; head++) {
                int u = queue[head];
                for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                    if (--indegree[outSucc[e]] == 0) {
                        queue[tail++] = outSucc[e];
                    }
                }
            }
            order = queue;
            acyclic = tail == n;
            if (tail < n) {
                cycles(indegree);
            }
        }

        /** Tarjan's strongly connected components, iteratively, over the tasks Kahn left. */
        private void cycles(int[] remaining) {
            int[] number = new int[n];
            int[] low = new int[n];
            int[] component = new int[n];
            Arrays.fill(number, -1);
            Arrays.fill(component, -1);
            boolean[] onStack = new boolean[n];
            int[] stack = new int[n];
            int[] callNode = new int[n];
            int[] callEdge = new int[n];
            int sp = 0;
            int counter = 0;
            int components = 0;
            for (int root = 0; root < n; root++) {
                if (remaining[root] == 0 || number[root] != -1) {
                    continue;
                }
                int top = 0;
                callNode[0] = root;
                callEdge[0] = outStart[root];
                number[root] = low[root] = counter++;
                stack[sp++] = root;
                onStack[root] = true;
                while (top >= 0) {
                    int u = callNode[top];
                    int e = callEdge[top];
                    if (e < outStart[u + 1]) {
                        callEdge[top] = e + 1;
                        int v = outSucc[e];
                        if (remaining[v] == 0) {
                            continue;
                        }
                        if (number[v] == -1) {
                            number[v] = low[v] = counter++;
                            stack[sp++] = v;
                            onStack[v] = true;
                            top++;
                            callNode[top] = v;
                            callEdge[top] = outStart[v];
                        } else if (onStack[v]) {
                            low[u] = Math.min(low[u], number[v]);
                        }
                    } else {
                        if (low[u] == number[u]) {
                            int size = 0;
                            int w;
                            do {
                                w = stack[--sp];
                                onStack[w] = false;
                                component[w] = components;
                                size++;
                            } while (w != u);
                            if (size > 1) {
                                reportCycle(u, components, component);
                            }
                            components++;
                        }
                        top--;
                        if (top >= 0) {
                            int parent = callNode[top];
                            low[parent] = Math.min(low[parent], low[u]);
                        }
                    }
                }
            }
        }

        /**
         * Reports one group of tasks that wait for each other (a strongly connected component):
         * every task of the group, in schedule order, as a list of ids, at the path of a dependency
         * that closes a cycle through the group's first task. A ⇄ B ⇄ C is one group of three.
         */
        private void reportCycle(int anyMember, int componentId, int[] component) {
            java.util.List<String> members = new ArrayList<>();
            int first = -1;
            for (int i = 0; i < n; i++) {
                if (component[i] == componentId) {
                    members.add(taskName(i));
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            // A dependency inside the group that leads back into its first task closes a cycle.
            int closing = -1;
            for (int u = 0; u < n && closing < 0; u++) {
                if (component[u] != componentId) {
                    continue;
                }
                for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                    if (outSucc[e] == first) {
                        closing = outDependency[e];
                        break;
                    }
                }
            }
            problem(Violation.of(ScheduleViolation.CYCLE, RulePaths.indexed("dependencies", closing),
                    java.util.List.copyOf(members), members.size()));
        }

        private String taskName(int i) {
            return taskList.get(i).id().value();
        }
    }

    /** Both passes over a valid graph. */
    static final class Computation {
        private final Schedule schedule;
        private final Graph g;
        private final int n;
        private final DayIndex p;
        final int[] esB;
        final int[] esDay;
        final int[] efDay;
        final int[] lsDay;
        final int[] lfDay;
        final int[] esP;
        final int[] efP;
        final int[] lsP;
        final int[] lfP;
        final int[] totalFloat;
        final int[] freeFloat;
        final boolean[] critical;
        private int finishBoundary = LOW;
        private int finishDay = LOW;
        /** Whether some task may work on a calendar other than the schedule's: then moments are kept too. */
        private final boolean mixed;
        /** Early and late start and finish moments (the epoch day at whose start each falls), when mixed. */
        private int[] esAt;
        private int[] efAt;
        private int[] lsAt;
        private int[] lfAt;
        /** The latest early finish moment, when mixed. */
        private int finishAt = LOW;
        private int[] floorOf;
        private int[] startOf;
        private int[] resumeOf;

        Computation(Schedule schedule, Graph graph) {
            this.schedule = schedule;
            this.g = graph;
            this.n = graph.n;
            this.p = graph.calendars[0];
            esB = new int[n];
            esDay = new int[n];
            efDay = new int[n];
            lsDay = new int[n];
            lfDay = new int[n];
            esP = new int[n];
            efP = new int[n];
            lsP = new int[n];
            lfP = new int[n];
            totalFloat = new int[n];
            freeFloat = new int[n];
            critical = new boolean[n];
            mixed = graph.calendars.length > 1;
            if (mixed) {
                esAt = new int[n];
                efAt = new int[n];
                lsAt = new int[n];
                lfAt = new int[n];
            }
        }

        Validation<Seq<Violation>, ScheduleForecast> run() {
            int failed = forward();
            if (failed < 0) {
                failed = backward();
            }
            if (failed >= 0) {
                int i = g.original[failed];
                GanttTask task = g.taskList.get(i);
                return Validation.invalid(g.problems.append(Violation.of(ScheduleViolation.OUT_OF_RANGE,
                        RulePaths.indexed("tasks", i), task.id())));
            }
            List<Violation> uncovered = uncovered();
            if (!uncovered.isEmpty()) {
                return Validation.invalid(g.problems.appendAll(uncovered));
            }
            List<Violation> found = g.problems.appendAll(deadlines());
            return Validation.valid(new ScheduleForecast(schedule, g.index, this, criticalSubgraph(), found,
                    LocalDate.ofEpochDay(finishDay), g));
        }

        byte kind(int position) {
            return g.kind[position];
        }

        /** Early dates in topological order, pushing lower bounds along each task's dependencies. */
        private int forward() {
            int[] lowStart = new int[n];
            int[] lowFinish = new int[n];
            Arrays.fill(lowStart, LOW);
            Arrays.fill(lowFinish, LOW);
            int[] lowStartAt = null;
            int[] lowFinishAt = null;
            if (mixed) {
                lowStartAt = new int[n];
                lowFinishAt = new int[n];
                Arrays.fill(lowStartAt, LOW);
                Arrays.fill(lowFinishAt, LOW);
            }
            DayIndex[] calendars = g.calendars;
            floorOf = new int[calendars.length];
            startOf = new int[calendars.length];
            resumeOf = new int[calendars.length];
            int resumeDay = g.statusDay == LOW ? LOW : g.statusDay + 1;
            for (int c = 0; c < calendars.length; c++) {
                floorOf[c] = calendars[c].count(g.start);
                startOf[c] = floorOf[c];
                if (resumeDay != LOW) {
                    resumeOf[c] = calendars[c].count(resumeDay);
                    floorOf[c] = Math.max(floorOf[c], resumeOf[c]);
                }
            }
            int[] outStart = g.outStart;
            int[] outSucc = g.outSucc;
            byte[] outType = g.outType;
            int[] outLag = g.outLag;
            int[] order = g.order;
            for (int k = 0; k < n; k++) {
                int u = order[k];
                int ci = g.calendarOf[u];
                DayIndex c = calendars[ci];
                int d = g.duration[u];
                byte kind = g.kind[u];
                if (kind == PLANNED) {
                    int floor = floorOf[ci];
                    int b = floor;
                    if (d == 0) {
                        if (g.notBefore[u] != LOW) {
                            int shown = c.count(g.notBefore[u]);
                            b = shown <= floor ? b : Math.max(b, shown + 1);
                        }
                        if (lowStart[u] != LOW) {
                            b = Math.max(b, milestoneFromLow(c, p, lowStart[u], floor));
                        }
                        if (lowFinish[u] != LOW) {
                            b = Math.max(b, milestoneFromLow(c, p, lowFinish[u], floor));
                        }
                        if (mixed) {
                            b = Math.max(b, milestoneFromLowAt(c, Math.max(lowStartAt[u], lowFinishAt[u]), floor));
                        }
                        esB[u] = b;
                        esDay[u] = c.day(Math.max(b - 1, startOf[ci]));
                        efDay[u] = esDay[u];
                        esP[u] = milestoneBoundary(c, p, b, floor);
                        efP[u] = esP[u];
                    } else {
                        if (g.notBefore[u] != LOW) {
                            b = Math.max(b, c.count(g.notBefore[u]));
                        }
                        if (lowStart[u] != LOW) {
                            b = Math.max(b, startFromLow(c, p, lowStart[u]));
                        }
                        if (lowFinish[u] != LOW) {
                            b = Math.max(b, finishFromLow(c, p, lowFinish[u], d));
                        }
                        if (mixed) {
                            b = Math.max(b, Math.max(startFromLowAt(c, lowStartAt[u]),
                                    finishFromLowAt(c, lowFinishAt[u], d)));
                        }
                        esB[u] = b;
                        int s = c.day(b);
                        int f = c.day(b + d - 1);
                        esDay[u] = s;
                        efDay[u] = f;
                        if (c == p) {
                            esP[u] = b;
                            efP[u] = b + d;
                        } else {
                            esP[u] = p.count(s);
                            efP[u] = p.count(f + 1);
                        }
                    }
                } else if (kind == STARTED) {
                    int remaining = Math.max(1, (int) ((d * (long) (100 - g.percent[u]) + 99) / 100));
                    int j = resumeOf[ci] + remaining - 1;
                    if (lowFinish[u] != LOW) {
                        j = Math.max(j, endFromLow(c, p, lowFinish[u]));
                    }
                    if (mixed) {
                        j = Math.max(j, endFromLowAt(c, lowFinishAt[u]));
                    }
                    esB[u] = j;
                    esDay[u] = g.actualStart[u];
                    efDay[u] = c.day(j);
                    esP[u] = p.count(esDay[u]);
                    efP[u] = c == p ? j + 1 : p.count(efDay[u] + 1);
                } else if (d == 0) {
                    // Reached at the end of its day, or at the start of the schedule's first day.
                    esDay[u] = g.actualFinish[u];
                    efDay[u] = g.actualFinish[u];
                    esP[u] = esDay[u] == p.day(startOf[0]) ? startOf[0] : p.count(esDay[u] + 1);
                    efP[u] = esP[u];
                } else {
                    esDay[u] = g.actualStart[u];
                    efDay[u] = g.actualFinish[u];
                    esP[u] = p.count(esDay[u]);
                    efP[u] = p.count(efDay[u] + 1);
                }
                if (efDay[u] > MAX_DAY || esDay[u] < MIN_DAY) {
                    return u;
                }
                if (mixed) {
                    earlyMoments(u, c);
                }
                if (efP[u] > finishBoundary) {
                    finishBoundary = efP[u];
                }
                if (efDay[u] > finishDay) {
                    finishDay = efDay[u];
                }
                int fromStart = esP[u];
                int fromFinish = efP[u];
                for (int e = outStart[u], end = outStart[u + 1]; e < end; e++) {
                    int v = outSucc[e];
                    byte type = outType[e];
                    int bound = (type == SS || type == SF ? fromStart : fromFinish) + outLag[e];
                    if (type == FS || type == SS) {
                        if (bound > lowStart[v]) {
                            lowStart[v] = bound;
                        }
                    } else if (bound > lowFinish[v]) {
                        lowFinish[v] = bound;
                    }
                    if (mixed && outLag[e] == 0) {
                        int at = type == SS || type == SF ? esAt[u] : efAt[u];
                        int[] low = type == FS || type == SS ? lowStartAt : lowFinishAt;
                        if (at > low[v]) {
                            low[v] = at;
                        }
                    }
                }
            }
            return -1;
        }

        /** The early moments of task u, on calendar c, once its early dates are known. */
        private void earlyMoments(int u, DayIndex c) {
            byte kind = g.kind[u];
            if (g.duration[u] > 0) {
                esAt[u] = esDay[u];
                efAt[u] = efDay[u] + 1;
            } else if (kind == PLANNED) {
                esAt[u] = milestoneAt(c, esB[u], floorOf[g.calendarOf[u]]);
                efAt[u] = esAt[u];
            } else {
                esAt[u] = esDay[u] == p.day(startOf[0]) ? esDay[u] : esDay[u] + 1;
                efAt[u] = esAt[u];
            }
            if (efAt[u] > finishAt) {
                finishAt = efAt[u];
            }
        }

        /** Late dates and floats in reverse topological order, pulling upper bounds from successors. */
        private int backward() {
            DayIndex[] calendars = g.calendars;
            int[] outStart = g.outStart;
            int[] outSucc = g.outSucc;
            byte[] outType = g.outType;
            int[] outLag = g.outLag;
            byte[] kinds = g.kind;
            int[] order = g.order;
            for (int k = n - 1; k >= 0; k--) {
                int u = order[k];
                DayIndex c = calendars[g.calendarOf[u]];
                int d = g.duration[u];
                int highStart = HIGH;
                int highFinish = finishBoundary;
                int freeStart = HIGH;
                int freeFinish = finishBoundary;
                int highStartAt = HIGH;
                int highFinishAt = finishAt;
                int freeStartAt = HIGH;
                int freeFinishAt = finishAt;
                for (int e = outStart[u], end = outStart[u + 1]; e < end; e++) {
                    int v = outSucc[e];
                    byte kindOfSuccessor = kinds[v];
                    byte type = outType[e];
                    if (kindOfSuccessor == DONE || (kindOfSuccessor == STARTED && (type == FS || type == SS))) {
                        continue;
                    }
                    int lag = outLag[e];
                    switch (type) {
                        case FS:
                            highFinish = Math.min(highFinish, lsP[v] - lag);
                            freeFinish = Math.min(freeFinish, esP[v] - lag);
                            break;
                        case SS:
                            highStart = Math.min(highStart, lsP[v] - lag);
                            freeStart = Math.min(freeStart, esP[v] - lag);
                            break;
                        case FF:
                            highFinish = Math.min(highFinish, lfP[v] - lag);
                            freeFinish = Math.min(freeFinish, efP[v] - lag);
                            break;
                        default:
                            highStart = Math.min(highStart, lfP[v] - lag);
                            freeStart = Math.min(freeStart, efP[v] - lag);
                    }
                    if (mixed && lag == 0) {
                        boolean toStart = type == FS || type == SS;
                        int late = toStart ? lsAt[v] : lfAt[v];
                        int free = toStart ? esAt[v] : efAt[v];
                        if (type == FS || type == FF) {
                            highFinishAt = Math.min(highFinishAt, late);
                            freeFinishAt = Math.min(freeFinishAt, free);
                        } else {
                            highStartAt = Math.min(highStartAt, late);
                            freeStartAt = Math.min(freeStartAt, free);
                        }
                    }
                }
                byte kind = kinds[u];
                int deadline = g.deadline[u];
                if (kind == PLANNED && d == 0) {
                    int floor = floorOf[g.calendarOf[u]];
                    int late = milestoneFromHigh(c, p, highFinish);
                    int free = milestoneFromHigh(c, p, freeFinish);
                    if (highStart != HIGH) {
                        late = Math.min(late, milestoneFromHigh(c, p, highStart));
                    }
                    if (freeStart != HIGH) {
                        free = Math.min(free, milestoneFromHigh(c, p, freeStart));
                    }
                    if (mixed) {
                        late = Math.min(late, c.count(Math.min(highStartAt, highFinishAt)));
                        free = Math.min(free, c.count(Math.min(freeStartAt, freeFinishAt)));
                    }
                    if (deadline != HIGH) {
                        int limit = c.count(deadline + 1);
                        late = Math.min(late, limit > floor ? limit : limit - 1);
                    }
                    totalFloat[u] = late - esB[u];
                    freeFloat[u] = free - esB[u];
                    lsDay[u] = c.day(Math.max(late - 1, startOf[g.calendarOf[u]]));
                    lfDay[u] = lsDay[u];
                    lsP[u] = milestoneBoundary(c, p, late, floor);
                    lfP[u] = lsP[u];
                    critical[u] = totalFloat[u] <= 0;
                } else if (kind == PLANNED) {
                    int late = finishFromHigh(c, p, highFinish, d);
                    int free = finishFromHigh(c, p, freeFinish, d);
                    if (highStart != HIGH) {
                        late = Math.min(late, startFromHigh(c, p, highStart));
                    }
                    if (freeStart != HIGH) {
                        free = Math.min(free, startFromHigh(c, p, freeStart));
                    }
                    if (mixed) {
                        late = Math.min(late, Math.min(c.count(highFinishAt) - d, startFromHighAt(c, highStartAt)));
                        free = Math.min(free, Math.min(c.count(freeFinishAt) - d, startFromHighAt(c, freeStartAt)));
                    }
                    if (deadline != HIGH) {
                        late = Math.min(late, c.count(deadline + 1) - d);
                    }
                    totalFloat[u] = late - esB[u];
                    freeFloat[u] = free - esB[u];
                    int s = c.day(late);
                    int f = c.day(late + d - 1);
                    lsDay[u] = s;
                    lfDay[u] = f;
                    if (c == p) {
                        lsP[u] = late;
                        lfP[u] = late + d;
                    } else {
                        lsP[u] = p.count(s);
                        lfP[u] = p.count(f + 1);
                    }
                    critical[u] = totalFloat[u] <= 0;
                } else if (kind == STARTED) {
                    int late = endFromHigh(c, p, highFinish);
                    int free = endFromHigh(c, p, freeFinish);
                    if (mixed) {
                        late = Math.min(late, c.count(highFinishAt) - 1);
                        free = Math.min(free, c.count(freeFinishAt) - 1);
                    }
                    if (deadline != HIGH) {
                        late = Math.min(late, c.count(deadline + 1) - 1);
                    }
                    totalFloat[u] = late - esB[u];
                    freeFloat[u] = free - esB[u];
                    lsDay[u] = esDay[u];
                    lfDay[u] = c.day(late);
                    lsP[u] = esP[u];
                    lfP[u] = c == p ? late + 1 : p.count(lfDay[u] + 1);
                    critical[u] = totalFloat[u] <= 0;
                } else {
                    lsDay[u] = esDay[u];
                    lfDay[u] = efDay[u];
                    lsP[u] = esP[u];
                    lfP[u] = efP[u];
                }
                if (lsDay[u] < MIN_DAY) {
                    return u;
                }
                if (mixed) {
                    lateMoments(u, c, d, kind);
                }
            }
            return -1;
        }

        /** The late moments of task u, on calendar c, once its late dates are known. */
        private void lateMoments(int u, DayIndex c, int d, byte kind) {
            if (kind == PLANNED && d == 0) {
                lsAt[u] = milestoneAt(c, esB[u] + totalFloat[u], floorOf[g.calendarOf[u]]);
                lfAt[u] = lsAt[u];
            } else if (kind == PLANNED || kind == STARTED) {
                lsAt[u] = kind == PLANNED ? lsDay[u] : esAt[u];
                lfAt[u] = lfDay[u] + 1;
            } else {
                lsAt[u] = esAt[u];
                lfAt[u] = efAt[u];
            }
        }

        /**
         * The first task, in schedule order, whose dates leave the days its calendar or the
         * schedule's covers, one for each calendar: outside them the dates were counted on an
         * ordinary week and cannot be trusted.
         */
        private List<Violation> uncovered() {
            java.util.List<WorkingCalendar> calendars = new ArrayList<>();
            calendars.add(schedule.calendar());
            calendars.addAll(schedule.otherCalendars());
            if (calendars.stream().allMatch(c -> c.coverage().isEmpty())) {
                return List.empty();
            }
            List<Violation> found = List.empty();
            boolean[] reported = new boolean[calendars.size()];
            for (int i = 0; i < n; i++) {
                int u = g.position[i];
                int first = Math.min(esDay[u], lsDay[u]);
                int last = Math.max(efDay[u], lfDay[u]);
                for (int c : new int[] {g.calendarOf[u], 0}) {
                    WorkingCalendar calendar = calendars.get(c);
                    if (reported[c] || calendar.coverage().isEmpty()) {
                        continue;
                    }
                    DateRange known = calendar.coverage().get();
                    LocalDate outside = !known.contains(LocalDate.ofEpochDay(first)) ? LocalDate.ofEpochDay(first)
                            : !known.contains(LocalDate.ofEpochDay(last)) ? LocalDate.ofEpochDay(last) : null;
                    if (outside != null) {
                        reported[c] = true;
                        found = found.append(Violation.of(ScheduleViolation.CALENDAR_UNCOVERED,
                                RulePaths.indexed("tasks", i), g.taskList.get(i).id(), outside.toString(), calendar.name(),
                                known.start().toString(), known.end().toString()));
                    }
                }
            }
            return found;
        }

        private List<Violation> deadlines() {
            List<Violation> found = List.empty();
            for (int i = 0; i < n; i++) {
                int u = g.position[i];
                int deadline = g.deadline[u];
                if (deadline != HIGH && g.kind[u] != DONE && efDay[u] > deadline) {
                    DayIndex c = g.calendars[g.calendarOf[u]];
                    GanttTask task = g.taskList.get(i);
                    found = found.append(Violation.of(ScheduleViolation.DEADLINE_MISSED,
                            RulePaths.indexed("tasks", i) + ".finishNoLaterThan", task.id(),
                            LocalDate.ofEpochDay(deadline).toString(), LocalDate.ofEpochDay(efDay[u]).toString(),
                            c.count(efDay[u] + 1) - c.count(deadline + 1)));
                }
            }
            return found;
        }

        /** Critical tasks and the driving dependencies between them. */
        private CriticalSubgraph criticalSubgraph() {
            ArrayList<TaskId> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (critical[g.position[i]]) {
                    tasks.add(g.taskList.get(i).id());
                }
            }
            java.util.List<Dependency> dependencies = schedule.dependencies();
            int[] driving = new int[g.outSucc.length];
            int count = 0;
            for (int u = 0; u < n; u++) {
                if (!critical[u]) {
                    continue;
                }
                for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                    int v = g.outSucc[e];
                    if (critical[v] && drives(u, v, g.outType[e], g.outLag[e])) {
                        driving[count++] = g.outDependency[e];
                    }
                }
            }
            Arrays.sort(driving, 0, count);
            ArrayList<Dependency> edges = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                edges.add(dependencies.get(driving[k]));
            }
            return new CriticalSubgraph(tasks, edges);
        }

        private boolean drives(int u, int v, byte type, int lag) {
            int bound = (type == SS || type == SF ? esP[u] : efP[u]) + lag;
            DayIndex c = g.calendars[g.calendarOf[v]];
            int d = g.duration[v];
            boolean toStart = type == FS || type == SS;
            if (g.kind[v] == STARTED) {
                int end = endFromLow(c, p, bound);
                if (mixed && lag == 0) {
                    end = Math.max(end, endFromLowAt(c, type == SF ? esAt[u] : efAt[u]));
                }
                return !toStart && end == esB[v];
            }
            int floor = floorOf[g.calendarOf[v]];
            int candidate = d == 0 ? milestoneFromLow(c, p, bound, floor)
                    : toStart ? startFromLow(c, p, bound) : finishFromLow(c, p, bound, d);
            if (mixed && lag == 0) {
                int at = type == SS || type == SF ? esAt[u] : efAt[u];
                int exact = d == 0 ? milestoneFromLowAt(c, at, floor) : toStart ? startFromLowAt(c, at)
                        : finishFromLowAt(c, at, d);
                candidate = Math.max(candidate, exact);
            }
            return candidate == esB[v];
        }
    }
}
