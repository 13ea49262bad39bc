package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/**
 * The codes the {@linkplain AccessPolicy#standard() standard access policy} refuses the board and
 * tracking commands with; stage and revision commands keep {@link LifecycleViolation#ACCESS_DENIED}.
 */
public enum AccessViolation implements ViolationCode {
    /** The actor is not on the campaign's team. */
    NOT_A_MEMBER("campaign.access.not-a-member"),
    /** The actor is neither the overall lead, nor the lead of the task's module, nor its owner. */
    TASK("campaign.access.task"),
    /** The actor is neither the overall lead nor the lead of the issue's module. */
    ISSUE("campaign.access.issue");

    private final String code;

    AccessViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
