package io.github.campaignkit.core.event;

import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The rules of an {@link EventPlan}. Paths are relative to the plan ({@code segments[2].start},
 * {@code notices[0].sentOn}); every finding is reported.
 */
public final class EventRules {

    private static final Rule<EventPlan> RUN_OF_SHOW = EventRules::runOfShowCheck;
    private static final Rule<EventPlan> NOTICES = EventRules::noticesCheck;
    private static final Rule<EventPlan> READY = RUN_OF_SHOW.and(NOTICES).and(EventRules::completeness);

    private EventRules() {
    }

    /**
     * The run of show: no blank segment name, no two segments sharing time
     * ({@link EventViolation#SEGMENT_OVERLAP} at the later one's {@code start}), every segment within
     * the venue booking ({@link EventViolation#SEGMENT_OUTSIDE_BOOKING}), a booking whenever there
     * are segments, and, as a warning, the seed's order of kinds (签到 → 开场 → 致辞 → 讲解 → 互动 → 签约
     * → 合影) when segments are taken by start time.
     *
     * @return the rule
     */
    public static Rule<EventPlan> runOfShow() {
        return RUN_OF_SHOW;
    }

    /**
     * The notices as planned and sent: each is scheduled ({@link EventViolation#NOTICE_UNSCHEDULED}),
     * scheduled no later than its deadline ({@link EventViolation#NOTICE_SCHEDULED_LATE}) and, once
     * sent, sent no later than it ({@link EventViolation#NOTICE_SENT_LATE}). Deadlines need the
     * event's day ({@link EventViolation#DATE_MISSING} otherwise).
     *
     * @return the rule
     */
    public static Rule<EventPlan> notices() {
        return NOTICES;
    }

    /**
     * The notices as of a day: a notice not sent whose deadline has passed
     * ({@link EventViolation#NOTICE_OVERDUE} at {@code notices[i].sentOn}).
     *
     * @param asOf the day, typically {@code LocalDate.now(clock)}
     * @return the rule
     */
    public static Rule<EventPlan> notices(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return plan -> {
            Seq<Violation> found = List.empty();
            for (int i = 0; i < plan.notices().size(); i++) {
                Notice notice = plan.notices().get(i);
                if (notice.sentOn().isPresent() || plan.date().isEmpty()) {
                    continue;
                }
                LocalDate deadline = plan.deadline(notice).orElseThrow();
                if (asOf.isAfter(deadline)) {
                    found = found.append(Violation.of(EventViolation.NOTICE_OVERDUE,
                            RulePaths.indexed("notices", i) + ".sentOn", notice.kind(), notice.audience(), deadline, asOf));
                }
            }
            return found;
        };
    }

    /**
     * What an event needs before execution (the gate out of preparation): {@link #runOfShow()},
     * {@link #notices()}, and, when there is a run of show, a day and at least one notice of each
     * kind. An empty plan (no on-site event) passes.
     *
     * @return the rule
     */
    public static Rule<EventPlan> readyForExecution() {
        return READY;
    }

    private static Seq<Violation> runOfShowCheck(EventPlan plan) {
        Seq<Violation> found = List.empty();
        java.util.List<Segment> segments = plan.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String path = RulePaths.indexed("segments", i);
            if (s.name().isBlank()) {
                found = found.append(Violation.of(EventViolation.SEGMENT_NAME_BLANK, path + ".name", i + 1));
            }
            if (plan.booking().isPresent() && !plan.booking().get().covers(s)) {
                VenueBooking b = plan.booking().get();
                found = found.append(Violation.of(EventViolation.SEGMENT_OUTSIDE_BOOKING, path + ".start", s.name(),
                        s.start(), s.end(), b.venue(), b.from(), b.until()));
            }
        }
        if (!segments.isEmpty() && plan.booking().isEmpty()) {
            found = found.append(Violation.of(EventViolation.BOOKING_MISSING, "booking"));
        }
        // By start time: each segment that starts before the latest end so far overlaps that segment.
        java.util.List<Integer> order = IntStream.range(0, segments.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> segments.get(i).start()).thenComparing(i -> i))
                .collect(Collectors.toList());
        int latest = -1;
        int lastKind = -1;
        int lastKindIndex = -1;
        for (int i : order) {
            Segment s = segments.get(i);
            if (latest >= 0 && s.overlaps(segments.get(latest))) {
                Segment other = segments.get(latest);
                found = found.append(Violation.of(EventViolation.SEGMENT_OVERLAP, RulePaths.indexed("segments", i) + ".start",
                        s.name(), s.start(), other.name(), other.start(), other.end()));
            }
            if (latest < 0 || s.endSecond() > segments.get(latest).endSecond()) {
                latest = i;
            }
            if (s.kind() != SegmentKind.OTHER) {
                if (s.kind().ordinal() < lastKind) {
                    found = found.append(Violation.of(EventViolation.SEGMENT_OUT_OF_ORDER,
                            RulePaths.indexed("segments", i) + ".kind", s.name(), segments.get(lastKindIndex).name()));
                } else {
                    lastKind = s.kind().ordinal();
                    lastKindIndex = i;
                }
            }
        }
        return found;
    }

    private static Seq<Violation> noticesCheck(EventPlan plan) {
        Seq<Violation> found = List.empty();
        if (plan.date().isEmpty()) {
            return plan.notices().isEmpty() ? found : found.append(Violation.of(EventViolation.DATE_MISSING, "date"));
        }
        for (int i = 0; i < plan.notices().size(); i++) {
            Notice notice = plan.notices().get(i);
            String path = RulePaths.indexed("notices", i);
            LocalDate deadline = plan.deadline(notice).orElseThrow();
            if (notice.scheduledOn().isEmpty()) {
                found = found.append(Violation.of(EventViolation.NOTICE_UNSCHEDULED, path + ".scheduledOn",
                        notice.kind(), notice.audience()));
            } else if (notice.scheduledOn().get().isAfter(deadline)) {
                found = found.append(Violation.of(EventViolation.NOTICE_SCHEDULED_LATE, path + ".scheduledOn",
                        notice.kind(), notice.audience(), notice.scheduledOn().get(), deadline));
            }
            if (notice.sentOn().filter(d -> d.isAfter(deadline)).isPresent()) {
                found = found.append(Violation.of(EventViolation.NOTICE_SENT_LATE, path + ".sentOn", notice.kind(),
                        notice.audience(), notice.sentOn().get(), deadline));
            }
        }
        return found;
    }

    private static Seq<Violation> completeness(EventPlan plan) {
        Seq<Violation> found = List.empty();
        if (plan.segments().isEmpty()) {
            return found;
        }
        if (plan.date().isEmpty() && plan.notices().isEmpty()) {
            found = found.append(Violation.of(EventViolation.DATE_MISSING, "date"));
        }
        for (NoticeKind kind : NoticeKind.values()) {
            if (plan.notices().stream().noneMatch(n -> n.kind() == kind)) {
                found = found.append(Violation.of(EventViolation.NOTICE_MISSING, "notices", kind));
            }
        }
        return found;
    }
}
