package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone's answer to the alerts of a dashboard row on a day: the cause found and the adjustment
 * started (异常原因), e.g. {@code 部分社群管理员积极性低}. It answers every alert of that row and day
 * raised at or before it.
 *
 * @param metric   the row's metric
 * @param channel  the row's channel, empty for all channels
 * @param date     the day of the alert
 * @param by       who answered
 * @param at       when
 * @param analysis the cause and the adjustment, not blank when recorded through
 *                 {@link KpiTracking#acknowledge}
 */
@Value.Builder
public record Acknowledgement(MetricId metric, Optional<Channel> channel, LocalDate date, MemberId by, Instant at,
                              String analysis) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Acknowledgement {
        Objects.requireNonNull(metric, "metric");
        Checks.optional(channel, "channel");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * A builder for an acknowledgement.
     *
     * @return a new builder
     */
    public static AcknowledgementBuilder builder() {
        return new AcknowledgementBuilder();
    }

    /**
     * The acknowledgement of an alert.
     *
     * @param alert    the alert answered
     * @param by       who answers
     * @param at       when
     * @param analysis the cause and the adjustment
     * @return the acknowledgement
     */
    public static Acknowledgement of(Alert alert, MemberId by, Instant at, String analysis) {
        return new Acknowledgement(alert.metric(), alert.channel(), alert.date(), by, at, analysis);
    }
}
