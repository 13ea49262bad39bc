package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.rule.Labelled;

/** Who owes a daily report (进度日报) on each reporting day. */
public enum ReportDuty implements Labelled {
    /** One report from anyone on the team covers the day. */
    TEAM,
    /** Every module lead reports (the overall lead when no module has a lead). */
    MODULE_LEADS,
    /** Every member reports. */
    EVERY_MEMBER
}
