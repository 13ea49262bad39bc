package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.rule.Labelled;

/** A dashboard row's alert status (预警状态), from the least to the most serious. */
public enum AlertStatus implements Labelled {
    /** 正常: no alert rule fires. */
    NORMAL,
    /** 预警: a warning rule fires; someone must respond within the response time. */
    WARNING,
    /** 严重: a critical rule fires. */
    CRITICAL;

    /**
     * The more serious of this status and another.
     *
     * @param other the other status
     * @return the more serious one
     */
    public AlertStatus max(AlertStatus other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
