package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of a {@link SupplyPlan}. Paths are relative to the plan ({@code needs[1].quotes[2].price},
 * {@code materials[0].delivery.actual}); every finding is reported, none stops the others.
 */
public final class SupplyRules {

    private static final Rule<SupplyPlan> STANDARD = SupplyRules::consistency;
    private static final Rule<SupplyPlan> READY = STANDARD.and(SupplyRules::readiness);
    private static final Rule<SupplyPlan> EVALUATED = SupplyRules::evaluatedCheck;

    private SupplyRules() {
    }

    /**
     * What a plan must never contain, whatever its stage: duplicate supplier, need and material ids;
     * blank need items and material names; quotes from unlisted suppliers, two quotes of one
     * supplier for one need, a quote in another currency than its need with no exchange rate to it
     * ({@link SupplyViolation#QUOTE_CURRENCY_MISMATCH} at {@code needs[i].quotes[j].price}); a choice
     * of a supplier that did not quote; materials naming unknown needs or suppliers; evaluations of
     * unlisted suppliers, duplicate evaluations, and evaluations that cannot be scored (weights not
     * adding up to 100%, …).
     *
     * @return the rule
     */
    public static Rule<SupplyPlan> standard() {
        return STANDARD;
    }

    /**
     * What a plan needs before execution (the gate out of preparation), besides {@link #standard()}:
     * every need has the policy's number of comparable quotes or a waiver, and a chosen supplier with
     * a qualification on record; every material has a need date, a supplier (the one chosen for its
     * need, when it has one) and a promised delivery on or before its need date. An empty plan
     * passes.
     *
     * @return the rule
     */
    public static Rule<SupplyPlan> readyForExecution() {
        return READY;
    }

    /**
     * Every supplier chosen for a need has an evaluation that can be scored (the gate out of review).
     *
     * @return the rule
     */
    public static Rule<SupplyPlan> evaluated() {
        return EVALUATED;
    }

    /**
     * The deliveries as of a day: a delivery after its promised date
     * ({@link SupplyViolation#DELIVERY_LATE}, a warning), after the material's need date
     * ({@link SupplyViolation#DELIVERY_AFTER_NEED_DATE}), a need date that has passed with nothing
     * delivered, whether a delivery was promised or not ({@link SupplyViolation#NOT_ARRIVED_BY_NEED_DATE},
     * at {@code needBy}), else a promised date that has passed with nothing delivered
     * ({@link SupplyViolation#DELIVERY_OVERDUE}), each at the material's {@code delivery}.
     *
     * @param asOf the day, typically {@code LocalDate.now(clock)}
     * @return the rule
     */
    public static Rule<SupplyPlan> deliveries(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return plan -> {
            Seq<Violation> found = List.empty();
            for (int i = 0; i < plan.materials().size(); i++) {
                Material m = plan.materials().get(i);
                boolean arrived = m.delivery().flatMap(Delivery::actual).isPresent();
                if (!arrived && m.needBy().filter(asOf::isAfter).isPresent()) {
                    found = found.append(Violation.of(SupplyViolation.NOT_ARRIVED_BY_NEED_DATE,
                            RulePaths.indexed("materials", i) + ".needBy", m.name(), m.needBy().get(), asOf));
                    continue;
                }
                if (m.delivery().isEmpty()) {
                    continue;
                }
                Delivery d = m.delivery().get();
                String path = RulePaths.indexed("materials", i) + ".delivery";
                if (d.actual().isPresent()) {
                    LocalDate actual = d.actual().get();
                    if (m.needBy().filter(actual::isAfter).isPresent()) {
                        found = found.append(Violation.of(SupplyViolation.DELIVERY_AFTER_NEED_DATE, path + ".actual",
                                m.name(), actual, m.needBy().get()));
                    } else if (d.isLate()) {
                        found = found.append(Violation.of(SupplyViolation.DELIVERY_LATE, path + ".actual", m.name(),
                                actual, d.promised()));
                    }
                } else if (asOf.isAfter(d.promised())) {
                    found = found.append(Violation.of(SupplyViolation.DELIVERY_OVERDUE, path + ".promised", m.name(),
                            d.promised(), asOf));
                }
            }
            return found;
        };
    }

