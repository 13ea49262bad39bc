package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;

/**
 * The bounds the SMART check applies where SMART itself leaves a judgement: how far beyond the
 * baseline a target may reach before it is flagged as hard to achieve, and how long after the
 * campaign's end a goal's deadline may fall.
 *
 * @param maxUpliftPercent the largest uplift over the baseline, in percent, that is not flagged
 *                         ({@link GoalViolation#ACHIEVABLE_UPLIFT_TOO_HIGH}); not negative
 * @param deadlineGrace    how long after the campaign's last day a deadline may fall; the seeds'
 *                         deadlines are 1 to 5 working days after the end, with conversion
 *                         followed for up to 30 days
 */
public record SmartPolicy(BigDecimal maxUpliftPercent, Period deadlineGrace) {

    private static final SmartPolicy DEFAULTS = new SmartPolicy(BigDecimal.valueOf(50), Period.ofDays(30));

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the bound or the grace is negative
     */
    public SmartPolicy {
        Objects.requireNonNull(maxUpliftPercent, "maxUpliftPercent");
        Objects.requireNonNull(deadlineGrace, "deadlineGrace");
        if (maxUpliftPercent.signum() < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "maxUpliftPercent", maxUpliftPercent);
        }
        if (deadlineGrace.isNegative()) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "deadlineGrace", deadlineGrace);
        }
    }

    /**
     * The default policy: an uplift of more than 50% over the baseline is flagged (the seeds aim
     * for +15% to +30%), and a deadline may fall up to 30 days after the campaign ends.
     *
     * @return the default policy
     */
    public static SmartPolicy defaults() {
        return DEFAULTS;
    }
}
