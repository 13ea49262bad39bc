package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.util.Objects;
import java.util.Optional;

/**
 * One response to a risk (应对措施), with the person who carries it out and, where it costs money,
 * the budget line it draws on. Seed 004: 追加5000元抖音投放预算 by 张*, drawing on 应急备用金.
 *
 * <p>The budget line is named by its plain key, as the budget names its lines; the risk package
 * does not depend on the budget.
 *
 * @param action     what is done; must not be blank for the register to pass its rules
 * @param owner      who does it
 * @param budgetLine the key of the budget line it draws on, when it costs money: not blank, no
 *                   surrounding white space, at most 128 characters
 */
public record Measure(String action, MemberId owner, Optional<String> budgetLine) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the budget line is blank, padded or too long
     */
    public Measure {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
        Checks.optional(budgetLine, "budgetLine");
        budgetLine.ifPresent(line -> Checks.id(line, "budgetLine"));
    }

    /**
     * A measure that costs nothing extra.
     *
     * @param action what is done
     * @param owner  who does it
     * @return the measure
     */
    public static Measure of(String action, MemberId owner) {
        return new Measure(action, owner, Optional.empty());
    }

    /**
     * This measure drawing on the given budget line.
     *
     * @param line the budget line's key, e.g. {@code 应急备用金}
     * @return a copy
     */
    public Measure drawingOn(String line) {
        return new Measure(action, owner, Optional.of(line));
    }
}