    /**
     * Every need is paid from a line of the budget, in that line's currency: a need naming a line
     * the plan does not have ({@link SupplyViolation#NEED_BUDGET_LINE_UNKNOWN}) or in another
     * currency ({@link SupplyViolation#NEED_CURRENCY_MISMATCH}), at {@code needs[i].budgetLine} and
     * {@code needs[i].currency}.
     *
     * @param budget the budget plan the needs are paid from
     * @return the rule
     */
    public static Rule<SupplyPlan> fundedBy(BudgetPlan budget) {
        Objects.requireNonNull(budget, "budget");
        return plan -> {
            Seq<Violation> found = List.empty();
            for (int i = 0; i < plan.needs().size(); i++) {
                SupplierNeed need = plan.needs().get(i);
                String path = RulePaths.indexed("needs", i);
                Optional<BudgetLine> line = budget.line(need.budgetLine());
                if (line.isEmpty()) {
                    found = found.append(Violation.of(SupplyViolation.NEED_BUDGET_LINE_UNKNOWN, path + ".budgetLine",
                            need.id().value(), need.budgetLine().value()));
                } else if (!line.get().currency().equals(need.currency())) {
                    found = found.append(Violation.of(SupplyViolation.NEED_CURRENCY_MISMATCH, path + ".currency",
                            need.id().value(), need.currency().getCurrencyCode(),
                            line.get().currency().getCurrencyCode()));
                }
            }
            return found;
        };
    }

