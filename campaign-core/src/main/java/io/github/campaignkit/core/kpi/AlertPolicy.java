package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How a campaign's dashboard raises alerts: the rules, the pace rows are measured against, and the
 * time within which someone must answer an alert (seed 004: 触发预警后30分钟内分析原因并启动调整).
 *
 * @param rules        the alert rules; a row's status is the most serious one among the rules
 *                     that fire for it
 * @param pace         the pace cumulative rows are measured against
 * @param responseTime how long after an alert is raised it must be acknowledged, positive
 */
@Value.Builder
public record AlertPolicy(List<AlertRule> rules, Pace pace, Duration responseTime) {

    /** The response time of the default policy: 30 minutes. */
    public static final Duration DEFAULT_RESPONSE_TIME = Duration.ofMinutes(30);

    private static final AlertPolicy DEFAULTS = new AlertPolicy(List.of(
            AlertRule.warning(AlertCondition.belowPace(BigDecimal.TEN)),
            AlertRule.warning(AlertCondition.belowTarget(BigDecimal.valueOf(20))),
            AlertRule.critical(AlertCondition.rateBelow(BigDecimal.TEN)),
            AlertRule.critical(AlertCondition.belowTarget(BigDecimal.valueOf(50)))),
            Pace.linear(), DEFAULT_RESPONSE_TIME);

    /**
     * Checks the components and copies the rules.
     *
     * @throws NullPointerException     if a component or a rule is null, naming it
     * @throws IllegalArgumentException if the response time is not positive
     */
    public AlertPolicy {
        rules = Checks.list(rules, "rules");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(responseTime, "responseTime");
        if (responseTime.isNegative() || responseTime.isZero()) {
            throw InvalidValueException.of(ValueViolation.NOT_POSITIVE, "responseTime", responseTime);
        }
    }

    /**
     * The default policy, from seed 004's thresholds, with a linear pace and 30 minutes to respond:
     * <ul>
     *   <li>WARNING more than 10 points behind pace;</li>
     *   <li>WARNING more than 20% below the target expected by now (线索量低于目标20%);</li>
     *   <li>CRITICAL a rate below 10% (转化率低于10%);</li>
     *   <li>CRITICAL more than 50% below the target expected by now (less than half of it).</li>
     * </ul>
     * On seed 004's dashboard of 2024-08-04 (window 07-31…08-10, community forwarding during the
     * warm-up 07-31…08-05) these give 抖音 exposure 70% and leads 42.5% against a pace of 45.5%:
     * normal; community shares 60% against 83.3%: warning (23.3 points and 28% behind); offline
     * leads 56%: normal; overall conversion 12.5% against ≥15% (83.3%, pace 100): warning
     * (16.7 points behind), not critical (above 10%).
     *
     * @return the default policy
     */
    public static AlertPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A builder for a policy.
     *
     * @return a new builder
     */
    public static AlertPolicyBuilder builder() {
        return new AlertPolicyBuilder();
    }

    /**
     * This policy with another pace.
     *
     * @param newPace the pace
     * @return a copy
     */
    public AlertPolicy withPace(Pace newPace) {
        return new AlertPolicy(rules, newPace, responseTime);
    }

    /**
     * This policy with other rules.
     *
     * @param newRules the rules
     * @return a copy
     */
    public AlertPolicy withRules(List<AlertRule> newRules) {
        return new AlertPolicy(newRules, pace, responseTime);
    }
}
