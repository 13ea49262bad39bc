package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The budget policy a plan is checked against, as data: the band the contingency reserve must
 * lie in, the variance beyond which an explanation is required, when spending is flagged as ahead
 * of the calendar, and which departments must review before the final approval. Percentages are
 * written as numbers of percent ({@code 10} is 10%).
 *
 * <p>Two presets come from the seeds: {@link #standard()} (seeds 001 and 004: reserve 10–15%,
 * finance reviews) and {@link #enterpriseEvent()} (seed 002: reserve 5–10%, sales, product, legal
 * and finance review). Adjust either with the {@code with…} methods.
 *
 * @param contingencyMin    the least share of the total the contingency reserve may be, in percent
 * @param contingencyMax    the largest share of the total the contingency reserve may be, in percent
 * @param varianceThreshold the variance (actual against budget, either way) in percent above which a
 *                          line needs a written explanation
 * @param alertSpent        a line or category that has spent more than this percent of its budget …
 * @param alertElapsed      … while less than this percent of the campaign window has passed raises
 *                          a spend alert
 * @param requiredReviewers the departments whose opinion the final approval needs, each once, in the
 *                          order given
 */
@Value.Builder
public record BudgetPolicy(BigDecimal contingencyMin, BigDecimal contingencyMax, BigDecimal varianceThreshold,
                           BigDecimal alertSpent, BigDecimal alertElapsed, List<ReviewerRole> requiredReviewers) {

    private static final BudgetPolicy STANDARD = new BudgetPolicy(BigDecimal.valueOf(10), BigDecimal.valueOf(15),
            BigDecimal.valueOf(10), BigDecimal.valueOf(80), BigDecimal.valueOf(50), List.of(ReviewerRole.FINANCE));

    private static final BudgetPolicy ENTERPRISE_EVENT = STANDARD.toBuilder()
            .contingencyMin(BigDecimal.valueOf(5)).contingencyMax(BigDecimal.valueOf(10))
            .requiredReviewers(List.of(ReviewerRole.values())).build();

    /**
     * Checks the percentages (kept with the scale they were given) and the reviewers (kept in the
     * order given).
     *
     * @throws NullPointerException     if a component or a reviewer is null, naming it
     * @throws IllegalArgumentException if a percentage lies outside 0–100 or has more than 4
     *                                  fraction digits, if the contingency band is upside down, or
     *                                  if a reviewer is listed twice, naming the component
     */
    public BudgetPolicy {
        contingencyMin = percent(contingencyMin, "contingencyMin");
        contingencyMax = percent(contingencyMax, "contingencyMax");
        varianceThreshold = percent(varianceThreshold, "varianceThreshold");
        alertSpent = percent(alertSpent, "alertSpent");
        alertElapsed = percent(alertElapsed, "alertElapsed");
        requiredReviewers = Checks.list(requiredReviewers, "requiredReviewers");
        if (contingencyMin.compareTo(contingencyMax) > 0) {
            throw InvalidValueException.of(ValueViolation.BELOW, "contingencyMax", contingencyMax, contingencyMin);
        }
        Set<ReviewerRole> roles = EnumSet.noneOf(ReviewerRole.class);
        for (ReviewerRole role : requiredReviewers) {
            if (!roles.add(role)) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, "requiredReviewers", role);
            }
        }
    }

    private static BigDecimal percent(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0 || value.compareTo(Decimals.HUNDRED) > 0) {
            throw InvalidValueException.of(ValueViolation.PERCENT, field, value);
        }
        return Decimals.atMost(value, 4, field);
    }

    /**
     * The default policy (seeds 001 and 004): contingency reserve 10–15% of the total, an
     * explanation for variances above 10%, a spend alert when more than 80% is spent before half
     * the window has passed, and a finance review before approval.
     *
     * @return the standard policy
     */
    public static BudgetPolicy standard() {
        return STANDARD;
    }

    /**
     * The preset of seed 002 (企业市场活动策划与执行流程规范): contingency reserve 5–10% of the total,
     * and reviews by sales, product, legal and finance before the leadership approves; otherwise as
     * {@link #standard()}.
     *
     * @return the preset
     */
    public static BudgetPolicy enterpriseEvent() {
        return ENTERPRISE_EVENT;
    }

    /**
     * A builder for a policy.
     *
     * @return a new builder
     */
    public static BudgetPolicyBuilder builder() {
        return new BudgetPolicyBuilder();
    }

    /**
     * A builder that starts from this policy.
     *
     * @return a builder holding every component of this policy
     */
    public BudgetPolicyBuilder toBuilder() {
        return new BudgetPolicyBuilder().from(this);
    }

    /**
     * This policy with another contingency band.
     *
     * @param min the least share, in percent
     * @param max the largest share, in percent
     * @return a copy
     */
    public BudgetPolicy withContingency(BigDecimal min, BigDecimal max) {
        return toBuilder().contingencyMin(min).contingencyMax(max).build();
    }

    /**
     * This policy with another variance threshold.
     *
     * @param threshold the variance in percent above which an explanation is required
     * @return a copy
     */
    public BudgetPolicy withVarianceThreshold(BigDecimal threshold) {
        return toBuilder().varianceThreshold(threshold).build();
    }

    /**
     * This policy with another spend alert.
     *
     * @param spent   alert when more than this percent is spent …
     * @param elapsed … while less than this percent of the window has passed
     * @return a copy
     */
    public BudgetPolicy withSpendAlert(BigDecimal spent, BigDecimal elapsed) {
        return toBuilder().alertSpent(spent).alertElapsed(elapsed).build();
    }

    /**
     * This policy with other required reviewers.
     *
     * @param roles the departments whose opinion the approval needs
     * @return a copy
     */
    public BudgetPolicy withRequiredReviewers(List<ReviewerRole> roles) {
        return toBuilder().requiredReviewers(roles).build();
    }
}