    private static Seq<Violation> consistency(SupplyPlan plan) {
        Seq<Violation> found = List.empty();
        found = found.appendAll(duplicates(plan.suppliers(), SupplierProfile::id, "suppliers",
                SupplyViolation.SUPPLIER_DUPLICATE));
        found = found.appendAll(duplicates(plan.needs(), SupplierNeed::id, "needs", SupplyViolation.NEED_DUPLICATE));
        found = found.appendAll(duplicates(plan.materials(), Material::id, "materials",
                SupplyViolation.MATERIAL_DUPLICATE));
        for (int i = 0; i < plan.needs().size(); i++) {
            String path = RulePaths.indexed("needs", i);
            found = found.appendAll(need(plan, plan.needs().get(i)).map(v -> v.under(path)));
        }
        for (int i = 0; i < plan.materials().size(); i++) {
            Material m = plan.materials().get(i);
            String path = RulePaths.indexed("materials", i);
            if (m.name().isBlank()) {
                found = found.append(Violation.of(SupplyViolation.MATERIAL_NAME_BLANK, path + ".name", m.id().value()));
            }
            if (m.need().isPresent() && plan.need(m.need().get()).isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.MATERIAL_UNKNOWN_NEED, path + ".need", m.name(),
                        m.need().get().value()));
            }
            if (m.supplier().isPresent() && plan.supplier(m.supplier().get()).isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.MATERIAL_UNKNOWN_SUPPLIER, path + ".supplier",
                        m.name(), m.supplier().get().value()));
            }
        }
        Set<SupplierId> evaluated = new HashSet<>();
        for (int i = 0; i < plan.evaluations().size(); i++) {
            SupplierEvaluation e = plan.evaluations().get(i);
            String path = RulePaths.indexed("evaluations", i);
            if (plan.supplier(e.supplier()).isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.EVALUATION_UNKNOWN_SUPPLIER, path + ".supplier",
                        e.supplier().value()));
            }
            if (!evaluated.add(e.supplier())) {
                found = found.append(Violation.of(SupplyViolation.EVALUATION_DUPLICATE, path + ".supplier",
                        e.supplier().value()));
            }
            found = found.appendAll(e.problems().map(v -> v.under(path)));
        }
        return found;
    }

    private static Seq<Violation> need(SupplyPlan plan, SupplierNeed need) {
        Seq<Violation> found = List.empty();
        String id = need.id().value();
        if (need.item().isBlank()) {
            found = found.append(Violation.of(SupplyViolation.NEED_ITEM_BLANK, "item", id));
        }
        Set<SupplierId> quoted = new HashSet<>();
        for (int j = 0; j < need.quotes().size(); j++) {
            Quote q = need.quotes().get(j);
            String path = RulePaths.indexed("quotes", j);
            if (plan.supplier(q.supplier()).isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.QUOTE_UNKNOWN_SUPPLIER, path + ".supplier", id,
                        q.supplier().value()));
            }
            if (!quoted.add(q.supplier())) {
                found = found.append(Violation.of(SupplyViolation.QUOTE_DUPLICATE, path + ".supplier", id,
                        q.supplier().value()));
            }
            if (q.priceIn(need.currency()).isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.QUOTE_CURRENCY_MISMATCH, path + ".price", id,
                        q.supplier().value(), q.price().currency().getCurrencyCode(),
                        need.currency().getCurrencyCode()));
            }
        }
        if (need.choice().isPresent() && need.chosenQuote().isEmpty()) {
            found = found.append(Violation.of(SupplyViolation.CHOICE_NOT_QUOTED, "choice.supplier",
                    need.choice().get().supplier().value(), id));
        }
        return found;
    }

    private static Seq<Violation> readiness(SupplyPlan plan) {
        Seq<Violation> found = List.empty();
        for (int i = 0; i < plan.needs().size(); i++) {
            SupplierNeed need = plan.needs().get(i);
            String path = RulePaths.indexed("needs", i);
            if (!need.isCompared(plan.policy())) {
                found = found.append(Violation.of(SupplyViolation.NEED_QUOTES_MISSING, path + ".quotes",
                        need.id().value(), need.comparableQuotes(), plan.policy().minimumQuotes()));
            }
            if (need.choice().isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.NEED_CHOICE_MISSING, path + ".choice",
                        need.id().value()));
            } else {
                SupplierId chosen = need.choice().get().supplier();
                if (plan.supplier(chosen).filter(s -> s.qualification().isBlank()).isPresent()) {
                    found = found.append(Violation.of(SupplyViolation.SUPPLIER_QUALIFICATION_BLANK,
                            path + ".choice.supplier", chosen.value()));
                }
            }
        }
        for (int i = 0; i < plan.materials().size(); i++) {
            Material m = plan.materials().get(i);
            String path = RulePaths.indexed("materials", i);
            if (m.needBy().isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.MATERIAL_NEED_DATE_MISSING, path + ".needBy",
                        m.name()));
            }
            if (m.supplier().isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.MATERIAL_SUPPLIER_MISSING, path + ".supplier",
                        m.name()));
            } else {
                Optional<SupplierId> chosen = m.need().flatMap(plan::need).flatMap(SupplierNeed::choice)
                        .map(Choice::supplier);
                if (m.need().flatMap(plan::need).isPresent() && !chosen.equals(m.supplier())) {
                    found = found.append(Violation.of(SupplyViolation.MATERIAL_SUPPLIER_NOT_CHOSEN, path + ".supplier",
                            m.name(), m.supplier().get().value(), m.need().get().value()));
                }
            }
            if (m.delivery().isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.MATERIAL_PROMISE_MISSING, path + ".delivery",
                        m.name()));
            } else if (m.needBy().filter(m.delivery().get().promised()::isAfter).isPresent()) {
                found = found.append(Violation.of(SupplyViolation.MATERIAL_PROMISE_LATE, path + ".delivery.promised",
                        m.name(), m.delivery().get().promised(), m.needBy().get()));
            }
        }
        return found;
    }

    private static Seq<Violation> evaluatedCheck(SupplyPlan plan) {
        Seq<Violation> found = List.empty();
        for (SupplierId chosen : plan.chosenSuppliers()) {
            Optional<SupplierEvaluation> evaluation = plan.evaluation(chosen);
            if (evaluation.isEmpty()) {
                found = found.append(Violation.of(SupplyViolation.EVALUATION_MISSING, "evaluations", chosen.value()));
            } else {
                String path = RulePaths.indexed("evaluations", plan.evaluations().indexOf(evaluation.get()));
                found = found.appendAll(evaluation.get().problems().map(v -> v.under(path)));
            }
        }
        return found;
    }

    private static <T, K> Seq<Violation> duplicates(java.util.List<T> items, Function<T, K> key, String field,
                                                    SupplyViolation code) {
        Seq<Violation> found = List.empty();
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            K k = key.apply(items.get(i));
            if (!seen.add(k)) {
                found = found.append(Violation.of(code, RulePaths.indexed(field, i) + ".id", k.toString()));
            }
        }
        return found;
    }
}
