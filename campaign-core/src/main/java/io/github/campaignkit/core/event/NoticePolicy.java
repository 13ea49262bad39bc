package io.github.campaignkit.core.event;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many days before the event each kind of notice goes out at the latest. Seed 002: the internal
 * 活动协作函 one week before (提前1周), the external reminder three days before (提前3天提醒参会).
 *
 * @param internalDaysBefore days before the event the internal notice is due, at least 0
 * @param externalDaysBefore days before the event the external reminder is due, at least 0
 */
public record NoticePolicy(int internalDaysBefore, int externalDaysBefore) {

    private static final NoticePolicy STANDARD = new NoticePolicy(7, 3);

    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException if one is negative, naming it
     */
    public NoticePolicy {
        if (internalDaysBefore < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "internalDaysBefore", internalDaysBefore);
        }
        if (externalDaysBefore < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "externalDaysBefore", externalDaysBefore);
        }
    }

    /**
     * Seed 002's policy: internal 7 days before, external 3 days before.
     *
     * @return the policy
     */
    public static NoticePolicy standard() {
        return STANDARD;
    }

    /**
     * The last day a notice of a kind may go out for an event on a day.
     *
     * @param kind      the kind of notice
     * @param eventDate the event's day
     * @return the deadline
     */
    public LocalDate deadline(NoticeKind kind, LocalDate eventDate) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventDate, "eventDate");
        return eventDate.minusDays(kind == NoticeKind.INTERNAL ? internalDaysBefore : externalDaysBefore);
    }
}
