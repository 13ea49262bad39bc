package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/**
 * Where two parts of a campaign that hold the same fact disagree, found by
 * {@link CampaignRules#standard()}; each names both values. Warnings: the parts are each valid,
 * and which one is right is the team's call.
 */
public enum AgreementViolation implements ViolationCode {
    /** A task's dates on the board (执行分工表) differ from the dates the Gantt (执行甘特图) computes. */
    TASK_DATES("campaign.agreement.task-dates"),
    /** A task of the Gantt is not on the task board. */
    TASK_NOT_ON_BOARD("campaign.agreement.task-not-on-board"),
    /** A Gantt row names its task otherwise than the board does. */
    TASK_NAME("campaign.agreement.task-name"),
    /** A Gantt row puts its task in another module than the board does. */
    TASK_MODULE("campaign.agreement.task-module"),
    /** A Gantt row gives its task another owner than the board does. */
    TASK_OWNER("campaign.agreement.task-owner"),
    /** The recorded evaluation report gives a goal another actual than the campaign's data and results. */
    EVALUATION_ACTUAL("campaign.agreement.evaluation-actual"),
    /** The recorded evaluation report's return on investment differs from the one computed from the data. */
    EVALUATION_ROI("campaign.agreement.evaluation-roi");

    private final String code;

    AgreementViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }
}
