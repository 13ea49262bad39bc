package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the risk register (风险预案表): the scenario, its category, how likely it is and how
 * much it would hurt, the measures planned, who owns it, the condition that sets the measures off,
 * and its status with every dated change.
 *
 * <p>A risk starts {@link RiskStatus#IDENTIFIED}; its {@linkplain #status() status} is where its
 * last change led. Its level is not stored: the register's {@link RiskMatrix} gives it from the
 * likelihood and impact ({@link RiskRegister#levelOf(Risk)}). A risk may be a draft (blank
 * scenario, ratings the matrix does not know); {@link RiskRules} report what is missing.
 *
 * @param id         identifies the risk in its register
 * @param scenario   风险场景, e.g. {@code 线下遇雨}
 * @param category   the kind of risk
 * @param likelihood 可能性, a rating on the matrix's likelihood scale
 * @param impact     影响程度, a rating on the matrix's impact scale
 * @param measures   应对措施, in the order they are taken
 * @param owner      责任人, who watches the risk and answers its alert
 * @param trigger    启动条件, the condition that sets the measures off
 * @param reviewOn   the day the risk is next reviewed, if set
 * @param changes    every change of status, oldest first, each starting where the previous ended
 *                   and the first starting from {@code IDENTIFIED}
 */
@Value.Builder
public record Risk(RiskId id, String scenario, RiskCategory category, Rating likelihood, Rating impact,
                   List<Measure> measures, Optional<MemberId> owner, Optional<Trigger> trigger,
                   Optional<LocalDate> reviewOn, List<RiskStatusChange> changes) {

    /**
     * Checks the components and that the changes form a chain from {@code IDENTIFIED}.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if a change does not start where the previous one ended
     */
    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
        measures = Checks.list(measures, "measures");
        Checks.optional(owner, "owner");
        Checks.optional(trigger, "trigger");
        Checks.optional(reviewOn, "reviewOn");
        changes = Checks.list(changes, "changes");
        RiskStatus status = RiskStatus.IDENTIFIED;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).from() != status) {
                throw InvalidValueException.of(RiskViolation.CHANGE_ORDER, "changes", i + 1, changes.get(i).from(), status);
            }
            status = changes.get(i).to();
        }
    }

    /**
     * A builder for a risk; measures, owner, trigger, review date and changes may be left out.
     *
     * @return a new builder
     */
    public static RiskBuilder builder() {
        return new RiskBuilder();
    }

    /**
     * A builder that starts from this risk.
     *
     * @return a builder holding every component of this risk
     */
    public RiskBuilder toBuilder() {
        return new RiskBuilder().from(this);
    }

    /**
     * Where the risk stands: the status its last change led to, {@code IDENTIFIED} before any.
     *
     * @return the status
     */
    public RiskStatus status() {
        return changes.isEmpty() ? RiskStatus.IDENTIFIED : changes.get(changes.size() - 1).to();
    }

    /**
     * The last change of status, if there was one.
     *
     * @return the change
     */
    public Optional<RiskStatusChange> lastChange() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    /**
     * This risk with one more change of status.
     *
     * @param change the change; it must start from the current status
     * @return a copy
     * @throws IllegalArgumentException if the change does not start from the current status
     */
    public Risk withChange(RiskStatusChange change) {
        Objects.requireNonNull(change, "change");
        List<RiskStatusChange> more = new ArrayList<>(changes);
        more.add(change);
        return toBuilder().changes(more).build();
    }

    /**
     * This risk with another trigger.
     *
     * @param condition the trigger
     * @return a copy
     */
    public Risk withTrigger(Trigger condition) {
        return toBuilder().trigger(condition).build();
    }

    /**
     * This risk with another owner.
     *
     * @param member the owner
     * @return a copy
     */
    public Risk withOwner(MemberId member) {
        return toBuilder().owner(member).build();
    }

    /**
     * This risk with other measures.
     *
     * @param newMeasures the measures
     * @return a copy
     */
    public Risk withMeasures(List<Measure> newMeasures) {
        return toBuilder().measures(newMeasures).build();
    }
}
