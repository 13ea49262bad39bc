package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Phase;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a {@link RiskRegister} must pass. Paths are relative to the register
 * ({@code entries[2].likelihood}); the campaign's gates report them under {@code risks}.
 *
 * <ul>
 *   <li>{@link #standard()}: every risk has a scenario, ratings its matrix knows, and measures that
 *       say what is done;</li>
 *   <li>{@link #prepared()}: the standard rules, and every {@linkplain RiskLevel#HIGH high} risk has
 *       an owner, at least one measure and a trigger, the gate out of preparation;</li>
 *   <li>{@link #resolved()}: no risk is left {@linkplain RiskStatus#TRIGGERED triggered} without a
 *       resolution, the gate out of review;</li>
 *   <li>{@link #triggers}: every trigger names metrics, tasks, materials and phases the campaign
 *       has;</li>
 *   <li>{@link #revision}: a revised register keeps every status history and reading.</li>
 * </ul>
 */
public final class RiskRules {

    private static final Rule<RiskRegister> STANDARD = RiskRules::standard;
    private static final Rule<RiskRegister> PREPARED = STANDARD.and(RiskRules::highRisksPlanned);
    private static final Rule<RiskRegister> RESOLVED = RiskRules::noneUnresolved;

    private RiskRules() {
    }

    /**
     * Every risk has a scenario, a likelihood and an impact on the matrix's scales, and measures that
     * are not blank.
     *
     * @return the rule
     */
    public static Rule<RiskRegister> standard() {
        return STANDARD;
    }

    /**
     * Ready to leave preparation: the {@linkplain #standard() standard} rules, and every risk whose
     * level is {@link RiskLevel#HIGH} has an owner, at least one measure and a trigger.
     *
     * @return the rule
     */
    public static Rule<RiskRegister> prepared() {
        return PREPARED;
    }

    /**
     * Ready to leave review: no risk is {@link RiskStatus#TRIGGERED}; each that was has been moved
     * on (mitigated, closed, or back to monitoring) with a note saying how.
     *
     * @return the rule
     */
    public static Rule<RiskRegister> resolved() {
        return RESOLVED;
    }

    /**
     * Every trigger of every risk, whatever its status, names a metric, task and material the facts
     * know and a phase (and a day of it) the campaign has.
     *
     * @param phases the campaign's phases
     * @param facts  what the campaign records; only its {@code knows…} methods are asked
     * @return the rule
     */
    public static Rule<RiskRegister> triggers(java.util.List<Phase> phases, TriggerFacts facts) {
        java.util.List<Phase> copy = Checks.list(phases, "phases");
        Objects.requireNonNull(facts, "facts");
        return register -> {
            TriggerEvaluator checker = TriggerEvaluator.checking(copy, facts);
            List<Violation> found = List.empty();
            for (int i = 0; i < register.entries().size(); i++) {
                Optional<Trigger> trigger = register.entries().get(i).trigger();
                if (trigger.isPresent()) {
                    found = found.appendAll(checker.evaluate(trigger.get(),
                            RulePaths.join(RulePaths.indexed("entries", i), "trigger")).violations);
                }
            }
            return found;
        };
    }

    /**
     * What a revision of a register may not do: drop a risk that has a status history, change a
     * risk's history, add a risk that already has one, or drop or rewrite a recorded reading.
     * Statuses change through {@link RiskRegister#fire} and {@link RiskRegister#changeStatus}, which
     * only append.
     *
     * @param before the register as it was
     * @param after  the register as revised
     * @return the violations, with paths in {@code after}; empty when the revision is acceptable
     */
    public static Seq<Violation> revision(RiskRegister before, RiskRegister after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return before.unchangedHistoryIn(after);
    }

    private static Seq<Violation> standard(RiskRegister register) {
        List<Violation> found = List.empty();
        RiskMatrix matrix = register.matrix();
        for (int i = 0; i < register.entries().size(); i++) {
            Risk risk = register.entries().get(i);
            String path = RulePaths.indexed("entries", i);
            if (risk.scenario().isBlank()) {
                found = found.append(Violation.of(RiskViolation.SCENARIO_BLANK, RulePaths.join(path, "scenario"),
                        risk.id().value()));
            }
            if (!matrix.likelihood().contains(risk.likelihood())) {
                found = found.append(Violation.of(RiskViolation.LIKELIHOOD_UNKNOWN, RulePaths.join(path, "likelihood"),
                        risk.id().value(), risk.likelihood().value(), matrix.likelihood().known()));
            }
            if (!matrix.impact().contains(risk.impact())) {
                found = found.append(Violation.of(RiskViolation.IMPACT_UNKNOWN, RulePaths.join(path, "impact"),
                        risk.id().value(), risk.impact().value(), matrix.impact().known()));
            }
            for (int m = 0; m < risk.measures().size(); m++) {
                if (risk.measures().get(m).action().isBlank()) {
                    found = found.append(Violation.of(RiskViolation.MEASURE_ACTION_BLANK,
                            RulePaths.join(RulePaths.join(path, RulePaths.indexed("measures", m)), "action"), risk.id().value()));
                }
            }
        }
        return found;
    }

    private static Seq<Violation> highRisksPlanned(RiskRegister register) {
        List<Violation> found = List.empty();
        for (int i = 0; i < register.entries().size(); i++) {
            Risk risk = register.entries().get(i);
            if (register.levelOf(risk).filter(level -> level == RiskLevel.HIGH).isEmpty()) {
                continue;
            }
            String path = RulePaths.indexed("entries", i);
            if (risk.owner().isEmpty()) {
                found = found.append(Violation.of(RiskViolation.HIGH_RISK_OWNER_MISSING, RulePaths.join(path, "owner"),
                        risk.id().value(), risk.scenario()));
            }
            if (risk.measures().isEmpty()) {
                found = found.append(Violation.of(RiskViolation.HIGH_RISK_MEASURES_MISSING,
                        RulePaths.join(path, "measures"), risk.id().value(), risk.scenario()));
            }
            if (risk.trigger().isEmpty()) {
                found = found.append(Violation.of(RiskViolation.HIGH_RISK_TRIGGER_MISSING, RulePaths.join(path, "trigger"),
                        risk.id().value(), risk.scenario()));
            }
        }
        return found;
    }

    private static Seq<Violation> noneUnresolved(RiskRegister register) {
        List<Violation> found = List.empty();
        for (int i = 0; i < register.entries().size(); i++) {
            Risk risk = register.entries().get(i);
            if (risk.status() == RiskStatus.TRIGGERED) {
                found = found.append(Violation.of(RiskViolation.TRIGGERED_UNRESOLVED, RulePaths.indexed("entries", i),
                        risk.id().value(), risk.scenario()));
            }
        }
        return found;
    }
}
