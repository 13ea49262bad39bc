package io.github.campaignkit.examples.service;

import io.github.campaignkit.core.campaign.Accepted;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.LifecycleViolation;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaigns served from a {@link CampaignStore}: every change is a command through the lifecycle,
 * and every accepted command is one row of the store's journal.
 *
 * <p>The service keeps the campaigns it serves in memory. A command on a campaign is executed
 * against the campaign held and appended to the journal (one insert). Now and then the campaign (an
 * immutable value) is written as a snapshot by a thread of its own, so that no command waits for a
 * document the size of the whole campaign: after {@code snapshotEvery} revisions, or, for a large
 * campaign, after one revision per {@value #SNAPSHOT_CHARACTERS_PER_COMMAND} characters of its last
 * snapshot. A snapshot's cost grows with the campaign, so spacing snapshots as far apart as the
 * campaign is large keeps its share of each command's cost the same for a campaign of any size, and
 * a load still replays no more commands than that. When the snapshot thread falls behind, it writes
 * the newest snapshot and skips those it did not reach. Commands on one campaign are
 * taken one at a time; commands on different campaigns run side by side. Another writer on the same database (a
 * second instance of the service) is noticed when it has moved a campaign on: the insert fails on
 * the journal's primary key, or a command states a revision newer than the one held. Only then is
 * the campaign caught up from the store, by replaying the commands it has not seen.
 */
public final class CampaignService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);

    private final CampaignStore store;
    private final Lifecycle lifecycle;
    private final Clock clock;
    /** For a large campaign, one revision between snapshots per this many characters of its last snapshot. */
    public static final int SNAPSHOT_CHARACTERS_PER_COMMAND = 10_000;

    private final int snapshotEvery;
    private final ConcurrentMap<CampaignId, Held> held = new ConcurrentHashMap<>();
    private final ConcurrentMap<CampaignId, Campaign> pending = new ConcurrentHashMap<>();
    private final ExecutorService snapshots = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "campaign-snapshots");
        thread.setDaemon(true);
        return thread;
    });

    /** A campaign held in memory, with the lock its commands take. */
    private static final class Held {
        private Campaign campaign;
        /** The revision at or after which the next snapshot is written; moved on by the snapshot thread. */
        private volatile long nextSnapshot;

        Held(Campaign campaign, long nextSnapshot) {
            this.campaign = campaign;
            this.nextSnapshot = nextSnapshot;
        }
    }

    /**
     * A service over a store.
     *
     * @param store         where campaigns are kept
     * @param lifecycle     the gates and access policy commands go through
     * @param clock         where "now" comes from, for each accepted command's time
     * @param snapshotEvery the fewest revisions between two snapshots, at least 1 (a large campaign spaces them further)
     * @throws IllegalArgumentException if {@code snapshotEvery} is below 1
     */
    public CampaignService(CampaignStore store, Lifecycle lifecycle, Clock clock, int snapshotEvery) {
        this.store = Objects.requireNonNull(store, "store");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshotEvery: must be at least 1: " + snapshotEvery);
        }
        this.snapshotEvery = snapshotEvery;
    }

    /** What became of a command. */
    public sealed interface Outcome {

        /**
         * The command was accepted and stored.
         *
         * @param campaign the campaign after it
         */
        record Done(Campaign campaign) implements Outcome {
        }

        /**
         * The command was refused: by the lifecycle, or because another writer stored the revision first.
         *
         * @param refusal every reason
         * @param current the campaign as it is now
         */
        record Refused(Refusal refusal, Campaign current) implements Outcome {
        }

        /** No campaign is stored under the id. */
        record Unknown() implements Outcome {
        }
    }

    /**
     * Stores a new campaign.
     *
     * @param campaign the campaign, as planned or imported
     * @return false when a campaign with that id exists
     */
    public boolean create(Campaign campaign) {
        if (!store.create(campaign)) {
            return false;
        }
        held.put(campaign.id(), new Held(campaign, campaign.revision() + snapshotEvery));
        return true;
    }

    /**
     * The campaign as it is now.
     *
     * @param id the campaign's id
     * @return the campaign, or empty when none is stored under the id
     */
    public Optional<Campaign> campaign(CampaignId id) {
        return held(id).map(h -> {
            synchronized (h) {
                return h.campaign;
            }
        });
    }

    /**
     * Executes a command on a campaign and stores it when accepted.
     *
     * @param id      the campaign's id
     * @param command the command
     * @return the outcome
     */
    public Outcome execute(CampaignId id, CampaignCommand command) {
        Objects.requireNonNull(command, "command");
        Optional<Held> found = held(id);
        if (found.isEmpty()) {
            return new Outcome.Unknown();
        }
        Held h = found.get();
        synchronized (h) {
            if (command.basedOnRevision().filter(r -> r > h.campaign.revision()).isPresent()) {
                h.campaign = store.catchUp(h.campaign); // another writer has moved it on
            }
            Either<Refusal, Accepted> result = lifecycle.execute(h.campaign, command, clock);
            if (result.isLeft()) {
                return new Outcome.Refused(result.getLeft(), h.campaign);
            }
            Accepted accepted = result.get();
            if (!store.append(id, accepted.entry())) {
                long based = command.basedOnRevision().orElse(h.campaign.revision());
                h.campaign = store.catchUp(h.campaign);
                return new Outcome.Refused(Refusal.of(Violation.of(LifecycleViolation.STALE_REVISION,
                        "basedOnRevision", based, h.campaign.revision())), h.campaign);
            }
            h.campaign = accepted.campaign();
            if (h.campaign.revision() >= h.nextSnapshot) {
                h.nextSnapshot = h.campaign.revision() + snapshotEvery;
                snapshotLater(h);
            }
            return new Outcome.Done(h.campaign);
        }
    }

    /**
     * Writes a snapshot of a campaign now.
     *
     * @param id the campaign's id
     * @return the campaign snapshotted, or empty when none is stored under the id
     */
    public Optional<Campaign> snapshot(CampaignId id) {
        return held(id).map(h -> {
            synchronized (h) {
                h.campaign = store.catchUp(h.campaign);
                store.snapshot(h.campaign);
                return h.campaign;
            }
        });
    }

    /**
     * Hands a snapshot to the snapshot thread. At most one waits per campaign: when the thread is
     * behind (a large campaign written often), the newest replaces the one waiting, so memory and
     * work stay bounded and the snapshot written is the latest.
     */
    private void snapshotLater(Held h) {
        Campaign campaign = h.campaign;
        if (pending.put(campaign.id(), campaign) != null) {
            return;
        }
        try {
            snapshots.execute(() -> {
                Campaign latest = pending.remove(campaign.id());
                if (latest != null) {
                    long spacing = snapshot(latest) / SNAPSHOT_CHARACTERS_PER_COMMAND;
                    h.nextSnapshot = Math.max(h.nextSnapshot, latest.revision() + spacing);
                }
            });
        } catch (RejectedExecutionException closed) {
            pending.remove(campaign.id());
            LOG.debug("closed: no snapshot of {} at revision {}", campaign.id().value(), campaign.revision());
        }
    }

    /**
     * A background snapshot, its document's length; a failure is logged, never lost silently, and
     * costs only the snapshot (the commands are in the journal).
     */
    private int snapshot(Campaign campaign) {
        try {
            return store.snapshot(campaign);
        } catch (RuntimeException e) {
            LOG.warn("snapshot of {} at revision {} failed", campaign.id().value(), campaign.revision(), e);
            return 0;
        }
    }

    /**
     * Waits for the snapshots under way, then stops the snapshot thread; commands still work, and
     * write no more snapshots.
     */
    @Override
    public void close() {
        snapshots.shutdown();
        try {
            snapshots.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The store the service writes to.
     *
     * @return the store
     */
    public CampaignStore store() {
        return store;
    }

    private Optional<Held> held(CampaignId id) {
        Objects.requireNonNull(id, "id");
        Held h = held.get(id);
        if (h != null) {
            return Optional.of(h);
        }
        return store.load(id).map(loaded -> held.computeIfAbsent(id, k -> new Held(loaded, loaded.revision() + snapshotEvery)));
    }
}
