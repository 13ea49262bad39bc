package io.github.campaignkit.core.event;

import io.github.campaignkit.core.rule.InvalidValueException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The time a venue is booked for, on the event's day; every segment of the run of show must fit in it.
 *
 * @param venue the venue, e.g. {@code 国际会议中心3号厅}
 * @param from  when the booking starts
 * @param until when it ends, after {@code from}
 */
public record VenueBooking(String venue, LocalTime from, LocalTime until) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if {@code until} is not after {@code from}, naming {@code until}
     */
    public VenueBooking {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw InvalidValueException.of(EventViolation.BOOKING_END, "until", venue, until, from);
        }
    }

    /**
     * Whether a segment lies within the booking.
     *
     * @param segment the segment
     * @return true when it starts at or after {@code from} and ends at or before {@code until}
     */
    public boolean covers(Segment segment) {
        Objects.requireNonNull(segment, "segment");
        return !segment.start().isBefore(from) && segment.endSecond() <= until.toSecondOfDay();
    }

    /**
     * This booking moved by an offset.
     *
     * @param offset how far
     * @return a copy
     * @throws IllegalArgumentException if the booking would leave its day, naming {@code offset}
     */
    public VenueBooking shiftedBy(Duration offset) {
        Objects.requireNonNull(offset, "offset");
        long newFrom = from.toSecondOfDay() + offset.getSeconds();
        long newUntil = until.toSecondOfDay() + offset.getSeconds();
        if (newFrom < 0 || newUntil >= Duration.ofDays(1).getSeconds() || offset.getNano() != 0) {
            throw InvalidValueException.of(EventViolation.LEAVES_DAY, "offset", venue, offset);
        }
        return new VenueBooking(venue, LocalTime.ofSecondOfDay(newFrom), LocalTime.ofSecondOfDay(newUntil));
    }
}
