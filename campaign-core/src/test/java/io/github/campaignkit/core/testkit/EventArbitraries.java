package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.NoticeKind;
import io.github.campaignkit.core.event.NoticePolicy;
import io.github.campaignkit.core.event.Segment;
import io.github.campaignkit.core.event.SegmentKind;
import io.github.campaignkit.core.event.VenueBooking;
import io.github.campaignkit.core.team.MemberId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the types of package {@code event}: segments, venue bookings, notices, policies
 * and event plans. {@link #readyPlans(List)} gives plans that pass
 * {@link io.github.campaignkit.core.event.EventRules#readyForExecution()}.
 */
public final class EventArbitraries {

    /** The earliest hour a generated ready booking starts. */
    public static final int BOOKING_FROM_MIN_HOUR = 6;
    /** The latest hour a generated ready booking starts; it lasts ten hours. */
    public static final int BOOKING_FROM_MAX_HOUR = 10;

    private EventArbitraries() {
    }

    /**
     * Segments of any kind, 1 to 180 minutes, within one day.
     *
     * @return the generator
     */
    public static Arbitrary<Segment> segments() {
        return Combinators.combine(CampaignArbitraries.texts(), Arbitraries.of(SegmentKind.class),
                        Arbitraries.integers().between(0, 24 * 60 - 181), Arbitraries.integers().between(1, 180),
                        CampaignArbitraries.memberIds())
                .as((name, kind, start, minutes, owner) -> Segment.of(name, kind, LocalTime.ofSecondOfDay(start * 60L),
                        minutes, owner));
    }

    /**
     * Venue bookings of 1 to 12 hours.
     *
     * @return the generator
     */
    public static Arbitrary<VenueBooking> bookings() {
        return Combinators.combine(CampaignArbitraries.texts(), Arbitraries.integers().between(0, 11 * 60),
                        Arbitraries.integers().between(60, 12 * 60))
                .as((venue, from, length) -> new VenueBooking(venue, LocalTime.ofSecondOfDay(from * 60L),
                        LocalTime.ofSecondOfDay((from + length) * 60L)));
    }

    /**
     * Notices, scheduled or not, sent or not.
     *
     * @return the generator
     */
    public static Arbitrary<Notice> notices() {
        return Combinators.combine(Arbitraries.of(NoticeKind.class), CampaignArbitraries.texts(),
                        Arbitraries.of("邮件", "短信", "公众号", "e-mail"), CampaignArbitraries.dates().optional(0.8),
                        CampaignArbitraries.dates().optional(0.4))
                .as(Notice::new);
    }

    /**
     * Notice policies of 0 to 14 days.
     *
     * @return the generator
     */
    public static Arbitrary<NoticePolicy> policies() {
        return Combinators.combine(Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 14))
                .as(NoticePolicy::new);
    }

    /**
     * Event plans of any shape, valid or not.
     *
     * @return the generator
     */
    public static Arbitrary<EventPlan> plans() {
        return Combinators.combine(CampaignArbitraries.dates().optional(0.8), bookings().optional(0.8),
                        segments().list().ofMaxSize(5), notices().list().ofMaxSize(3), policies())
                .as(EventPlan::new);
    }

    /**
     * Event plans ready for execution with the standard policy: a day, a ten-hour booking starting
     * between {@value #BOOKING_FROM_MIN_HOUR}:00 and {@value #BOOKING_FROM_MAX_HOUR}:00, one to seven
     * segments in the seed's order, back to back or with gaps, inside the booking, owned by the given
     * people, and an internal and an external notice scheduled by their deadlines (sometimes sent);
     * or, a quarter of the time, no event at all.
     *
     * @param owners who may own segments, not empty
     * @return the generator
     */
    public static Arbitrary<EventPlan> readyPlans(List<MemberId> owners) {
        if (owners.isEmpty()) {
            throw new IllegalArgumentException("owners: at least one");
        }
        Arbitrary<EventPlan> events = Combinators.combine(CampaignArbitraries.dates(),
                        Arbitraries.integers().between(BOOKING_FROM_MIN_HOUR * 60, BOOKING_FROM_MAX_HOUR * 60),
                        Arbitraries.integers().between(0, 15).list().ofSize(7),
                        Arbitraries.integers().between(5, 60).list().ofSize(7), Arbitraries.integers().between(1, 7),
                        Arbitraries.integers().between(0, owners.size() - 1).list().ofSize(7),
                        Arbitraries.integers().between(0, 5).list().ofSize(2), Arbitraries.of(true, false))
                .as((day, from, gaps, lengths, count, picks, early, sent) -> {
                    List<Segment> segments = new ArrayList<>();
                    int at = from;
                    SegmentKind[] kinds = {SegmentKind.CHECK_IN, SegmentKind.OPENING, SegmentKind.SPEECH,
                            SegmentKind.PRESENTATION, SegmentKind.INTERACTION, SegmentKind.SIGNING, SegmentKind.PHOTO};
                    for (int i = 0; i < count; i++) {
                        at += gaps.get(i);
                        segments.add(Segment.of(kinds[i].name().toLowerCase(java.util.Locale.ROOT) + "环节", kinds[i],
                                LocalTime.ofSecondOfDay(at * 60L), lengths.get(i), owners.get(picks.get(i))));
                        at += lengths.get(i);
                    }
                    VenueBooking booking = new VenueBooking("会议中心", LocalTime.ofSecondOfDay(from * 60L),
                            LocalTime.ofSecondOfDay((from + 600) * 60L));
                    LocalDate internal = day.minusDays(7 + early.get(0));
                    LocalDate external = day.minusDays(3 + early.get(1));
                    List<Notice> notices = List.of(
                            new Notice(NoticeKind.INTERNAL, "销售部", "邮件", Optional.of(internal),
                                    sent ? Optional.of(internal) : Optional.empty()),
                            new Notice(NoticeKind.EXTERNAL, "受邀客户", "短信", Optional.of(external), Optional.empty()));
                    return EventPlan.builder().date(day).booking(booking).segments(segments).notices(notices).build();
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, events),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(EventPlan.empty())));
    }

    /**
     * Offsets a {@linkplain #readyPlans ready plan} can be moved by without leaving its day: from
     * {@value #BOOKING_FROM_MIN_HOUR} hours earlier to three hours later, to the minute.
     *
     * @return the generator
     */
    public static Arbitrary<Duration> offsets() {
        return Arbitraries.integers().between(-BOOKING_FROM_MIN_HOUR * 60, 3 * 60).map(Duration::ofMinutes);
    }
}
