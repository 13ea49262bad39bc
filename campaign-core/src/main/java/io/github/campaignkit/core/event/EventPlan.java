package io.github.campaignkit.core.event;

import io.github.campaignkit.core.internal.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An on-site event of a campaign (现场活动): its day, the venue booking, the run of show (活动流程, 签到 →
 * 开场 → 致辞 → 讲解 → 互动 → 签约 → 合影) and the notices sent before it, under a {@link NoticePolicy}.
 * {@link EventRules} say what is wrong or late.
 *
 * @param date     the event's day; empty until fixed, and in a template
 * @param booking  the venue booking, once made
 * @param segments the run of show, in the order it is printed
 * @param notices  the internal and external notices
 * @param policy   how early notices go out
 */
@Value.Builder
public record EventPlan(Optional<LocalDate> date, Optional<VenueBooking> booking, List<Segment> segments,
                        List<Notice> notices, NoticePolicy policy) {

    private static final EventPlan EMPTY = new EventPlan(Optional.empty(), Optional.empty(), List.of(), List.of(),
            NoticePolicy.standard());

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public EventPlan {
        Checks.optional(date, "date");
        Checks.optional(booking, "booking");
        segments = Checks.list(segments, "segments");
        notices = Checks.list(notices, "notices");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * No on-site event: no day, no booking, no segment, no notice, the standard policy. It passes
     * every event rule.
     *
     * @return the empty plan
     */
    public static EventPlan empty() {
        return EMPTY;
    }

    /**
     * A builder for a plan (the standard policy unless set).
     *
     * @return a new builder
     */
    public static EventPlanBuilder builder() {
        return new EventPlanBuilder().policy(NoticePolicy.standard());
    }

    /**
     * A builder that starts from this plan.
     *
     * @return a builder holding every component of this plan
     */
    public EventPlanBuilder toBuilder() {
        return new EventPlanBuilder().from(this);
    }

    /**
     * The skeleton of this event for the next campaign: the same venue booking (times of day), run
     * of show (names, kinds, times of day, durations, owners), notices (kind, audience, channel) and
     * policy. Stripped: the event's date and each notice's scheduled and sent days.
     *
     * @return the template
     */
    public EventPlan template() {
        List<Notice> bare = notices.stream().map(n -> new Notice(n.kind(), n.audience(), n.channel(),
                Optional.empty(), Optional.empty())).collect(Collectors.toList());
        return new EventPlan(Optional.empty(), booking, segments, bare, policy);
    }

    /**
     * The run of show and the booking moved by the same offset, e.g. when the venue is only free an
     * hour later. The day and the notices stay.
     *
     * @param offset how far, forwards or backwards
     * @return a copy
     * @throws IllegalArgumentException if a segment or the booking would leave its day, naming
     *                                  {@code offset}
     */
    public EventPlan shiftedBy(Duration offset) {
        Objects.requireNonNull(offset, "offset");
        List<Segment> moved = segments.stream().map(s -> s.shiftedBy(offset)).collect(Collectors.toList());
        return new EventPlan(date, booking.map(b -> b.shiftedBy(offset)), moved, notices, policy);
    }

    /**
     * The total length of the run of show, the sum of the segments' durations.
     *
     * @return the total
     */
    public Duration totalDuration() {
        return segments.stream().map(Segment::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The last day a notice may go out, when the event's day is fixed.
     *
     * @param notice the notice
     * @return its deadline, empty without a date
     */
    public Optional<LocalDate> deadline(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        return date.map(d -> policy.deadline(notice.kind(), d));
    }
}
