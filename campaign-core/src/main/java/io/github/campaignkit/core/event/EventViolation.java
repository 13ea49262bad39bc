package io.github.campaignkit.core.event;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes the event rules raise. */
public enum EventViolation implements ViolationCode {
    /** Two segments of the run of show share time. */
    SEGMENT_OVERLAP("event.segment.overlap", Severity.ERROR),
    /** A segment lies outside the venue booking. */
    SEGMENT_OUTSIDE_BOOKING("event.segment.outside-booking", Severity.ERROR),
    /** A segment has a blank name. */
    SEGMENT_NAME_BLANK("event.segment.name-blank", Severity.ERROR),
    /** A segment comes before one it follows in the standard order (签到 → … → 合影). */
    SEGMENT_OUT_OF_ORDER("event.segment.out-of-order", Severity.WARNING),
    /** The run of show has segments but no venue is booked. */
    BOOKING_MISSING("event.booking.missing", Severity.ERROR),
    /** The event has segments or notices but no day. */
    DATE_MISSING("event.date.missing", Severity.ERROR),
    /** The event has a run of show but no notice of a kind. */
    NOTICE_MISSING("event.notice.missing", Severity.ERROR),
    /** A notice is not scheduled. */
    NOTICE_UNSCHEDULED("event.notice.unscheduled", Severity.ERROR),
    /** A notice is scheduled after its deadline. */
    NOTICE_SCHEDULED_LATE("event.notice.scheduled-late", Severity.ERROR),
    /** A notice went out after its deadline: a warning, since what was sent cannot be unsent. */
    NOTICE_SENT_LATE("event.notice.sent-late", Severity.WARNING),
    /** A notice's deadline has passed and it is not sent. */
    NOTICE_OVERDUE("event.notice.overdue", Severity.ERROR),
    /** A refused value: Must be above zero: … for segment '…'. */
    SEGMENT_DURATION("event.value.segment-duration", Severity.ERROR),
    /** A refused value: Segment '…' starting at … for … runs past midnight. */
    PAST_MIDNIGHT("event.value.past-midnight", Severity.ERROR),
    /** A refused value: Moving '…' by … leaves its day. */
    LEAVES_DAY("event.value.leaves-day", Severity.ERROR),
    /** A refused value: The booking of … ends at …, not after it starts at …. */
    BOOKING_END("event.value.booking-end", Severity.ERROR);

    private final String code;
    private final Severity severity;

    EventViolation(String code, Severity severity) {
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
