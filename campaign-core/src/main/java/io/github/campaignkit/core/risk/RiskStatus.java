package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Labelled;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a risk stands. A risk is {@link #IDENTIFIED} when it is written down, watched while
 * {@link #MONITORING}, {@link #TRIGGERED} when its trigger condition (启动条件) comes true, and then
 * {@link #MITIGATED} once its measures have worked or {@link #CLOSED} when it can no longer happen.
 *
 * <p>The moves allowed are:
 * <pre>
 * IDENTIFIED → MONITORING, TRIGGERED, CLOSED
 * MONITORING → TRIGGERED, CLOSED
 * TRIGGERED  → MITIGATED, CLOSED, MONITORING (a false alarm: watch again)
 * MITIGATED  → MONITORING (it may come back), CLOSED
 * CLOSED     → nothing
 * </pre>
 * Only an {@linkplain #isArmed() armed} risk (identified or monitoring) fires from its trigger.
 */
public enum RiskStatus implements Labelled {
    /** 已识别: written down, not yet watched. */
    IDENTIFIED,
    /** 监控中: watched for its trigger condition. */
    MONITORING,
    /** 已触发: its trigger condition came true; its measures are due. */
    TRIGGERED,
    /** 已缓解: its measures worked. */
    MITIGATED,
    /** 已关闭: it can no longer happen. */
    CLOSED;

    /**
     * Whether a risk may move from this status to the other.
     *
     * @param next the status after the move
     * @return true if the move is allowed; false for a move to the same status
     */
    public boolean canMoveTo(RiskStatus next) {
        Objects.requireNonNull(next, "next");
        return successors().contains(next);
    }

    /**
     * The statuses a risk may move to from this one.
     *
     * @return the allowed next statuses, empty for {@link #CLOSED}
     */
    public Set<RiskStatus> successors() {
        switch (this) {
            case IDENTIFIED:
                return EnumSet.of(MONITORING, TRIGGERED, CLOSED);
            case MONITORING:
                return EnumSet.of(TRIGGERED, CLOSED);
            case TRIGGERED:
                return EnumSet.of(MITIGATED, CLOSED, MONITORING);
            case MITIGATED:
                return EnumSet.of(MONITORING, CLOSED);
            default:
                return EnumSet.noneOf(RiskStatus.class);
        }
    }

    /**
     * Whether a risk in this status fires when its trigger condition holds.
     *
     * @return true for {@link #IDENTIFIED} and {@link #MONITORING}
     */
    public boolean isArmed() {
        return this == IDENTIFIED || this == MONITORING;
    }
}
