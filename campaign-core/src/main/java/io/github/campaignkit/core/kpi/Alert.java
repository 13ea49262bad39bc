package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An alert raised for a dashboard row on a day: which row, how serious, when it was raised and by
 * when it must be answered (seed 004: within 30 minutes). The deadline is fixed when the alert is
 * raised, so a later change of the policy's response time does not move it. See
 * {@link KpiTracking#raise} and {@link KpiTracking#unanswered}.
 *
 * @param metric    the row's metric
 * @param channel   the row's channel, empty for all channels
 * @param date      the day of the dashboard that showed it
 * @param status    how serious, never {@link AlertStatus#NORMAL}
 * @param raisedAt  when it was raised
 * @param respondBy when it must be acknowledged by, not before {@code raisedAt}
 */
@Value.Builder
public record Alert(MetricId metric, Optional<Channel> channel, LocalDate date, AlertStatus status, Instant raisedAt,
                    Instant respondBy) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the status is {@link AlertStatus#NORMAL}
     */
    public Alert {
        Objects.requireNonNull(metric, "metric");
        Checks.optional(channel, "channel");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(respondBy, "respondBy");
        if (status == AlertStatus.NORMAL) {
            throw InvalidValueException.of(KpiViolation.NORMAL_STATUS, "status");
        }
        if (respondBy.isBefore(raisedAt)) {
            throw InvalidValueException.of(ValueViolation.BEFORE, "respondBy", respondBy, "raisedAt", raisedAt);
        }
    }

    /**
     * A builder for an alert.
     *
     * @return a new builder
     */
    public static AlertBuilder builder() {
        return new AlertBuilder();
    }

    /**
     * Whether an acknowledgement answers this alert: same row and day, given at or after the
     * alert was raised (an answer to an earlier warning does not answer a later escalation).
     *
     * @param ack the acknowledgement
     * @return true if it answers this alert
     */
    public boolean isAnsweredBy(Acknowledgement ack) {
        return ack.metric().equals(metric) && ack.channel().equals(channel) && ack.date().equals(date)
                && !ack.at().isBefore(raisedAt);
    }
}
