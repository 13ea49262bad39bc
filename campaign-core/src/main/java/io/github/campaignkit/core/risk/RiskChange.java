package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes of a campaign's {@link RiskRegister} (风险预案表): revising the register, firing the
 * risks an evaluation found, and changing one risk's status by hand. Refusals carry paths under
 * {@code risks}.
 */
public sealed interface RiskChange extends PartChange<RiskRegister, Attribution>
        permits RiskChange.ReviseRisks, RiskChange.FireRisks, RiskChange.ChangeRiskStatus {

    /** The kinds of risk change, with their labels. */
    enum Type implements Labelled {
        /** Replace the campaign's risk register, keeping its histories and readings. */
        REVISE_RISKS,
        /** Apply a trigger evaluation: the risks that fired become triggered. */
        FIRE_RISKS,
        /** Change one risk's status by hand. */
        CHANGE_RISK_STATUS
    }

    @Override
    Type type();

    private static Either<Refusal, RiskRegister> underRisks(Either<Refusal, RiskRegister> result) {
        return result.mapLeft(refusal -> Refusal.of(refusal.violations().map(v -> v.under("risks"))));
    }

    /**
     * Replace the register: add, edit or remove risks, change the matrix, record readings. The
     * revision may not rewrite what the register recorded ({@link RiskRules#revision}): status
     * histories stay as they are, a risk with a history is closed rather than removed, and readings
     * are only added.
     *
     * @param risks the new register
     */
    record ReviseRisks(RiskRegister risks) implements RiskChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseRisks {
            Objects.requireNonNull(risks, "risks");
        }

        /**
         * A revision to the given register.
         *
         * @param risks the new register
         * @return the change
         */
        public static ReviseRisks of(RiskRegister risks) {
            return new ReviseRisks(risks);
        }

        @Override
        public Either<Refusal, RiskRegister> applyTo(RiskRegister register, Attribution context) {
            Seq<Violation> found = RiskRules.revision(register, risks);
            return underRisks(found.isEmpty() ? Either.right(risks) : Either.left(Refusal.of(found)));
        }

        @Override
        public Type type() {
            return Type.REVISE_RISKS;
        }
    }

    /**
     * Apply a trigger {@linkplain RiskRegister#evaluate evaluation}: every risk that fired becomes
     * triggered, its change carrying the evidence. Refused when nothing fired or a risk is no longer
     * armed; base the command on the revision the evaluation was made on to refuse it once the
     * register has moved on.
     *
     * @param evaluation the evaluation
     */
    record FireRisks(TriggerEvaluation evaluation) implements RiskChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public FireRisks {
            Objects.requireNonNull(evaluation, "evaluation");
        }

        /**
         * Firing what the evaluation found.
         *
         * @param evaluation the evaluation
         * @return the change
         */
        public static FireRisks of(TriggerEvaluation evaluation) {
            return new FireRisks(evaluation);
        }

        @Override
        public Either<Refusal, RiskRegister> applyTo(RiskRegister register, Attribution context) {
            return underRisks(register.fire(evaluation, context.actor(), context.at()).map(Fired::register));
        }

        @Override
        public Type type() {
            return Type.FIRE_RISKS;
        }
    }

    /**
     * Change one risk's status (see {@link RiskRegister#changeStatus}).
     *
     * @param risk   the risk
     * @param status the new status
     * @param note   a note; required when the risk leaves {@code TRIGGERED}, saying how it was resolved
     */
    record ChangeRiskStatus(RiskId risk, RiskStatus status, Optional<String> note) implements RiskChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChangeRiskStatus {
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(note, "note");
        }

        /**
         * A status change with a note.
         *
         * @param risk   the risk
         * @param status the new status
         * @param note   the note
         * @return the change
         */
        public static ChangeRiskStatus of(RiskId risk, RiskStatus status, String note) {
            return new ChangeRiskStatus(risk, status, Optional.of(note));
        }

        @Override
        public Either<Refusal, RiskRegister> applyTo(RiskRegister register, Attribution context) {
            return underRisks(register.changeStatus(risk, status, context.actor(), context.at(), note));
        }

        @Override
        public Type type() {
            return Type.CHANGE_RISK_STATUS;
        }
    }
}
