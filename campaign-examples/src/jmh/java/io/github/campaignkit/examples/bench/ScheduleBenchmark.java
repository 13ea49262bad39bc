package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.DependencyType;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 7's numbers: the critical path method over a random acyclic schedule of N tasks and 3N
 * dependencies of all four types with lags (−2…5 working days), on a Monday-to-Friday calendar with
 * China's 2024–2026 public holidays and make-up working days, computed end to end from the domain
 * records: id resolution, CSR graph, Kahn's order, both passes, total and free float, the critical
 * subgraph and the finish ({@link #criticalPath}). The baseline ({@link #jgraphtBuildAndSort}) is
 * what JGraphT needs just to build a graph of the same tasks and dependencies and sort it
 * topologically.
 *
 * <p>Targets: {@code criticalPath} ≤ 1/10 of {@code jgraphtBuildAndSort} at N = 100,000, and
 * {@code criticalPath} at 200,000 ≤ 2.3 × its time at 100,000. Run with
 * {@code mvn -B -DskipTests -Pbench package -Dbench.args="-f 1 -wi 2 -i 3 Schedule"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScheduleBenchmark {

    /** The number of tasks; dependencies are three times as many. */
    @Param({"100000", "200000"})
    public int tasks;

    private Schedule schedule;
    private ScheduleForecast computed;

    /** China's public holidays and make-up working days, 2024 to 2026 (2026 as announced for planning). */
    static WorkingCalendar china() {
        String text = String.join("\n",
                "weekdays MON-FRI",
                "off 2024-01-01", "off 2024-02-10..2024-02-17", "work 2024-02-04", "work 2024-02-18",
                "off 2024-04-04..2024-04-06", "work 2024-04-07", "off 2024-05-01..2024-05-05", "work 2024-04-28",
                "work 2024-05-11", "off 2024-06-10", "off 2024-09-15..2024-09-17", "work 2024-09-14",
                "off 2024-10-01..2024-10-07", "work 2024-09-29", "work 2024-10-12",
                "off 2025-01-01", "off 2025-01-28..2025-02-04", "work 2025-01-26", "work 2025-02-08",
                "off 2025-04-04..2025-04-06", "off 2025-05-01..2025-05-05", "work 2025-04-27",
                "off 2025-05-31..2025-06-02", "off 2025-10-01..2025-10-08", "work 2025-09-28", "work 2025-10-11",
                "off 2026-01-01..2026-01-03", "off 2026-02-15..2026-02-23", "off 2026-04-04..2026-04-06",
                "off 2026-05-01..2026-05-05", "off 2026-06-19..2026-06-21", "off 2026-09-25..2026-09-27",
                "off 2026-10-01..2026-10-07");
        return WorkingCalendar.parse("中国大陆 2024-2026", text).get();
    }

    /**
     * A random acyclic schedule: tasks in a hidden random order, each dependency from a task to one
     * up to 1,000 places later in that order, no two between the same pair of tasks (so that JGraphT's
     * simple graph holds every one), three in five finish-to-start, the rest spread over SS, FF and
     * SF, one in three with a lag.
     *
     * @param n    the number of tasks
     * @param seed the random seed
     * @return the schedule
     */
    static Schedule randomSchedule(int n, long seed) {
        Random random = new Random(seed);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        TaskId[] byRank = new TaskId[n];
        List<GanttTask> tasks = new ArrayList<>(n);
        MemberId[] owners = {MemberId.of("张*"), MemberId.of("李*"), MemberId.of("王*"), MemberId.of("赵*")};
        for (int i = 0; i < n; i++) {
            TaskId id = TaskId.of("T" + i);
            byRank[rank[i]] = id;
            int days = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(5);
            tasks.add(GanttTask.of(id, "任务" + i, owners[i % owners.length], days));
        }
        DependencyType[] others = {DependencyType.START_TO_START, DependencyType.FINISH_TO_FINISH,
            DependencyType.START_TO_FINISH};
        List<Dependency> dependencies = new ArrayList<>(3 * n);
        Set<Long> pairs = new HashSet<>();
        while (dependencies.size() < 3 * n) {
            int successor = 1 + random.nextInt(n - 1);
            int predecessor = successor - 1 - random.nextInt(Math.min(successor, 1000));
            if (!pairs.add((long) predecessor * n + successor)) {
                continue;
            }
            DependencyType type = random.nextInt(5) < 3 ? DependencyType.FINISH_TO_START : others[random.nextInt(3)];
            int lag = random.nextInt(3) == 0 ? random.nextInt(8) - 2 : 0;
            dependencies.add(Dependency.of(byRank[predecessor], byRank[successor], type, lag));
        }
        return Schedule.builder().start(LocalDate.of(2024, 1, 2)).calendar(china()).tasks(tasks)
                .dependencies(dependencies).build();
    }

    /** Builds the schedule once per trial and checks it computes. */
    @Setup(Level.Trial)
    public void setUp() {
        schedule = randomSchedule(tasks, 20240715L);
        ScheduleForecast forecast = schedule.forecast().get();
        if (forecast.criticalSubgraph().isEmpty()) {
            throw new IllegalStateException("no critical path");
        }
        computed = forecast;
    }

    /**
     * Reading every task's forecast of a computed schedule (early and late dates, floats), as a
     * Gantt view or an export does: compare with {@link #criticalPath}, the computation itself.
     *
     * @param blackhole keeps the JIT from dropping work
     * @return the number of tasks read
     */
    @Benchmark
    public int readEveryTaskForecast(Blackhole blackhole) {
        int read = 0;
        for (io.github.campaignkit.core.schedule.TaskForecast task : computed.tasks()) {
            blackhole.consume(task.earlyStart());
            blackhole.consume(task.lateFinish());
            blackhole.consume(task.totalFloat());
            read++;
        }
        return read;
    }

    /**
     * The whole critical path method, from the domain records to the critical subgraph.
     *
     * @param blackhole keeps the JIT from dropping work
     * @return the forecast
     */
    @Benchmark
    public ScheduleForecast criticalPath(Blackhole blackhole) {
        ScheduleForecast forecast = schedule.forecast().get();
        blackhole.consume(forecast.finish());
        blackhole.consume(forecast.criticalSubgraph().dependencies().size());
        return forecast;
    }

    /**
     * The baseline: JGraphT builds a directed graph of the same tasks and dependencies and sorts
     * it topologically.
     *
     * @param blackhole keeps the JIT from dropping work
     * @return the last task in topological order
     */
    @Benchmark
    public TaskId jgraphtBuildAndSort(Blackhole blackhole) {
        Graph<TaskId, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (GanttTask task : schedule.tasks()) {
            graph.addVertex(task.id());
        }
        for (Dependency dependency : schedule.dependencies()) {
            graph.addEdge(dependency.predecessor(), dependency.successor());
        }
        TaskId last = null;
        TopologicalOrderIterator<TaskId, DefaultEdge> order = new TopologicalOrderIterator<>(graph);
        while (order.hasNext()) {
            last = order.next();
        }
        blackhole.consume(graph.edgeSet().size());
        return last;
    }
}
