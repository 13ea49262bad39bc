package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Labelled;

/** The kinds of {@link CampaignCommand}, for messages and access policies. */
public enum CommandType implements Labelled {
    /** Move to the next stage. */
    ADVANCE,
    /** Put the campaign on hold. */
    HOLD,
    /** Resume a held campaign. */
    RESUME,
    /** Cancel the campaign. */
    CANCEL,
    /** Replace the campaign's profile. */
    REVISE_PROFILE,
    /** Replace the campaign's team. */
    REVISE_TEAM,
    /** Replace the campaign's task board and RACI matrix. */
    REVISE_BOARD,
    /** Change the status of a task on the board. */
    CHANGE_TASK_STATUS,
    /** Record a remedy plan for a delayed task. */
    PLAN_REMEDY,
    /** Submit a daily report. */
    SUBMIT_REPORT,
    /** Write an entry of the execution log. */
    RECORD_LOG_ENTRY,
    /** Raise an issue. */
    RAISE_ISSUE,
    /** Record a decision on an issue. */
    DECIDE_ISSUE,
    /** Resolve an issue. */
    RESOLVE_ISSUE
}
