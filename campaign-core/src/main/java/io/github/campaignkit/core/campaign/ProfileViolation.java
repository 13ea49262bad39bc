package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes {@link ProfileRules} raise. */
public enum ProfileViolation implements ViolationCode {
    /** The campaign has no name. */
    NAME_BLANK("campaign.profile.name.blank", Severity.ERROR),
    /** The campaign has no theme. */
    THEME_BLANK("campaign.profile.theme.blank", Severity.ERROR),
    /** A slogan is given but blank. */
    SLOGAN_BLANK("campaign.profile.slogan.blank", Severity.ERROR),
    /** The target audience is not described. */
    AUDIENCE_BLANK("campaign.profile.audience.blank", Severity.ERROR),
    /** No department takes part. */
    DEPARTMENTS_EMPTY("campaign.profile.departments.empty", Severity.ERROR),
    /** A department is listed twice. */
    DEPARTMENT_DUPLICATE("campaign.profile.department.duplicate", Severity.ERROR),
    /** A mechanic (玩法) is blank. */
    MECHANIC_BLANK("campaign.profile.mechanic.blank", Severity.ERROR),
    /** The window is not divided into phases. */
    PHASES_EMPTY("campaign.profile.phases.empty", Severity.WARNING),
    /** A phase reaches outside the campaign window. */
    PHASE_OUTSIDE_WINDOW("campaign.profile.phase.outside-window", Severity.ERROR),
    /** A phase kind is listed twice. */
    PHASE_DUPLICATE("campaign.profile.phase.duplicate", Severity.ERROR),
    /** A phase is listed, or starts, before the phase that should precede it. */
    PHASE_OUT_OF_ORDER("campaign.profile.phase.out-of-order", Severity.ERROR),
    /** Two phases share days. */
    PHASE_OVERLAP("campaign.profile.phase.overlap", Severity.ERROR);

    private final String code;
    private final Severity severity;

    ProfileViolation(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
