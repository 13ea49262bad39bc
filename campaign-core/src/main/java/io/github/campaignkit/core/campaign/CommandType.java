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
    /** Revise the budget plan (a new version once the budget is decided). */
    REVISE_BUDGET,
    /** Submit the budget for review and approval. */
    SUBMIT_BUDGET,
    /** Give a department's review opinion on the budget. */
    REVIEW_BUDGET,
    /** Approve the budget. */
    APPROVE_BUDGET,
    /** Reject the budget. */
    REJECT_BUDGET,
    /** Record actual spend against a budget line. */
    RECORD_SPEND,
    /** Explain a budget line's variance. */
    EXPLAIN_VARIANCE,
    /** Agree how partners share the costs. */
    AGREE_COST_SHARING,
    /** Settle the costs between the partners. */
    SETTLE_COSTS,
    /** Replace the campaign's risk register, keeping its histories and readings. */
    REVISE_RISKS,
    /** Apply a trigger evaluation: the risks that fired become triggered. */
    FIRE_RISKS,
    /** Change one risk's status by hand. */
    CHANGE_RISK_STATUS,
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
    RESOLVE_ISSUE,
    /** Sign the campaign's goals for a department. */
    SIGN_GOALS,
    /** Replace the campaign's schedule (plan, progress or baseline). */
    REVISE_SCHEDULE,
    /** Replace the supply plan. */
    REVISE_SUPPLY,
    /** Choose the supplier for a need. */
    CHOOSE_SUPPLIER,
    /** Record the day a material arrived. */
    RECORD_DELIVERY,
    /** Record a supplier's evaluation. */
    EVALUATE_SUPPLIER,
    /** Replace the on-site event plan. */
    REVISE_EVENT,
    /** Record the evaluation report (活动效果评估报告). */
    RECORD_EVALUATION,
    /** Record the retrospective (复盘报告). */
    RECORD_RETROSPECTIVE,
    /** Replace the partner plan (candidates, ranking, partners, duties and shares). */
    REVISE_PARTNERS,
    /** Replace the outreach plan (channel matrix and creative plan). */
    REVISE_OUTREACH
}
