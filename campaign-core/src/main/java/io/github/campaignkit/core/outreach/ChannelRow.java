package io.github.campaignkit.core.outreach;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.MemberId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the channel matrix (渠道触达矩阵表): a channel, the form of content it carries in a
 * phase and when, who owns it, and the metrics (效果指标) it serves.
 *
 * @param channel     the channel, as the KPI dashboard names it, e.g. {@code 抖音}
 * @param kind        online, offline or paid
 * @param contentForm the form of content, e.g. {@code 联合直播} or {@code 信息流广告}
 * @param phase       the phase it runs in
 * @param timing      the days it runs (投放时间), inside its phase; absent in a template
 * @param owner       who is responsible for it (负责人)
 * @param metrics     the metrics it serves, from the goal sheet's catalogue
 */
@Value.Builder
public record ChannelRow(Channel channel, ChannelKind kind, String contentForm, PhaseKind phase,
                         Optional<DateRange> timing, MemberId owner, List<MetricId> metrics) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or a metric is null, naming it
     */
    public ChannelRow {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentForm, "contentForm");
        Objects.requireNonNull(phase, "phase");
        Checks.optional(timing, "timing");
        Objects.requireNonNull(owner, "owner");
        metrics = Checks.list(metrics, "metrics");
    }

    /**
     * A builder for a row.
     *
     * @return a new builder
     */
    public static ChannelRowBuilder builder() {
        return new ChannelRowBuilder();
    }

    /**
     * Whether this row serves a metric.
     *
     * @param metric the metric
     * @return true if it is among the row's metrics
     */
    public boolean serves(MetricId metric) {
        Objects.requireNonNull(metric, "metric");
        return metrics.contains(metric);
    }

    /**
     * This row without its timing, for a template.
     *
     * @return a copy with no timing
     */
    public ChannelRow withoutTiming() {
        return new ChannelRow(channel, kind, contentForm, phase, Optional.empty(), owner, metrics);
    }
}
