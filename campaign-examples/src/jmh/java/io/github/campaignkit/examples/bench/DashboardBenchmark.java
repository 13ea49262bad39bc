package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.KpiTarget;
import io.github.campaignkit.core.kpi.KpiTotals;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.kpi.MetricCadence;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 3's number: the KPI dashboard over 1,000,000 observations (100 metrics × 10 channels ×
 * 1,000 days) in one pass, no slower than twice a hand-written loop that sums the same values by
 * metric and channel, measured in the same run.
 *
 * <p>{@link #dashboard()} is the whole dashboard: the single pass over the observations (catalogue
 * lookup, unit check, duplicate detection, sums up to the day and of the day) and the evaluation
 * of 1,000 channel lines and 100 all-channel lines (achievement, pace, alert rules, late-data scan
 * of every line's 1,000 days against a daily cadence). {@link #handWrittenLoop()} only sums the
 * values into a {@code HashMap} keyed by metric and channel. The observations arrive day by day, as
 * they would be recorded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardBenchmark {

    private static final int METRICS = 100;
    private static final int CHANNELS = 10;
    private static final int DAYS = 1000;

    private List<Metric> metrics;
    private List<Observation> observations;
    private KpiTracking kpi;
    private DateRange window;
    private List<Phase> phases;
    private LocalDate asOf;

    /** The key the hand-written loop sums by. */
    private record Key(MetricId metric, Channel channel) {
    }

    /** Builds the catalogue, the lines and the 1,000,000 observations. */
    @Setup(Level.Trial)
    public void setUp() {
        LocalDate start = LocalDate.of(2022, 1, 1);
        window = DateRange.of(start, start.plusDays(DAYS - 1));
        phases = List.of(Phase.of(PhaseKind.WARM_UP, DateRange.of(start, start.plusDays(199))),
                Phase.of(PhaseKind.BURST, DateRange.of(start.plusDays(200), start.plusDays(799))),
                Phase.of(PhaseKind.CONTINUATION, DateRange.of(start.plusDays(800), window.end())));
        asOf = window.end();
        List<MetricId> ids = new ArrayList<>();
        metrics = new ArrayList<>();
        for (int m = 0; m < METRICS; m++) {
            MetricId id = MetricId.of("m" + m);
            ids.add(id);
            metrics.add(Metric.of(id.value(), "指标" + m, MetricUnit.count()));
        }
        List<Channel> channels = new ArrayList<>();
        for (int c = 0; c < CHANNELS; c++) {
            channels.add(Channel.of("渠道" + c));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            days.add(start.plusDays(d));
        }
        BigDecimal[] values = new BigDecimal[1001];
        for (int v = 0; v < values.length; v++) {
            values[v] = BigDecimal.valueOf(v);
        }
        Random random = new Random(42);
        observations = new ArrayList<>(METRICS * CHANNELS * DAYS);
        for (LocalDate day : days) {
            for (MetricId id : ids) {
                for (Channel channel : channels) {
                    observations.add(Observation.of(id, channel, day, values[random.nextInt(values.length)], "后台"));
                }
            }
        }
        List<KpiTarget> lines = new ArrayList<>();
        List<MetricCadence> cadences = new ArrayList<>();
        MemberId owner = MemberId.of("owner");
        for (MetricId id : ids) {
            for (Channel channel : channels) {
                lines.add(KpiTarget.of(id, channel, Target.atLeast(BigDecimal.valueOf(600_000)), owner));
            }
            lines.add(KpiTarget.overall(id, Target.atLeast(BigDecimal.valueOf(6_000_000)), owner));
            cadences.add(MetricCadence.of(id, Cadence.daily()));
        }
        kpi = KpiTracking.builder().targets(lines).cadences(cadences)
                .alerting(io.github.campaignkit.core.kpi.AlertPolicy.defaults()).build();
        Dashboard check = dashboard();
        if (check.rows().size() != METRICS * (CHANNELS + 1) || !check.findings().isEmpty()) {
            throw new IllegalStateException("unexpected dashboard: " + check.rows().size() + " rows, "
                    + check.findings().size() + " findings");
        }
    }

    /**
     * The whole dashboard of the last day, from the observations.
     *
     * @return the dashboard, so the JIT keeps the work
     */
    @Benchmark
    public Dashboard dashboard() {
        return Dashboard.of(KpiTotals.tally(metrics, observations, asOf), kpi, window, phases);
    }

    /**
     * The single pass alone, without evaluating the lines: how the dashboard's time divides.
     *
     * @return the totals, so the JIT keeps the work
     */
    @Benchmark
    public KpiTotals totalsOnly() {
        return KpiTotals.tally(metrics, observations, asOf);
    }

    /**
     * The baseline: the same values summed by metric and channel in a plain loop.
     *
     * @return the sums, so the JIT keeps the work
     */
    @Benchmark
    public Map<Key, BigDecimal> handWrittenLoop() {
        Map<Key, BigDecimal> sums = new HashMap<>();
        for (Observation o : observations) {
            sums.merge(new Key(o.metric(), o.channel()), o.value(), BigDecimal::add);
        }
        return sums;
    }
}
