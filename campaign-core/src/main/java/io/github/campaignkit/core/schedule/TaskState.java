package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.Labelled;

/** Where a task stands in a forecast, as the Gantt's status column (状态) says it. */
public enum TaskState implements Labelled {
    /** 未开始: no work reported. */
    NOT_STARTED,
    /** 进行中: started, not finished, on time. */
    IN_PROGRESS,
    /** 已完成: finished. */
    DONE,
    /** 延期: not finished and behind: later than its baseline finish, or unable to meet its own deadline. */
    DELAYED
}
