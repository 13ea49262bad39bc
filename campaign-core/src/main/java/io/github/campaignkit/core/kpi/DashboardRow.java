package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the dashboard (数据监控看板): 渠道, 核心指标, 今日数据, 累计数据, 目标值, 达成率, 预警状态,
 * 异常原因, 负责人 — and the pace the row is judged against, the reasons its status is what it is,
 * and the days whose data is late.
 *
 * <p>For a cumulative metric (counts, money) {@code today} is the day's sum and
 * {@code cumulative} the sum up to the day; the achievement rate is cumulative × 100 / target
 * (seed 004: 850 of 2,000 leads → 42.5%). For a rate metric both are Σ numerator / Σ denominator
 * over the day, respectively up to it (12.5% conversion), and the achievement is the rate against
 * its target (12.5% of ≥ 15% → 83.3%). For other level metrics they are the latest value.
 *
 * @param metric      the metric
 * @param metricName  the metric's name
 * @param channel     the channel, empty for all channels (整体)
 * @param unit        the metric's unit
 * @param today       today's value, empty when nothing was observed today
 * @param cumulative  the value up to today, empty when it cannot be known yet
 * @param target      the line's target
 * @param achievement the achievement rate in percent, empty when it cannot be computed
 * @param pace        the share of the target expected by today, in percent; 100 for a level
 *                    metric once its period has begun
 * @param status      the alert status
 * @param reasons     why the status is not normal: one violation per alert rule that fired, the
 *                    rules that raise the most severe status first
 * @param analysis    the latest acknowledgement's analysis of today's alert (异常原因)
 * @param owner       负责人
 * @param lateDates   the days whose observations are due by the metric's cadence but missing
 */
@Value.Builder
public record DashboardRow(MetricId metric, String metricName, Optional<Channel> channel, MetricUnit unit,
                           Optional<BigDecimal> today, Optional<BigDecimal> cumulative, Target target,
                           Optional<BigDecimal> achievement, BigDecimal pace, AlertStatus status,
                           List<Violation> reasons, Optional<String> analysis, Optional<MemberId> owner,
                           List<LocalDate> lateDates) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public DashboardRow {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(metricName, "metricName");
        Checks.optional(channel, "channel");
        Objects.requireNonNull(unit, "unit");
        Checks.optional(today, "today");
        Checks.optional(cumulative, "cumulative");
        Objects.requireNonNull(target, "target");
        Checks.optional(achievement, "achievement");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(status, "status");
        reasons = Checks.list(reasons, "reasons");
        Checks.optional(analysis, "analysis");
        Checks.optional(owner, "owner");
        lateDates = Checks.list(lateDates, "lateDates");
    }

    /**
     * A builder for a row.
     *
     * @return a new builder
     */
    public static DashboardRowBuilder builder() {
        return new DashboardRowBuilder();
    }

    /**
     * The reason the row's status is what it is, for a report's one line per alerting row: the
     * first reason of the most severe rule that fired.
     *
     * @return the reason, empty for a normal row
     */
    public Optional<Violation> reason() {
        return reasons.isEmpty() ? Optional.empty() : Optional.of(reasons.get(0));
    }
}
