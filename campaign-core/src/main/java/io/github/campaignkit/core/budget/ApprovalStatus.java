package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.Labelled;

/**
 * Where a budget version is in its approval: {@link #DRAFT} → {@link #SUBMITTED} →
 * {@link #APPROVED} or {@link #REJECTED}.
 */
public enum ApprovalStatus implements Labelled {
    /** 草稿: being written; may be revised in place. */
    DRAFT,
    /** 审批中: submitted; reviewers give opinions, the approver decides. */
    SUBMITTED,
    /** 已批准: the approver approved it; a change makes a new version. */
    APPROVED,
    /** 已驳回: the approver rejected it; a change makes a new version. */
    REJECTED;

    /**
     * Whether the version is decided, approved or rejected, so that a change makes a new version.
     *
     * @return true for {@link #APPROVED} and {@link #REJECTED}
     */
    public boolean isDecided() {
        return this == APPROVED || this == REJECTED;
    }
}
