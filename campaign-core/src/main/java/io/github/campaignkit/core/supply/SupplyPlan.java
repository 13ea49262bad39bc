package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A campaign's supply side: the suppliers asked, the needs with their quotes and choices
 * (供应商对接表), the materials (物料清单) with their deliveries, and, after the campaign, the
 * supplier evaluations (供应商评价表), under a {@link SupplyPolicy}.
 *
 * <p>The record holds what was recorded; {@link SupplyRules} say what is missing or wrong. The
 * changes the seeds show as decisions ({@link #choose choose a supplier}, {@link #recordDelivery
 * record a delivery}, {@link #evaluate evaluate a supplier}) are pure functions returning the
 * changed plan or a refusal with every reason.
 *
 * @param suppliers   the suppliers, each id once
 * @param needs       the supplier needs, each id once
 * @param materials   the materials, each id once
 * @param evaluations the evaluations written after the campaign, one per supplier
 * @param policy      how many quotes a need compares
 */
@Value.Builder
public record SupplyPlan(List<SupplierProfile> suppliers, List<SupplierNeed> needs, List<Material> materials,
                         List<SupplierEvaluation> evaluations, SupplyPolicy policy) {

    private static final SupplyPlan EMPTY = new SupplyPlan(List.of(), List.of(), List.of(), List.of(),
            SupplyPolicy.standard());

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public SupplyPlan {
        suppliers = Checks.list(suppliers, "suppliers");
        needs = Checks.list(needs, "needs");
        materials = Checks.list(materials, "materials");
        evaluations = Checks.list(evaluations, "evaluations");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * A plan with nothing in it and the {@linkplain SupplyPolicy#standard() standard policy}; it
     * passes every supply rule.
     *
     * @return the empty plan
     */
    public static SupplyPlan empty() {
        return EMPTY;
    }

    /**
     * A builder for a plan (the standard policy unless set).
     *
     * @return a new builder
     */
    public static SupplyPlanBuilder builder() {
        return new SupplyPlanBuilder().policy(SupplyPolicy.standard());
    }

    /**
     * A builder that starts from this plan.
     *
     * @return a builder holding every component of this plan
     */
    public SupplyPlanBuilder toBuilder() {
        return new SupplyPlanBuilder().from(this);
    }

    /**
     * The skeleton of this plan for the next campaign: the same suppliers (with their
     * qualifications, contacts and past cases), the same needs (item, budget line, currency) and
     * materials (name, spec, quantity, unit, owner, need, acceptance standard) and the same policy,
     * without what belongs to this campaign. Stripped: every quote (prices and delivery dates),
     * waiver, choice and contract of the needs; each material's need date, supplier and delivery,
     * its status reset to {@link MaterialStatus#PLANNED}; every evaluation.
     *
     * @return the template
     */
    public SupplyPlan template() {
        List<SupplierNeed> bareNeeds = needs.stream().map(n -> new SupplierNeed(n.id(), n.item(), n.budgetLine(),
                n.currency(), List.of(), Optional.empty(), Optional.empty(), Optional.empty()))
                .collect(Collectors.toList());
        List<Material> bareMaterials = materials.stream().map(m -> m.toBuilder().needBy(Optional.empty())
                .supplier(Optional.empty()).delivery(Optional.empty()).status(MaterialStatus.PLANNED).build())
                .collect(Collectors.toList());
        return new SupplyPlan(suppliers, bareNeeds, bareMaterials, List.of(), policy);
    }

    /**
     * The supplier with an id.
     *
     * @param id the id
     * @return the first supplier with it, if any
     */
    public Optional<SupplierProfile> supplier(SupplierId id) {
        Objects.requireNonNull(id, "id");
        return suppliers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The need with an id.
     *
     * @param id the id
     * @return the first need with it, if any
     */
    public Optional<SupplierNeed> need(NeedId id) {
        Objects.requireNonNull(id, "id");
        return needs.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /**
     * The material with an id.
     *
     * @param id the id
     * @return the first material with it, if any
     */
    public Optional<Material> material(MaterialId id) {
        Objects.requireNonNull(id, "id");
        return materials.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The evaluation of a supplier.
     *
     * @param id the supplier
     * @return its first evaluation, if any
     */
    public Optional<SupplierEvaluation> evaluation(SupplierId id) {
        Objects.requireNonNull(id, "id");
        return evaluations.stream().filter(e -> e.supplier().equals(id)).findFirst();
    }

    /**
     * The suppliers chosen for at least one need, in the order of the needs.
     *
     * @return the chosen suppliers' ids, each once
     */
    public List<SupplierId> chosenSuppliers() {
        Set<SupplierId> chosen = new LinkedHashSet<>();
        needs.forEach(n -> n.choice().ifPresent(c -> chosen.add(c.supplier())));
        return List.copyOf(chosen);
    }

    /**
     * Chooses a supplier for a need, with the rationale. Refused when the need is unknown
     * ({@link SupplyViolation#NEED_UNKNOWN} at {@code need}), the supplier did not quote for it
     * ({@link SupplyViolation#CHOICE_NOT_QUOTED} at {@code supplier}) or the rationale is blank
     * ({@link SupplyViolation#CHOICE_RATIONALE_BLANK} at {@code rationale}). An earlier choice is
     * replaced.
     *
     * @param need      the need
     * @param supplier  the supplier
     * @param rationale why
     * @param by        who chooses
     * @return the changed plan, or every reason it is refused
     */
    public Either<Refusal, SupplyPlan> choose(NeedId need, SupplierId supplier, String rationale, MemberId by) {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(by, "by");
        Seq<Violation> found = io.vavr.collection.List.empty();
        Optional<SupplierNeed> target = need(need);
        if (target.isEmpty()) {
            found = found.append(Violation.of(SupplyViolation.NEED_UNKNOWN, "need", need.value()));
        } else if (target.get().quote(supplier).isEmpty()) {
            found = found.append(Violation.of(SupplyViolation.CHOICE_NOT_QUOTED, "supplier", supplier.value(),
                    need.value()));
        }
        if (rationale.isBlank()) {
            found = found.append(Violation.of(SupplyViolation.CHOICE_RATIONALE_BLANK, "rationale", need.value()));
        }
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        Choice choice = new Choice(supplier, rationale.strip(), by);
        List<SupplierNeed> changed = needs.stream().map(n -> n.id().equals(need) ? n.withChoice(choice) : n)
                .collect(Collectors.toList());
        return Either.right(toBuilder().needs(changed).build());
    }

    /**
     * Records the day a material arrived; its status becomes {@link MaterialStatus#DELIVERED}
     * (accepted or rejected materials keep theirs). Refused when the material is unknown
     * ({@link SupplyViolation#MATERIAL_UNKNOWN} at {@code material}) or no delivery was promised
     * for it ({@link SupplyViolation#DELIVERY_NOT_PROMISED} at {@code material}). A late delivery is
     * accepted: {@link SupplyRules#deliveries(LocalDate)} flags it.
     *
     * @param material the material
     * @param on       the day it arrived
     * @return the changed plan, or every reason it is refused
     */
    public Either<Refusal, SupplyPlan> recordDelivery(MaterialId material, LocalDate on) {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(on, "on");
        Optional<Material> target = material(material);
        if (target.isEmpty()) {
            return Either.left(Refusal.of(Violation.of(SupplyViolation.MATERIAL_UNKNOWN, "material",
                    material.value())));
        }
        if (target.get().delivery().isEmpty()) {
            return Either.left(Refusal.of(Violation.of(SupplyViolation.DELIVERY_NOT_PROMISED, "material",
                    material.value())));
        }
        List<Material> changed = materials.stream().map(m -> m.id().equals(material) ? m.deliveredOn(on) : m)
                .collect(Collectors.toList());
        return Either.right(toBuilder().materials(changed).build());
    }

    /**
     * Records a supplier's evaluation. Refused when the supplier is not listed
     * ({@link SupplyViolation#EVALUATION_UNKNOWN_SUPPLIER} at {@code evaluation.supplier}), is
     * already evaluated ({@link SupplyViolation#EVALUATION_DUPLICATE}), or the evaluation cannot be
     * scored (its {@linkplain SupplierEvaluation#problems() problems} under {@code evaluation}, e.g.
     * weights that do not add up to 100%).
     *
     * @param evaluation the evaluation
     * @return the changed plan, or every reason it is refused
     */
    public Either<Refusal, SupplyPlan> evaluate(SupplierEvaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        Seq<Violation> found = io.vavr.collection.List.empty();
        String id = evaluation.supplier().value();
        if (supplier(evaluation.supplier()).isEmpty()) {
            found = found.append(Violation.of(SupplyViolation.EVALUATION_UNKNOWN_SUPPLIER, "evaluation.supplier", id));
        }
        if (evaluation(evaluation.supplier()).isPresent()) {
            found = found.append(Violation.of(SupplyViolation.EVALUATION_DUPLICATE, "evaluation.supplier", id));
        }
        found = found.appendAll(evaluation.problems().map(v -> v.under("evaluation")));
        if (!found.isEmpty()) {
            return Either.left(Refusal.of(found));
        }
        List<SupplierEvaluation> more = new ArrayList<>(evaluations);
        more.add(evaluation);
        return Either.right(toBuilder().evaluations(more).build());
    }
}
