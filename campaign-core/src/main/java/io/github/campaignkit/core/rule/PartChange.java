package io.github.campaignkit.core.rule;

import io.vavr.control.Either;

/**
 * A change of one part of a campaign, checked and applied by one function: from the part as it is
 * and what the change needs to know of the rest of the campaign (its context) to either the
 * changed part or a refusal with every reason.
 *
 * <p>Each part's package declares a sealed family of its changes (records implementing this
 * interface), so that a change whose effect is not written does not compile. The function is pure
 * and deterministic: the same part, change and context always give the same answer, which is what
 * lets a campaign's journal be replayed. Paths of the violations are relative to the campaign's root
 * ({@code kpi.observations[3]}), or name a field of the change itself ({@code change.reason},
 * {@code completedTasks[0]}).
 *
 * @param <P> the part changed
 * @param <X> what the change needs to know besides the part: at least who asks and when
 */
public interface PartChange<P, X> extends Change {

    /**
     * Checks this change against the part and applies it.
     *
     * @param part    the part as it is
     * @param context who asks, when, and what else of the campaign the change needs
     * @return the changed part, or every reason the change is refused
     */
    Either<Refusal, P> applyTo(P part, X context);
}
