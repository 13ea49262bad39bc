package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.Labelled;

/**
 * The status of a task on the board (执行分工表 状态列). A task starts {@link #NOT_STARTED}; it is
 * finished when it is {@link #DONE} or {@link #CLOSED} (dropped, with a reason). Moving a finished
 * task back to work, or closing one, needs a reason; a {@link #DELAYED} task needs a remedy plan
 * within the {@linkplain TeamPolicy#remedyPlanWithin() policy's window}.
 */
public enum TaskStatus implements Labelled {
    /** 未开始. */
    NOT_STARTED,
    /** 进行中. */
    IN_PROGRESS,
    /** 已完成. */
    DONE,
    /** 延期: behind its end date or expected to be. */
    DELAYED,
    /** 已关闭: dropped without being done, for a stated reason. */
    CLOSED;

    /**
     * Whether a task in this status needs no more work: done or closed.
     *
     * @return true for {@link #DONE} and {@link #CLOSED}
     */
    public boolean isFinished() {
        return this == DONE || this == CLOSED;
    }
}
