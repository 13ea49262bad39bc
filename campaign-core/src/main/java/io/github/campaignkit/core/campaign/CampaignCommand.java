package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.risk.Evaluation;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.team.MemberId;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to change a campaign, applied by a {@link Lifecycle}.
 *
 * <p>Every command names its {@linkplain #actor() actor}, whom the lifecycle's
 * {@link AccessPolicy} may refuse. A command may state the {@linkplain #basedOnRevision() revision}
 * of the campaign it was based on: when the campaign has moved on since, the command is refused as
 * stale, so two people editing at once never lose an update.
 */
public sealed interface CampaignCommand {

    /**
     * Who issues the command.
     *
     * @return the actor
     */
    MemberId actor();

    /**
     * The revision of the campaign the command was based on, when the issuer states it.
     *
     * @return the revision, or empty to apply to whatever revision the campaign has
     */
    Optional<Long> basedOnRevision();

    /**
     * Which kind of command this is.
     *
     * @return the type
     */
    CommandType type();

    /**
     * Move the campaign to its next stage, if every gate of the stage it leaves passes.
     *
     * @param actor           who issues it
     * @param basedOnRevision the revision it was based on, if stated
     * @param note            a note for the history, if any
     */
    record Advance(MemberId actor, Optional<Long> basedOnRevision, Optional<String> note) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Advance {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
            Objects.requireNonNull(note, "note");
        }

        /**
         * An advance by the given actor, on any revision, without a note.
         *
         * @param actor who issues it
         * @return the command
         */
        public static Advance by(MemberId actor) {
            return new Advance(actor, Optional.empty(), Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Advance basedOn(long revision) {
            return new Advance(actor, Optional.of(revision), note);
        }

        /**
         * This command with a note for the history.
         *
         * @param text the note
         * @return a copy
         */
        public Advance withNote(String text) {
            return new Advance(actor, basedOnRevision, Optional.of(text));
        }

        @Override
        public CommandType type() {
            return CommandType.ADVANCE;
        }
    }

    /**
     * Put an open campaign on hold, with a reason; it resumes in the stage it was held in.
     *
     * @param actor           who issues it
     * @param reason          why, not blank
     * @param basedOnRevision the revision it was based on, if stated
     */
    record Hold(MemberId actor, String reason, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Hold {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A hold by the given actor for the given reason.
         *
         * @param actor  who issues it
         * @param reason why
         * @return the command
         */
        public static Hold by(MemberId actor, String reason) {
            return new Hold(actor, reason, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Hold basedOn(long revision) {
            return new Hold(actor, reason, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.HOLD;
        }
    }

    /**
     * Resume a held campaign in the stage it was held in.
     *
     * @param actor           who issues it
     * @param basedOnRevision the revision it was based on, if stated
     * @param note            a note for the history, if any
     */
    record Resume(MemberId actor, Optional<Long> basedOnRevision, Optional<String> note) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Resume {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
            Objects.requireNonNull(note, "note");
        }

        /**
         * A resume by the given actor.
         *
         * @param actor who issues it
         * @return the command
         */
        public static Resume by(MemberId actor) {
            return new Resume(actor, Optional.empty(), Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Resume basedOn(long revision) {
            return new Resume(actor, Optional.of(revision), note);
        }

        @Override
        public CommandType type() {
            return CommandType.RESUME;
        }
    }

    /**
     * Cancel a campaign that is open or on hold, with a reason. Cancelled is terminal.
     *
     * @param actor           who issues it
     * @param reason          why, not blank
     * @param basedOnRevision the revision it was based on, if stated
     */
    record Cancel(MemberId actor, String reason, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Cancel {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A cancellation by the given actor for the given reason.
         *
         * @param actor  who issues it
         * @param reason why
         * @return the command
         */
        public static Cancel by(MemberId actor, String reason) {
            return new Cancel(actor, reason, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Cancel basedOn(long revision) {
            return new Cancel(actor, reason, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.CANCEL;
        }
    }

    /**
     * Replace the profile of a campaign that is open or on hold. The stage does not change, so no
     * history entry is written; the revision goes up.
     *
     * @param actor           who issues it
     * @param profile         the new profile
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseProfile(MemberId actor, CampaignProfile profile, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseProfile {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A profile revision by the given actor.
         *
         * @param actor   who issues it
         * @param profile the new profile
         * @return the command
         */
        public static ReviseProfile by(MemberId actor, CampaignProfile profile) {
            return new ReviseProfile(actor, profile, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseProfile basedOn(long revision) {
            return new ReviseProfile(actor, profile, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_PROFILE;
        }
    }

    /**
     * Change the campaign's budget: revise, submit, review, approve or reject it, record actual
     * spend, explain a variance, agree cost sharing or settle. The stage does not change, so no
     * history entry is written; the revision goes up. Who may issue which change is the
     * {@link AccessPolicy}'s business (by default {@link io.github.campaignkit.core.budget.BudgetAccess});
     * whether the change fits the budget is {@link io.github.campaignkit.core.budget.Budget#apply
     * Budget.apply}'s, and its violations are reported under {@code budget} (or {@code change} for
     * parts of the change itself).
     *
     * @param actor           who issues it; a review is given and a decision signed in this name
     * @param change          the change
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ChangeBudget(MemberId actor, BudgetChange change, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChangeBudget {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A budget change by the given actor.
         *
         * @param actor  who issues it
         * @param change the change
         * @return the command
         */
        public static ChangeBudget by(MemberId actor, BudgetChange change) {
            return new ChangeBudget(actor, change, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ChangeBudget basedOn(long revision) {
            return new ChangeBudget(actor, change, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            if (change instanceof BudgetChange.Revise) {
                return CommandType.REVISE_BUDGET;
            } else if (change instanceof BudgetChange.Submit) {
                return CommandType.SUBMIT_BUDGET;
            } else if (change instanceof BudgetChange.Review) {
                return CommandType.REVIEW_BUDGET;
            } else if (change instanceof BudgetChange.Approve) {
                return CommandType.APPROVE_BUDGET;
            } else if (change instanceof BudgetChange.Reject) {
                return CommandType.REJECT_BUDGET;
            } else if (change instanceof BudgetChange.RecordSpend) {
                return CommandType.RECORD_SPEND;
            } else if (change instanceof BudgetChange.ExplainVariance) {
                return CommandType.EXPLAIN_VARIANCE;
            } else if (change instanceof BudgetChange.AgreeCostSharing) {
                return CommandType.AGREE_COST_SHARING;
            }
            return CommandType.SETTLE_COSTS;
        }
    }

    /**
     * Replace the risk register of a campaign that is open or on hold: add, edit or remove risks,
     * change the matrix, record readings. The revision may not rewrite what the register recorded
     * ({@link io.github.campaignkit.core.risk.RiskRules#revision}): status histories stay as they
     * are, a risk with a history is closed rather than removed, and readings are only added.
     *
     * @param actor           who issues it
     * @param risks           the new register
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseRisks(MemberId actor, RiskRegister risks, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseRisks {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(risks, "risks");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A register revision by the given actor.
         *
         * @param actor who issues it
         * @param risks the new register
         * @return the command
         */
        public static ReviseRisks by(MemberId actor, RiskRegister risks) {
            return new ReviseRisks(actor, risks, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseRisks basedOn(long revision) {
            return new ReviseRisks(actor, risks, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_RISKS;
        }
    }

    /**
     * Apply a trigger {@linkplain RiskRegister#evaluate evaluation} of the campaign's register: every
     * risk that fired becomes triggered, its change carrying the evidence, recorded at the
     * lifecycle's clock by the actor. Refused when nothing fired or a risk is no longer armed; state
     * the revision the evaluation was made on to refuse it once the register has moved on. The
     * alerts raised are the register's {@link RiskRegister#openAlerts() open alerts} afterwards.
     *
     * @param actor           who issues it (a person, or the member id a monitoring job runs as)
     * @param evaluation      the evaluation
     * @param basedOnRevision the revision it was based on, if stated
     */
    record FireRisks(MemberId actor, Evaluation evaluation, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public FireRisks {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * Fires the risks of an evaluation, by the given actor.
         *
         * @param actor      who issues it
         * @param evaluation the evaluation
         * @return the command
         */
        public static FireRisks by(MemberId actor, Evaluation evaluation) {
            return new FireRisks(actor, evaluation, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public FireRisks basedOn(long revision) {
            return new FireRisks(actor, evaluation, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.FIRE_RISKS;
        }
    }

    /**
     * Change one risk's status by hand ({@link RiskRegister#changeStatus}): start monitoring it,
     * trigger it on sight, record it mitigated or closed. Leaving triggered needs a note saying how
     * the risk was resolved.
     *
     * @param actor           who issues it
     * @param risk            the risk
     * @param status          the new status
     * @param note            a note; the resolution when the risk leaves triggered
     * @param basedOnRevision the revision it was based on, if stated
     */
    @Value.Builder
    record ChangeRiskStatus(MemberId actor, RiskId risk, RiskStatus status, Optional<String> note,
                            Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChangeRiskStatus {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A builder for the command.
         *
         * @return a new builder
         */
        public static ChangeRiskStatusBuilder builder() {
            return new ChangeRiskStatusBuilder();
        }

        /**
         * A status change by the given actor, with a note.
         *
         * @param actor  who issues it
         * @param risk   the risk
         * @param status the new status
         * @param note   the note, e.g. how a triggered risk was resolved
         * @return the command
         */
        public static ChangeRiskStatus by(MemberId actor, RiskId risk, RiskStatus status, String note) {
            return new ChangeRiskStatus(actor, risk, status, Optional.of(note), Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ChangeRiskStatus basedOn(long revision) {
            return new ChangeRiskStatus(actor, risk, status, note, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.CHANGE_RISK_STATUS;
        }
    }
}
