package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.rule.Labelled;

/** Where an issue stands: raised, answered with a decision, or resolved. */
public enum IssueStatus implements Labelled {
    /** 待处理: raised, no decision yet. */
    OPEN,
    /** 已答复: a decision was given, the fix is under way. */
    ANSWERED,
    /** 已解决: fixed and closed. */
    RESOLVED
}
