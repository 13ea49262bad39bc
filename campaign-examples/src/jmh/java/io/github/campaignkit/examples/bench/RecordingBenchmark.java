package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.campaign.Accepted;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.JournalEntry;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.examples.BackToSchool;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of a command does not grow with the campaign's past: a campaign fed one observation per
 * command (seed 001's real-time ad data) up to 100,000 observations. {@code recordThousand} applies
 * 1,000 such commands to a campaign already holding {@code held} observations; {@code appendThousand}
 * appends their 1,000 journal entries to a journal already holding {@code held} entries. Compare
 * {@code held=99000} (the last 1,000 of 100,000) with {@code held=0} (the first 1,000): the ratio
 * should stay within 1.5. The setup of {@code held=99000} also prints the heap the final campaign of
 * 100,000 observations and its journal take. The first iterations after that setup still pay for
 * its collections; give it six warm-up iterations:
 * {@code mvn -B -DskipTests -Pbench package -Dbench.args="RecordingBenchmark -f 1 -wi 6 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecordingBenchmark {

    private static final MetricId EXPOSURE = MetricId.of("exposure");
    private static final LocalDate DAY = LocalDate.of(2024, 8, 1);

    /** How many observations (and journal entries of recording commands) the campaign holds already. */
    @Param({"0", "99000"})
    public int held;

    private final Lifecycle lifecycle = Lifecycle.standard();
    private final Clock clock = Clock.fixed(Instant.parse("2024-08-01T12:00:00Z"), ZoneOffset.UTC);
    private Campaign campaign;
    private Journal journal;
    private List<CampaignCommand> next;
    private List<JournalEntry> nextEntries;

    /** Records {@code held} observations, one command each, and prepares the next 1,000. */
    @Setup(Level.Trial)
    public void feed() {
        Campaign start = lifecycle.apply(Campaign.plan(CampaignId.of("2024-realtime"), BackToSchool.profile()),
                CampaignCommand.by(BackToSchool.ZHANG, GoalChange.ReviseGoals.of(BackToSchool.goals())), clock).get();
        if (held > 0) {
            printFootprint(start, held + 1000);
        }
        campaign = start;
        journal = Journal.empty();
        for (int i = 0; i < held; i++) {
            Accepted accepted = lifecycle.execute(campaign, command(i), clock).get();
            campaign = accepted.campaign();
            journal = journal.append(accepted);
        }
        next = new ArrayList<>();
        nextEntries = new ArrayList<>();
        Campaign after = campaign;
        for (int i = held; i < held + 1000; i++) {
            next.add(command(i));
            Accepted accepted = lifecycle.execute(after, command(i), clock).get();
            after = accepted.campaign();
            nextEntries.add(accepted.entry());
        }
        // The feeding left garbage behind; start measuring from a collected heap.
        usedHeap(null, null);
    }

    /**
     * Prints the heap taken by a campaign of {@code count} observations recorded one command at a
     * time, alone and with its journal (the journal's commands share their observations with it).
     */
    private void printFootprint(Campaign start, int count) {
        long base = usedHeap(null, null);
        Campaign alone = start;
        for (int i = 0; i < count; i++) {
            alone = lifecycle.apply(alone, command(i), clock).get();
        }
        long campaignOnly = usedHeap(alone, null) - base;
        alone = null;
        Campaign withJournal = start;
        Journal entries = Journal.empty();
        for (int i = 0; i < count; i++) {
            Accepted accepted = lifecycle.execute(withJournal, command(i), clock).get();
            withJournal = accepted.campaign();
            entries = entries.append(accepted);
        }
        long both = usedHeap(withJournal, entries) - base;
        System.out.printf("heap of a campaign fed %,d observations one command at a time: %.1f MB (%,d bytes an "
                + "observation); with its journal of %,d entries: %.1f MB%n", count, campaignOnly / 1e6,
                campaignOnly / count, entries.size(), both / 1e6);
    }

    private static CampaignCommand command(int i) {
        return CampaignCommand.by(BackToSchool.ZHANG, KpiChange.RecordObservations.of(Observation.of(EXPOSURE,
                Channel.of("广告位" + i), DAY, BigDecimal.valueOf(1000 + i % 977), "广告平台实时接口")));
    }

    /** The heap in use after a full collection, with the given values still reachable. */
    private static long usedHeap(Object keep, Object keepToo) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(keep);
        Reference.reachabilityFence(keepToo);
        return used;
    }

    /**
     * 1,000 recording commands, one observation each, through the standard lifecycle.
     *
     * @return the campaign after them, so the JIT keeps the work
     */
    @Benchmark
    public Campaign recordThousand() {
        Campaign current = campaign;
        for (CampaignCommand command : next) {
            current = lifecycle.apply(current, command, clock).get();
        }
        return current;
    }

    /**
     * 1,000 journal entries appended.
     *
     * @return the journal after them
     */
    @Benchmark
    public Journal appendThousand() {
        Journal current = journal;
        for (JournalEntry entry : nextEntries) {
            current = current.append(entry);
        }
        return current;
    }
}
