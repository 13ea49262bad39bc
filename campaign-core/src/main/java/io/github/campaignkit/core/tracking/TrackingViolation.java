package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes the tracking rules and the tracking commands raise. */
public enum TrackingViolation implements ViolationCode {
    /** A daily report is dated outside the campaign window. */
    REPORT_OUTSIDE_WINDOW("tracking.report.outside-window", Severity.ERROR),
    /** A member reported twice on the same day. */
    REPORT_DUPLICATE("tracking.report.duplicate", Severity.ERROR),
    /** A daily report says nothing. */
    REPORT_EMPTY("tracking.report.empty", Severity.ERROR),
    /** A line of a daily report is blank. */
    REPORT_ITEM_BLANK("tracking.report.item.blank", Severity.ERROR),
    /** A member who owes a daily report did not submit it by its deadline. */
    REPORT_MISSING("tracking.report.missing", Severity.ERROR),
    /** Nobody submitted a daily report for a day that needs one. */
    REPORT_NONE("tracking.report.none", Severity.ERROR),
    /** A daily report was submitted after its deadline. */
    REPORT_LATE("tracking.report.late", Severity.WARNING),
    /** A log entry has no action. */
    LOG_ACTION_BLANK("tracking.log.action.blank", Severity.ERROR),
    /** An issue id is used twice. */
    ISSUE_DUPLICATE("tracking.issue.duplicate", Severity.ERROR),
    /** An issue has no description. */
    ISSUE_DESCRIPTION_BLANK("tracking.issue.description.blank", Severity.ERROR),
    /** A command names an issue that is not in the log. */
    ISSUE_UNKNOWN("tracking.issue.unknown", Severity.ERROR),
    /** A decision or resolution is given for an issue already resolved. */
    ISSUE_ALREADY_RESOLVED("tracking.issue.already-resolved", Severity.ERROR),
    /** A decision or resolution is blank. */
    ISSUE_DECISION_BLANK("tracking.issue.decision.blank", Severity.ERROR),
    /** An open issue has nobody to answer it: the team has no overall lead. */
    ISSUE_NO_HANDLER("tracking.issue.no-handler", Severity.ERROR),
    /** An issue went one tier up because its handler did not answer in time. */
    ISSUE_ESCALATED("tracking.issue.escalated", Severity.WARNING),
    /** An issue reached the top of its reporting line and is still not answered after the deadline. */
    ISSUE_RESPONSE_OVERDUE("tracking.issue.response.overdue", Severity.ERROR),
    /** An issue was answered after the deadline of the last handler it reached. */
    ISSUE_RESPONSE_LATE("tracking.issue.response.late", Severity.WARNING),
    /** An issue with a resolution deadline is not resolved after it. */
    ISSUE_FIX_OVERDUE("tracking.issue.fix.overdue", Severity.ERROR),
    /** An issue was resolved after its resolution deadline. */
    ISSUE_FIX_LATE("tracking.issue.fix.late", Severity.WARNING),
    /** A big or urgent issue is not resolved. */
    ISSUE_UNRESOLVED("tracking.issue.unresolved", Severity.ERROR),
    /** A refused value: An escalation goes one tier up, not from … to …. */
    ESCALATION_TIER("tracking.value.escalation-tier", Severity.ERROR),
    /** A refused value: Issues go to a module lead or the overall lead, not to …. */
    ISSUE_HANDLER("tracking.value.issue-handler", Severity.ERROR),
    /** A refused value: Summary … is for …, not …. */
    SUMMARY_DATE("tracking.value.summary-date", Severity.ERROR);

    private final String code;
    private final Severity severity;

    TrackingViolation(String code, Severity severity) {
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
