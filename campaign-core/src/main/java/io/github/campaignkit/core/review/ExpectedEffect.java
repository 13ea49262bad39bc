package io.github.campaignkit.core.review;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * What an action item is expected to achieve (预期效果), measurably: a metric and the target it
 * should reach, with a sentence for people. Seed 004's action "publish a community forwarding
 * incentive" is expected to raise 社群转发量 to at least 3,000 in the next warm-up.
 *
 * <p>An effect without a metric or without a target is a valid draft, but not measurable: the
 * retrospective rules report it ({@code review.action.effect.not-measurable}).
 *
 * @param description the effect in words, e.g. {@code 下次预热期社群转发量达到3000+}
 * @param metric      the metric it is measured by
 * @param target      the value the metric should reach
 */
public record ExpectedEffect(String description, Optional<MetricId> metric, Optional<Target> target) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public ExpectedEffect {
        Objects.requireNonNull(description, "description");
        Checks.optional(metric, "metric");
        Checks.optional(target, "target");
    }

    /**
     * A measurable effect.
     *
     * @param description the effect in words
     * @param metric      the metric
     * @param target      the target
     * @return the effect
     */
    public static ExpectedEffect of(String description, MetricId metric, Target target) {
        return new ExpectedEffect(description, Optional.of(metric), Optional.of(target));
    }

    /**
     * An effect stated in words only, not yet measurable.
     *
     * @param description the effect in words
     * @return the effect
     */
    public static ExpectedEffect described(String description) {
        return new ExpectedEffect(description, Optional.empty(), Optional.empty());
    }

    /**
     * Whether the effect can be measured: it names a metric and a target.
     *
     * @return true if both are present
     */
    public boolean hasMeasure() {
        return metric.isPresent() && target.isPresent();
    }
}
