package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.examples.Promotion618;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one lifecycle command with the standard gates: an accepted advance of the complete
 * seed 000 campaign with its approved budget, and a refused one of its draft without a budget
 * (every gate violation collected and wrapped).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LifecycleBenchmark {

    private final Clock clock = Clock.fixed(Instant.parse("2024-05-22T01:00:00Z"), ZoneOffset.UTC);
    private final Campaign complete = Campaign.builder()
            .from(Campaign.plan(CampaignId.of("2024-618"), Promotion618.completeProfile()))
            .budget(Promotion618.approvedBudget()).build();
    private final Campaign draft = Campaign.plan(CampaignId.of("2024-618"), Promotion618.draftProfile());
    private final CampaignCommand advance = CampaignCommand.advance(Promotion618.LEAD);

    /**
     * An advance every gate lets through.
     *
     * @return the result, so the JIT keeps the work
     */
    @Benchmark
    public Either<Refusal, Campaign> acceptedAdvance() {
        return Lifecycle.standard().apply(complete, advance, clock);
    }

    /**
     * An advance refused with five violations (three of the profile, two of the budget).
     *
     * @return the result, so the JIT keeps the work
     */
    @Benchmark
    public Either<Refusal, Campaign> refusedAdvance() {
        return Lifecycle.standard().apply(draft, advance, clock);
    }
}
