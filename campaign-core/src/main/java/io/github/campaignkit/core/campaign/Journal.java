package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's journal: its accepted commands in order, one {@link JournalEntry} per command, the
 * campaign's event log. An immutable value; {@linkplain #append appending} shares the entries
 * already held, so it costs the same for the first entry as for the millionth.
 *
 * <p>The journal is kept beside the campaign, not inside it: a service appends each accepted
 * command's entry to its store and writes a snapshot of the campaign now and then, and
 * {@link #replay(Campaign, Iterable)} gives the campaign of any later revision back from a snapshot
 * and the entries after it. Replay applies what was accepted; it does not ask the gates or the access
 * policy again, so a later change of either does not change the past.
 */
public final class Journal implements Iterable<JournalEntry> {

    private static final Journal EMPTY = new Journal(List.empty(), 0);

    /** Newest first, so that appending is one cons cell whatever the journal's length. */
    private final List<JournalEntry> newestFirst;
    private final int size;

    private Journal(List<JournalEntry> newestFirst, int size) {
        this.newestFirst = newestFirst;
        this.size = size;
    }

    /**
     * The journal of a campaign nothing has happened to yet.
     *
     * @return the empty journal
     */
    public static Journal empty() {
        return EMPTY;
    }

    /**
     * A journal of the given entries, which must have consecutive revisions.
     *
     * @param entries the entries, oldest first
     * @return the journal
     * @throws NullPointerException     if an entry is null
     * @throws IllegalArgumentException if a revision does not follow the one before
     */
    public static Journal of(Iterable<JournalEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        Journal journal = EMPTY;
        for (JournalEntry entry : entries) {
            journal = journal.append(entry);
        }
        return journal;
    }

    /**
     * This journal with one more entry, whose revision must follow the last one's.
     *
     * @param entry the entry
     * @return the longer journal
     * @throws IllegalArgumentException if the entry's revision does not follow the last one's
     */
    public Journal append(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!newestFirst.isEmpty() && entry.revision() != newestFirst.head().revision() + 1) {
            throw InvalidValueException.of(LifecycleViolation.REVISION_ORDER, "entry", entry.revision(), newestFirst.head().revision());
        }
        return new Journal(newestFirst.prepend(entry), size + 1);
    }

    /**
     * This journal with the entry of an accepted command.
     *
     * @param accepted what the lifecycle accepted
     * @return the longer journal
     * @throws IllegalArgumentException if the entry's revision does not follow the last one's
     */
    public Journal append(Accepted accepted) {
        return append(Objects.requireNonNull(accepted, "accepted").entry());
    }

    /**
     * How many entries the journal holds.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Whether the journal holds no entry.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * The newest entry.
     *
     * @return the last entry, empty for an empty journal
     */
    public Optional<JournalEntry> last() {
        return newestFirst.headOption().toJavaOptional();
    }

    /**
     * The entries after a revision, oldest first: what to replay onto a snapshot taken at that
     * revision. Costs the entries returned, not the journal's length.
     *
     * @param revision the snapshot's revision
     * @return the entries with a higher revision, oldest first
     */
    public Seq<JournalEntry> after(long revision) {
        return newestFirst.takeWhile(entry -> entry.revision() > revision).reverse();
    }

    /**
     * The entries, oldest first (a new sequence each call, built in one pass).
     *
     * @return the entries
     */
    public Seq<JournalEntry> entries() {
        return newestFirst.reverse();
    }

    @Override
    public Iterator<JournalEntry> iterator() {
        return entries().iterator();
    }

    /**
     * Replays this journal onto a campaign: see {@link #replay(Campaign, Iterable)}.
     *
     * @param from the campaign as created, or a snapshot
     * @return the campaign after the last entry, or why the entries do not apply
     */
    public Either<Refusal, Campaign> replayOnto(Campaign from) {
        return replay(from, entries());
    }

    /**
     * Applies journal entries to a campaign again: from the campaign as {@linkplain Campaign#plan
     * created}, or from a snapshot at some revision. Entries up to the campaign's revision are
     * skipped; each later one must carry the next revision ({@link LifecycleViolation#JOURNAL_GAP}
     * otherwise, at {@code entries[i].revision}) and is applied at its own time and by its own actor,
     * without gates or access checks. A part that refuses an entry (the entries do not belong to this
     * campaign) is reported with its reasons under {@code entries[i]}.
     *
     * @param from    the campaign as created, or a snapshot
     * @param entries the entries, oldest first
     * @return the campaign after the last entry, or why the entries do not apply
     */
    public static Either<Refusal, Campaign> replay(Campaign from, Iterable<JournalEntry> entries) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(entries, "entries");
        Campaign current = from;
        int index = 0;
        for (JournalEntry entry : entries) {
            String path = RulePaths.indexed("entries", index++);
            if (entry.revision() <= from.revision()) {
                continue;
            }
            if (entry.revision() != current.revision() + 1) {
                return Either.left(Refusal.of(Violation.of(LifecycleViolation.JOURNAL_GAP, path + ".revision",
                        entry.revision(), current.revision())));
            }
            Either<Seq<Violation>, CampaignBuilder> effect = Lifecycle.effect(current, entry.command(), entry.at());
            if (effect.isLeft()) {
                return Either.left(Refusal.of(Names.named(effect.getLeft().map(v -> v.under(path)), current)));
            }
            current = effect.get().revision(entry.revision()).build();
        }
        return Either.right(current);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Journal other && newestFirst.equals(other.newestFirst);
    }

    @Override
    public int hashCode() {
        return newestFirst.hashCode();
    }

    @Override
    public String toString() {
        return "Journal[" + size + " entries" + last().map(e -> ", last revision " + e.revision()).orElse("")
                + "]";
    }
}
