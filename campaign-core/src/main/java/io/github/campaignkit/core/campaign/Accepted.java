package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.InvalidValueException;
import java.util.Objects;

/**
 * An accepted command's outcome: the changed campaign and the journal entry that records the
 * command. A service stores the entry (append-only) and keeps the campaign, or a snapshot of it now
 * and then.
 *
 * @param campaign the campaign after the command
 * @param entry    the journal entry of the command; its revision is the campaign's
 */
public record Accepted(Campaign campaign, JournalEntry entry) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the entry's revision is not the campaign's
     */
    public Accepted {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(entry, "entry");
        if (entry.revision() != campaign.revision()) {
            throw InvalidValueException.of(LifecycleViolation.REVISION_MISMATCH, "entry", entry.revision(), campaign.revision());
        }
    }
}
