package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.MemberId;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the dashboard: what a metric must reach through a channel (or through all channels
 * together), who owns it, and over which days it is expected to get there.
 *
 * <p>The period is the line's own timing from the channel plan (渠道触达矩阵表): seed 004's
 * community forwarding (社群转发) is the warm-up's activity, 2024-07-31…08-05, while 抖音 runs for
 * the whole campaign. The pace of a line is measured over its period; without one, over the
 * campaign's window.
 *
 * @param metric  the metric
 * @param channel the channel, empty for all channels together
 * @param target  the target, absolute (an uplift has no baseline on a dashboard)
 * @param owner   负责人
 * @param period  the days the target is to be reached over, empty for the campaign's window
 */
@Value.Builder
public record KpiTarget(MetricId metric, Optional<Channel> channel, Target target, Optional<MemberId> owner,
                        Optional<DateRange> period) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public KpiTarget {
        Objects.requireNonNull(metric, "metric");
        Checks.optional(channel, "channel");
        Objects.requireNonNull(target, "target");
        Checks.optional(owner, "owner");
        Checks.optional(period, "period");
    }

    /**
     * A builder for a line; metric and target must be set.
     *
     * @return a new builder
     */
    public static KpiTargetBuilder builder() {
        return new KpiTargetBuilder();
    }

    /**
     * A line for one channel over the campaign's window.
     *
     * @param metric  the metric
     * @param channel the channel
     * @param target  the target
     * @param owner   the owner
     * @return the line
     */
    public static KpiTarget of(MetricId metric, Channel channel, Target target, MemberId owner) {
        return new KpiTarget(metric, Optional.of(channel), target, Optional.of(owner), Optional.empty());
    }

    /**
     * A line for all channels together over the campaign's window.
     *
     * @param metric the metric
     * @param target the target
     * @param owner  the owner
     * @return the line
     */
    public static KpiTarget overall(MetricId metric, Target target, MemberId owner) {
        return new KpiTarget(metric, Optional.empty(), target, Optional.of(owner), Optional.empty());
    }

    /**
     * This line with its own period.
     *
     * @param days the days the target is to be reached over
     * @return a copy
     */
    public KpiTarget during(DateRange days) {
        return new KpiTarget(metric, channel, target, owner, Optional.of(days));
    }
}
