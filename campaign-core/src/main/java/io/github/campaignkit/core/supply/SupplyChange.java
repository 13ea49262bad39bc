package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The changes of a campaign's {@link SupplyPlan}: revising the plan, choosing a supplier for a
 * need, recording a material's delivery and evaluating a supplier. The revision replaces the plan as
 * given (the gates check it with {@link SupplyRules}); the others are refused with the reasons of
 * the plan's own functions, whose paths name the change's fields ({@code need}, {@code material})
 * or the plan's parts.
 */
public sealed interface SupplyChange extends PartChange<SupplyPlan, Attribution>
        permits SupplyChange.ReviseSupply, SupplyChange.ChooseSupplier, SupplyChange.RecordDelivery,
        SupplyChange.EvaluateSupplier {

    /** The kinds of supply change, with their labels. */
    enum Type implements Labelled {
        /** Replace the supply plan. */
        REVISE_SUPPLY,
        /** Choose the supplier for a need. */
        CHOOSE_SUPPLIER,
        /** Record the day a material arrived. */
        RECORD_DELIVERY,
        /** Record a supplier's evaluation. */
        EVALUATE_SUPPLIER
    }

    @Override
    Type type();

    /**
     * Replace the supply plan.
     *
     * @param supply the new plan
     */
    record ReviseSupply(SupplyPlan supply) implements SupplyChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseSupply {
            Objects.requireNonNull(supply, "supply");
        }

        /**
         * A revision to the given plan.
         *
         * @param supply the new plan
         * @return the change
         */
        public static ReviseSupply of(SupplyPlan supply) {
            return new ReviseSupply(supply);
        }

        @Override
        public Either<Refusal, SupplyPlan> applyTo(SupplyPlan current, Attribution context) {
            return Either.right(supply);
        }

        @Override
        public Type type() {
            return Type.REVISE_SUPPLY;
        }
    }

    /**
     * Choose the supplier of a need, with the reason, in the actor's name (see
     * {@link SupplyPlan#choose}).
     *
     * @param need      the need
     * @param supplier  the supplier
     * @param rationale why this supplier
     */
    record ChooseSupplier(NeedId need, SupplierId supplier, String rationale) implements SupplyChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChooseSupplier {
            Objects.requireNonNull(need, "need");
            Objects.requireNonNull(supplier, "supplier");
            Objects.requireNonNull(rationale, "rationale");
        }

        /**
         * A choice of supplier.
         *
         * @param need      the need
         * @param supplier  the supplier
         * @param rationale why
         * @return the change
         */
        public static ChooseSupplier of(NeedId need, SupplierId supplier, String rationale) {
            return new ChooseSupplier(need, supplier, rationale);
        }

        @Override
        public Either<Refusal, SupplyPlan> applyTo(SupplyPlan supply, Attribution context) {
            return supply.choose(need, supplier, rationale, context.actor());
        }

        @Override
        public Type type() {
            return Type.CHOOSE_SUPPLIER;
        }
    }

    /**
     * Record the day a material arrived (see {@link SupplyPlan#recordDelivery}). By default the
     * overall lead and the material's owner may do it.
     *
     * @param material    the material
     * @param deliveredOn the day it arrived
     */
    record RecordDelivery(MaterialId material, LocalDate deliveredOn) implements SupplyChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public RecordDelivery {
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(deliveredOn, "deliveredOn");
        }

        /**
         * A delivery.
         *
         * @param material    the material
         * @param deliveredOn the day it arrived
         * @return the change
         */
        public static RecordDelivery of(MaterialId material, LocalDate deliveredOn) {
            return new RecordDelivery(material, deliveredOn);
        }

        @Override
        public Either<Refusal, SupplyPlan> applyTo(SupplyPlan supply, Attribution context) {
            return supply.recordDelivery(material, deliveredOn);
        }

        @Override
        public Type type() {
            return Type.RECORD_DELIVERY;
        }
    }

    /**
     * Record a supplier's evaluation (供应商评价表, see {@link SupplyPlan#evaluate}).
     *
     * @param evaluation the evaluation
     */
    record EvaluateSupplier(SupplierEvaluation evaluation) implements SupplyChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public EvaluateSupplier {
            Objects.requireNonNull(evaluation, "evaluation");
        }

        /**
         * An evaluation.
         *
         * @param evaluation the evaluation
         * @return the change
         */
        public static EvaluateSupplier of(SupplierEvaluation evaluation) {
            return new EvaluateSupplier(evaluation);
        }

        @Override
        public Either<Refusal, SupplyPlan> applyTo(SupplyPlan supply, Attribution context) {
            return supply.evaluate(evaluation);
        }

        @Override
        public Type type() {
            return Type.EVALUATE_SUPPLIER;
        }
    }
}
