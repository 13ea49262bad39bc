package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
     * Apply what a trigger {@linkplain RiskRegister#evaluate evaluation} found: every risk that fired
     * becomes triggered, its change carrying the evidence. Refused when nothing fired or a risk is no
     * longer armed; base the command on the revision the evaluation was made on to refuse it once
     * the register has moved on. The command keeps what the register needs (the instant, the day
     * and the firings), not the evaluation's own problems, which are a report for whoever evaluated.
     *
     * @param at      the instant evaluated
     * @param day     the day evaluated
     * @param firings the risks that fired, with their evidence, each once
     */
    record FireRisks(Instant at, LocalDate day, List<Firing> firings) implements RiskChange {

        /**
         * Checks the components and copies the list.
         *
         * @throws NullPointerException     if a component or an element is null, naming it
         * @throws IllegalArgumentException if a risk fires twice
         */
        public FireRisks {
            firings = new TriggerEvaluation(at, day, firings, io.vavr.collection.List.empty()).firings();
        }

        /**
         * Firing what the evaluation found.
         *
         * @param evaluation the evaluation
         * @return the change
         */
        public static FireRisks of(TriggerEvaluation evaluation) {
            Objects.requireNonNull(evaluation, "evaluation");
            return new FireRisks(evaluation.at(), evaluation.day(), evaluation.firings());
        }

        /**
         * The evaluation this command applies: its instant, day and firings, without problems.
         *
         * @return the evaluation
         */
        public TriggerEvaluation evaluation() {
            return new TriggerEvaluation(at, day, firings, io.vavr.collection.List.empty());
        }

        @Override
        public Either<Refusal, RiskRegister> applyTo(RiskRegister register, Attribution context) {
            return underRisks(register.fire(evaluation(), context.actor(), context.at()).map(Fired::register));
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
