package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The journal is the campaign's event log: one entry per accepted command, and replay gives it back. */
class JournalProperties {

    @Property(tries = 60)
    void replayingTheJournalFromTheStartGivesBackTheSameCampaign(@ForAll("walks") CampaignArbitraries.Walk walk) {
        assertThat(Journal.replay(walk.start(), walk.journal()).get()).isEqualTo(walk.end());
        assertThat(walk.journal().replayOnto(walk.start()).get()).isEqualTo(walk.end());
    }

    @Property(tries = 40)
    void aCampaignBuiltFromItsCreationThroughTheDoorReplaysFromItsCreation(
            @ForAll("fromCreation") CampaignArbitraries.Walk walk) {
        assertThat(walk.start().revision()).isZero();
        assertThat(walk.journal().size()).isEqualTo((int) walk.end().revision());
        assertThat(Journal.replay(walk.start(), walk.journal()).get()).isEqualTo(walk.end());
    }

    @Provide
    Arbitrary<CampaignArbitraries.Walk> fromCreation() {
        return CampaignArbitraries.walksFromCreation();
    }

    @Property(tries = 60)
    void replayingFromASnapshotGivesBackTheSameCampaign(@ForAll("walks") CampaignArbitraries.Walk walk,
                                                         @ForAll @IntRange(min = 0, max = 40) int cut) {
        Seq<JournalEntry> entries = walk.journal().entries();
        int at = Math.min(cut, entries.size());
        Campaign snapshot = Journal.replay(walk.start(), entries.take(at)).get();
        assertThat(snapshot.revision()).isEqualTo(walk.start().revision() + at);
        // The whole journal may be handed over: entries up to the snapshot's revision are skipped.
        assertThat(Journal.replay(snapshot, entries).get()).isEqualTo(walk.end());
        assertThat(Journal.replay(snapshot, walk.journal().after(snapshot.revision())).get()).isEqualTo(walk.end());
    }

    @Property(tries = 60)
    void everyAcceptedCommandIsOneEntryWithTheNextRevision(@ForAll("walks") CampaignArbitraries.Walk walk) {
        Seq<JournalEntry> entries = walk.journal().entries();
        assertThat(walk.end().revision() - walk.start().revision()).isEqualTo(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).revision()).isEqualTo(walk.start().revision() + i + 1);
            if (i > 0) {
                assertThat(entries.get(i).at()).isAfterOrEqualTo(entries.get(i - 1).at());
            }
        }
        // Stage changes stay readable as the history: one per accepted transition.
        long transitions = entries.count(e -> e.command().change() instanceof Transition);
        assertThat(walk.end().history().size() - walk.start().history().size()).isEqualTo((int) transitions);
    }

    @Property(tries = 30)
    void aMissingEntryIsReportedNotGuessed(@ForAll("walks") CampaignArbitraries.Walk walk,
                                           @ForAll @IntRange(min = 0, max = 39) int drop) {
        Seq<JournalEntry> entries = walk.journal().entries();
        net.jqwik.api.Assume.that(entries.size() >= 2);
        int missing = drop % (entries.size() - 1);
        Either<Refusal, Campaign> replayed = Journal.replay(walk.start(), entries.removeAt(missing));
        assertThat(replayed.getLeft().codes()).containsExactly("campaign.journal.revision-gap");
        assertThat(replayed.getLeft().violations().head().path()).isEqualTo("entries[" + missing + "].revision");
    }

    @Property(tries = 20)
    void replayDoesNotAskTheGatesOrTheAccessPolicyAgain(@ForAll("planned") Campaign start) {
        // Accepted by a lax lifecycle of an earlier version; the standard one would refuse the stranger.
        Lifecycle lax = Lifecycle.withoutGates().withAccessPolicy(AccessPolicy.anyone());
        MemberId stranger = MemberId.of("stranger");
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);
        Accepted first = lax.execute(start, CampaignCommand.advance(stranger), clock).get();
        Accepted second = lax.execute(first.campaign(), CampaignCommand.hold(stranger, "等待"), clock).get();
        assertThat(Lifecycle.standard().apply(start, CampaignCommand.advance(stranger), clock).isLeft()).isTrue();
        Journal journal = Journal.empty().append(first).append(second);
        assertThat(Journal.replay(start, journal).get()).isEqualTo(second.campaign());
        assertThat(second.campaign().history().get(0).actor()).isEqualTo(stranger);
    }

    @Property(tries = 20)
    void aJournalOnlyGrowsByTheNextRevision(@ForAll("walks") CampaignArbitraries.Walk walk) {
        net.jqwik.api.Assume.that(walk.journal().size() >= 2);
        JournalEntry first = walk.journal().entries().head();
        assertThatThrownBy(() -> walk.journal().append(first)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("entry: revision " + first.revision() + " does not follow revision ");
        assertThat(Journal.of(walk.journal())).isEqualTo(walk.journal());
    }

    @Provide
    Arbitrary<CampaignArbitraries.Walk> walks() {
        return CampaignArbitraries.walks();
    }

    @Provide
    Arbitrary<Campaign> planned() {
        return CampaignArbitraries.plannedCampaigns();
    }
}
