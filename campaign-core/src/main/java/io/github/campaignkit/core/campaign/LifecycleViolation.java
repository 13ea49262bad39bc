package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes a {@link Lifecycle} refuses commands with, besides those of its gates. */
public enum LifecycleViolation implements ViolationCode {
    /** The campaign is closed or cancelled; nothing more can happen to it. */
    TERMINAL("campaign.lifecycle.terminal"),
    /** The command was based on an older revision than the campaign's. */
    STALE_REVISION("campaign.lifecycle.stale-revision"),
    /** The access policy does not let the actor issue the command. */
    ACCESS_DENIED("campaign.lifecycle.access-denied"),
    /** The command needs an open stage but the campaign is on hold. */
    ON_HOLD("campaign.lifecycle.on-hold"),
    /** A resume was issued for a campaign that is not on hold. */
    NOT_ON_HOLD("campaign.lifecycle.not-on-hold"),
    /** A hold or cancellation was issued without a reason. */
    REASON_BLANK("campaign.lifecycle.reason-blank"),
    /** Someone other than a department's head tried to sign the goals for it. */
    NOT_DEPARTMENT_HEAD("campaign.lifecycle.not-department-head"),
    /** No part of the campaign owns the command's change (an application's change never registered). */
    UNROUTED("campaign.lifecycle.unrouted"),
    /** A journal entry's revision does not follow the campaign's: an entry is missing or repeated. */
    JOURNAL_GAP("campaign.journal.revision-gap"),
    /** A refused value: Revision … is not the campaign's revision …. */
    REVISION_MISMATCH("campaign.value.revision-mismatch"),
    /** A refused value: Must be present exactly when the stage is ON_HOLD, stage …, heldStage …. */
    HELD_STAGE("campaign.value.held-stage"),
    /** A refused value: Only an open stage can be held: …. */
    HELD_STAGE_NOT_OPEN("campaign.value.held-stage-not-open"),
    /** A refused value: The last change leads to …, not to the stage …. */
    HISTORY_END("campaign.value.history-end"),
    /** A refused value: Revision … does not follow revision …. */
    REVISION_ORDER("campaign.value.revision-order"),
    /** A refused value: Only an open stage has gates: …. */
    GATE_STAGE("campaign.value.gate-stage"),
    /** A refused value: A stage change must change the stage: … → …. */
    SAME_STAGE("campaign.value.same-stage"),
    /** A refused value: Nothing leaves a terminal stage: …. */
    FROM_TERMINAL("campaign.value.from-terminal");

    private final String code;

    LifecycleViolation(String code) {
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
