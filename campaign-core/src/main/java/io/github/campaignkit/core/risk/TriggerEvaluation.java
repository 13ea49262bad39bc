package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What evaluating a register's triggers found at one instant: the armed risks that fire, with
 * their evidence, and the violations of the triggers evaluated (a metric, task, material or phase
 * the campaign does not know). A broken trigger does not keep the others from firing.
 *
 * <p>An evaluation changes nothing; apply it with {@link RiskRegister#fire} (or the campaign's
 * lifecycle command) to move the risks that fire to {@link RiskStatus#TRIGGERED} and raise their
 * alerts.
 *
 * @param at         the instant evaluated, from the clock
 * @param day        the day evaluated, that instant in the clock's zone
 * @param firings    the risks that fire, in register order, each once
 * @param violations the problems of the triggers evaluated, with paths from the register
 */
@Value.Builder
public record TriggerEvaluation(Instant at, LocalDate day, List<Firing> firings, Seq<Violation> violations) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if a risk fires twice
     */
    public TriggerEvaluation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(day, "day");
        firings = Checks.list(firings, "firings");
        Objects.requireNonNull(violations, "violations");
        violations = io.vavr.collection.List.ofAll(violations);
        violations.forEach(v -> Objects.requireNonNull(v, "violations[]"));
        Set<RiskId> seen = new HashSet<>();
        for (Firing firing : firings) {
            if (!seen.add(firing.risk())) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, "firings", firing.risk());
            }
        }
    }

    /**
     * A builder for an evaluation.
     *
     * @return a new builder
     */
    public static TriggerEvaluationBuilder builder() {
        return new TriggerEvaluationBuilder();
    }

    /**
     * The risks that fire.
     *
     * @return their ids, in register order
     */
    public List<RiskId> fired() {
        return firings.stream().map(Firing::risk).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The firing of a risk.
     *
     * @param risk the risk
     * @return its firing, or empty when it does not fire
     */
    public Optional<Firing> firing(RiskId risk) {
        Objects.requireNonNull(risk, "risk");
        return firings.stream().filter(f -> f.risk().equals(risk)).findFirst();
    }
}
