package io.github.campaignkit.core.event;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.team.MemberId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One segment of a run of show (活动流程时间轴): what happens, from when, for how long, and who runs it.
 * A segment lies within one day: it starts at a time of day and ends at the latest at midnight.
 *
 * @param name     what happens, e.g. {@code 领导致辞}
 * @param kind     the kind of segment
 * @param start    the time it starts
 * @param duration how long it lasts, above zero
 * @param owner    负责人, who runs it
 */
@Value.Builder
public record Segment(String name, SegmentKind kind, LocalTime start, Duration duration, MemberId owner) {

    private static final long DAY = Duration.ofDays(1).getSeconds();

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the duration is zero or negative, or runs past midnight,
     *                                  naming {@code duration}
     */
    public Segment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(owner, "owner");
        if (duration.isNegative() || duration.isZero()) {
            throw InvalidValueException.of(EventViolation.SEGMENT_DURATION, "duration", duration, name);
        }
        if (start.toSecondOfDay() + duration.getSeconds() > DAY) {
            throw InvalidValueException.of(EventViolation.PAST_MIDNIGHT, "duration", name, start, duration);
        }
    }

    /**
     * A builder for a segment.
     *
     * @return a new builder
     */
    public static SegmentBuilder builder() {
        return new SegmentBuilder();
    }

    /**
     * A segment.
     *
     * @param name     what happens
     * @param kind     the kind
     * @param start    when it starts
     * @param minutes  how many minutes it lasts
     * @param owner    who runs it
     * @return the segment
     */
    public static Segment of(String name, SegmentKind kind, LocalTime start, long minutes, MemberId owner) {
        return new Segment(name, kind, start, Duration.ofMinutes(minutes), owner);
    }

    /**
     * When it ends, as seconds of the day (86,400 for a segment that ends at midnight).
     *
     * @return the end, in seconds since midnight
     */
    public long endSecond() {
        return start.toSecondOfDay() + duration.getSeconds();
    }

    /**
     * When it ends, as a time of day ({@code 00:00} for a segment that ends at midnight).
     *
     * @return the end
     */
    public LocalTime end() {
        return start.plus(duration);
    }

    /**
     * Whether it shares time with another segment; segments that touch (one ends when the other
     * starts) do not overlap.
     *
     * @param other the other segment
     * @return true when they overlap
     */
    public boolean overlaps(Segment other) {
        Objects.requireNonNull(other, "other");
        return start.toSecondOfDay() < other.endSecond() && other.start.toSecondOfDay() < endSecond();
    }

    /**
     * This segment moved by an offset.
     *
     * @param offset how far, forwards or backwards
     * @return a copy starting {@code offset} later
     * @throws IllegalArgumentException if the segment would leave its day, naming {@code offset}
     */
    public Segment shiftedBy(Duration offset) {
        Objects.requireNonNull(offset, "offset");
        long moved = start.toSecondOfDay() + offset.getSeconds();
        if (moved < 0 || moved + duration.getSeconds() > DAY || offset.getNano() != 0) {
            throw InvalidValueException.of(EventViolation.LEAVES_DAY, "offset", name, offset);
        }
        return new Segment(name, kind, LocalTime.ofSecondOfDay(moved), duration, owner);
    }
}
