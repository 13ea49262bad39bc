package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.team.MemberId;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to change a campaign, applied by a {@link Lifecycle}: who asks, on which revision, and
 * what should change.
 *
 * <p>The {@linkplain #change() change} is either a {@link Transition} of the stage or a change of
 * one part, from that part's own family ({@link io.github.campaignkit.core.kpi.KpiChange},
 * {@link io.github.campaignkit.core.budget.BudgetChange}, …). The {@linkplain #actor() actor} is
 * whom the lifecycle's {@link AccessPolicy} may refuse. A command may state the
 * {@linkplain #basedOnRevision() revision} of the campaign it was based on: when the campaign has
 * moved on since, the command is refused as stale, so two people editing at once never lose an
 * update.
 *
 * <pre>{@code
 * CampaignCommand.by(lead, KpiChange.RecordObservations.of(todays)).basedOn(campaign.revision())
 * CampaignCommand.advance(lead)
 * }</pre>
 *
 * @param actor           who issues the command
 * @param basedOnRevision the revision of the campaign it was based on, if the issuer states it
 * @param change          what should change
 */
public record CampaignCommand(MemberId actor, Optional<Long> basedOnRevision, Change change) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public CampaignCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        Objects.requireNonNull(change, "change");
    }

    /**
     * A command by the given actor, applying to whatever revision the campaign has.
     *
     * @param actor  who issues it
     * @param change what should change
     * @return the command
     */
    public static CampaignCommand by(MemberId actor, Change change) {
        return new CampaignCommand(actor, Optional.empty(), change);
    }

    /**
     * Advancing the campaign to its next stage, without a note.
     *
     * @param actor who issues it
     * @return the command
     */
    public static CampaignCommand advance(MemberId actor) {
        return by(actor, Transition.Advance.of());
    }

    /**
     * Putting the campaign on hold.
     *
     * @param actor  who issues it
     * @param reason why; must not be blank
     * @return the command
     */
    public static CampaignCommand hold(MemberId actor, String reason) {
        return by(actor, new Transition.Hold(reason));
    }

    /**
     * Resuming a held campaign, without a note.
     *
     * @param actor who issues it
     * @return the command
     */
    public static CampaignCommand resume(MemberId actor) {
        return by(actor, new Transition.Resume(Optional.empty()));
    }

    /**
     * Cancelling the campaign.
     *
     * @param actor  who issues it
     * @param reason why; must not be blank
     * @return the command
     */
    public static CampaignCommand cancel(MemberId actor, String reason) {
        return by(actor, new Transition.Cancel(reason));
    }

    /**
     * This command based on the given revision.
     *
     * @param revision the revision the issuer saw
     * @return a copy
     */
    public CampaignCommand basedOn(long revision) {
        return new CampaignCommand(actor, Optional.of(revision), change);
    }

    /**
     * Which kind of change this command asks for, with a label for messages.
     *
     * @return the kind
     */
    public Labelled type() {
        return change.type();
    }
}
