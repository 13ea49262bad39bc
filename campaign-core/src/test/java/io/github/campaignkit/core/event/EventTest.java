package io.github.campaignkit.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final MemberId WANG = MemberId.of("wang");
    private static final LocalDate DAY = LocalDate.of(2024, 4, 18);
    private static final VenueBooking HALL = new VenueBooking("3号厅", LocalTime.of(13, 0), LocalTime.of(17, 0));

    private static Segment at(String name, SegmentKind kind, int hour, int minute, long minutes) {
        return Segment.of(name, kind, LocalTime.of(hour, minute), minutes, WANG);
    }

    private static EventPlan plan(List<Segment> segments, List<Notice> notices) {
        return EventPlan.builder().date(DAY).booking(HALL).segments(segments).notices(notices).build();
    }

    private static List<Notice> notices() {
        return List.of(Notice.scheduled(NoticeKind.INTERNAL, "销售部", "邮件", DAY.minusDays(7)),
                Notice.scheduled(NoticeKind.EXTERNAL, "受邀客户", "短信", DAY.minusDays(3)));
    }

    @Test
    void aSegmentOfNegativeOrZeroLengthIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new Segment("致辞", SegmentKind.SPEECH, LocalTime.of(14, 0), Duration.ofMinutes(-5), WANG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duration: ")
                .hasMessageContaining("PT-5M");
        assertThatThrownBy(() -> Segment.of("致辞", SegmentKind.SPEECH, LocalTime.of(14, 0), 0, WANG))
                .hasMessageStartingWith("duration: ");
        assertThatThrownBy(() -> Segment.of("晚宴", SegmentKind.OTHER, LocalTime.of(23, 0), 61, WANG))
                .hasMessageStartingWith("duration: ").hasMessageContaining("midnight");
        assertThatThrownBy(() -> new VenueBooking("厅", LocalTime.NOON, LocalTime.NOON)).hasMessageStartingWith("until: ");
        assertThatThrownBy(() -> new NoticePolicy(-1, 3)).hasMessageStartingWith("internalDaysBefore: ");
    }

    @Test
    void overlappingSegmentsAreViolationsAtTheLaterOne() {
        EventPlan plan = plan(List.of(at("签到", SegmentKind.CHECK_IN, 13, 30, 30),
                at("开场", SegmentKind.OPENING, 13, 50, 10), at("致辞", SegmentKind.SPEECH, 14, 0, 15)), notices());

        Seq<Violation> found = EventRules.runOfShow().check(plan);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("event.segment.overlap");
            assertThat(v.path()).isEqualTo("segments[1].start");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("环节“开场”（13:50 开始）与“签到”（13:30–14:00）时间重叠。");
        });
    }

    @Test
    void segmentsThatTouchDoNotOverlapAndOrderOfListingDoesNotMatter() {
        EventPlan plan = plan(List.of(at("致辞", SegmentKind.SPEECH, 14, 0, 15), at("签到", SegmentKind.CHECK_IN, 13, 30, 30)),
                notices());
        assertThat(EventRules.readyForExecution().check(plan)).isEmpty();
    }

    @Test
    void segmentsMustFitTheBooking() {
        EventPlan plan = plan(List.of(at("签到", SegmentKind.CHECK_IN, 12, 45, 30), at("合影", SegmentKind.PHOTO, 16, 50, 15)),
                notices());
        assertThat(EventRules.runOfShow().check(plan).map(v -> v.code() + "@" + v.path())).containsExactly(
                "event.segment.outside-booking@segments[0].start", "event.segment.outside-booking@segments[1].start");
        EventPlan unbooked = plan.toBuilder().booking(java.util.Optional.empty()).build();
        assertThat(EventRules.runOfShow().check(unbooked).map(Violation::code)).containsExactly("event.booking.missing");
    }

    @Test
    void segmentsOutOfTheSeedsOrderAreAWarning() {
        EventPlan plan = plan(List.of(at("合影", SegmentKind.PHOTO, 13, 30, 10), at("签约", SegmentKind.SIGNING, 13, 40, 10)),
                notices());
        assertThat(EventRules.runOfShow().check(plan)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("event.segment.out-of-order");
            assertThat(v.isWarning()).isTrue();
        });
    }

    @Test
    void noticesAreDueSevenAndThreeDaysBefore() {
        EventPlan plan = plan(List.of(at("签到", SegmentKind.CHECK_IN, 13, 30, 30)), List.of(
                Notice.scheduled(NoticeKind.INTERNAL, "销售部", "邮件", DAY.minusDays(6)),
                Notice.scheduled(NoticeKind.EXTERNAL, "受邀客户", "短信", DAY.minusDays(4)).sentOn(DAY.minusDays(2))));

        assertThat(plan.deadline(plan.notices().get(0))).contains(LocalDate.of(2024, 4, 11));
        assertThat(plan.deadline(plan.notices().get(1))).contains(LocalDate.of(2024, 4, 15));
        assertThat(EventRules.notices().check(plan).map(v -> v.code() + "@" + v.path() + "/" + v.severity()))
                .containsExactly("event.notice.scheduled-late@notices[0].scheduledOn/ERROR",
                        "event.notice.sent-late@notices[1].sentOn/WARNING");
        assertThat(EventRules.notices().check(plan).get(0).message(Locale.ENGLISH))
                .isEqualTo("The internal notice to 销售部 is scheduled for 2024-04-12, after its deadline 2024-04-11.");
    }

    @Test
    void anUnsentNoticeIsOverdueAfterItsDeadline() {
        EventPlan plan = plan(List.of(), notices());
        assertThat(EventRules.notices(LocalDate.of(2024, 4, 11)).check(plan)).isEmpty();
        assertThat(EventRules.notices(LocalDate.of(2024, 4, 12)).check(plan).map(v -> v.code() + "@" + v.path()))
                .containsExactly("event.notice.overdue@notices[0].sentOn");
        assertThat(EventRules.notices(LocalDate.of(2024, 4, 16)).check(plan)).hasSize(2);
        EventPlan sent = plan.toBuilder().notices(List.of(plan.notices().get(0).sentOn(DAY.minusDays(8)),
                plan.notices().get(1).sentOn(DAY.minusDays(3)))).build();
        assertThat(EventRules.notices(DAY).check(sent)).isEmpty();
    }

    @Test
    void aRunOfShowNeedsADayAndBothKindsOfNotice() {
        EventPlan plan = EventPlan.builder().booking(HALL).addSegments(at("签到", SegmentKind.CHECK_IN, 13, 30, 30)).build();
        assertThat(EventRules.readyForExecution().check(plan).map(v -> v.code() + "@" + v.path())).containsExactly(
                "event.date.missing@date", "event.notice.missing@notices", "event.notice.missing@notices");
        assertThat(EventRules.readyForExecution().check(EventPlan.empty())).isEmpty();
    }

    @Test
    void theTemplateHasNoDates() {
        EventPlan plan = plan(List.of(at("签到", SegmentKind.CHECK_IN, 13, 30, 30)),
                List.of(notices().get(0).sentOn(DAY.minusDays(8)), notices().get(1)));
        EventPlan template = plan.template();
        assertThat(template.date()).isEmpty();
        assertThat(template.notices()).allSatisfy(n -> {
            assertThat(n.scheduledOn()).isEmpty();
            assertThat(n.sentOn()).isEmpty();
        });
        assertThat(template.segments()).isEqualTo(plan.segments());
        assertThat(template.booking()).isEqualTo(plan.booking());
    }

    @Test
    void shiftingLeavingTheDayIsRefused() {
        EventPlan plan = plan(List.of(at("签到", SegmentKind.CHECK_IN, 13, 30, 30)), notices());
        assertThat(plan.shiftedBy(Duration.ofHours(1)).segments().get(0).start()).isEqualTo(LocalTime.of(14, 30));
        assertThat(plan.shiftedBy(Duration.ofHours(1)).booking().orElseThrow().until()).isEqualTo(LocalTime.of(18, 0));
        assertThatThrownBy(() -> plan.shiftedBy(Duration.ofHours(-14))).hasMessageStartingWith("offset: ");
    }
}
