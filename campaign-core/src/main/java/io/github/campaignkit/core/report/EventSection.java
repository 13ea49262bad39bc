package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.event.EventRules;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.Segment;
import io.github.campaignkit.core.event.VenueBooking;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The on-site event (活动流程时间轴): the day and the venue booking, the run of show as an SVG
 * timeline ({@code svg.run-of-show}) on a clock-time axis with the booking shaded behind it and one
 * bar ({@code g.segment}) per segment in order of start, a segment outside the booking marked
 * {@code outside}; then the same segments as a table, the total length, the notices with their
 * deadlines (one row, {@code tr.notice}, each; an unsent one past its deadline on the report's day
 * marked {@code overdue}), and what {@link EventRules#readyForExecution()} and
 * {@link EventRules#notices(LocalDate)} find.
 */
final class EventSection {

    private static final int LABEL = 180;
    private static final int WIDTH = 720;
    private static final int TOP = 24;
    private static final int ROW = 24;

    private EventSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        EventPlan event = campaign.event();
        page.openSection(ReportSection.EVENT);
        if (ReportSection.EVENT.isEmpty(campaign)) {
            page.none("html.none.event");
            page.markup().close();
            return;
        }
        Texts t = page.texts();
        boolean zh = t.chinese();
        Markup m = page.markup();
        page.paragraph(page.get("html.event.day", event.date().map(LocalDate::toString)
                        .orElse(page.get("html.event.noDate")),
                event.booking().map(b -> page.get("html.event.booking", b.venue(), b.from().toString(),
                        b.until().toString())).orElse(page.get("html.event.noBooking"))), "event-day");
        List<Segment> ordered = event.segments().stream().sorted(Comparator.comparing(Segment::start))
                .collect(Collectors.toList());
        if (ordered.isEmpty()) {
            page.none("html.none.segments");
        } else {
            timeline(event, ordered, page);
            page.openTable("run-of-show", page.get("html.event.time"), page.get("html.event.segment"),
                    page.get("html.event.kind"), page.get("html.event.duration"), page.get("html.event.owner"));
            for (Segment s : ordered) {
                page.row(css(event, s), List.of(s.start() + "–" + s.end(), s.name(), s.kind().label(page.locale()),
                        RunOfShowRenderer.minutes(s.duration(), zh), page.member(campaign, Optional.of(s.owner()))), 3);
            }
            page.row("total", List.of("", page.get("html.budget.total"), "",
                    RunOfShowRenderer.minutes(event.totalDuration(), zh), ""), 3);
            page.closeTable();
        }
        Seq<Violation> overdue = EventRules.notices(page.asOf()).check(event);
        m.element("h3", page.get("html.event.notices"));
        if (event.notices().isEmpty()) {
            page.none("html.none.notices");
        } else {
            page.openTable("notices", page.get("html.event.noticeKind"), page.get("html.event.audience"),
                    page.get("html.event.channel"), page.get("html.event.deadline"), page.get("html.event.scheduled"),
                    page.get("html.event.sent"));
            for (int i = 0; i < event.notices().size(); i++) {
                Notice n = event.notices().get(i);
                String path = "notices[" + i + "].";
                boolean late = overdue.exists(v -> v.path().startsWith(path));
                page.row("notice kind-" + n.kind().name().toLowerCase(Locale.ROOT) + (late ? " overdue" : ""),
                        List.of(n.kind().label(page.locale()), n.audience(), n.channel(),
                                event.deadline(n).map(LocalDate::toString).orElse(Texts.NONE),
                                n.scheduledOn().map(LocalDate::toString).orElse(Texts.NONE),
                                n.sentOn().map(LocalDate::toString).orElse(Texts.NONE)));
            }
            page.closeTable();
        }
        page.findings(page.get("html.findings"), EventRules.readyForExecution().check(event).appendAll(overdue));
        m.close();
    }

    private static String css(EventPlan event, Segment s) {
        return "segment kind-" + s.kind().name().toLowerCase(Locale.ROOT)
                + (event.booking().filter(b -> !b.covers(s)).isPresent() ? " outside" : "");
    }

    /** The timeline: whole hours from the earliest start (or booking) to the latest end (or booking). */
    private static void timeline(EventPlan event, List<Segment> ordered, HtmlPage page) {
        Markup m = page.markup();
        long from = ordered.get(0).start().toSecondOfDay() / 60;
        long until = 0;
        for (Segment s : ordered) {
            until = Math.max(until, (s.endSecond() + 59) / 60);
        }
        Optional<VenueBooking> booking = event.booking();
        if (booking.isPresent()) {
            from = Math.min(from, booking.get().from().toSecondOfDay() / 60);
            until = Math.max(until, (booking.get().until().toSecondOfDay() + 59) / 60);
        }
        from = from / 60 * 60;
        until = (until + 59) / 60 * 60;
        long span = Math.max(60, until - from);
        int height = TOP + ordered.size() * ROW + 8;
        int width = LABEL + WIDTH + 24;
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "run-of-show", "role", "img",
                "width", Integer.toString(width), "height", Integer.toString(height),
                "viewBox", "0 0 " + width + " " + height);
        m.element("title", page.get("html.event.timeline", event.date().map(LocalDate::toString).orElse(Texts.NONE)));
        if (booking.isPresent()) {
            long bookedFrom = booking.get().from().toSecondOfDay() / 60;
            long bookedUntil = booking.get().until().toSecondOfDay() / 60;
            int x1 = x(bookedFrom, from, span);
            int x2 = x(bookedUntil, from, span);
            m.open("g", "class", "booking");
            m.element("title", page.get("html.event.booking", booking.get().venue(), booking.get().from().toString(),
                    booking.get().until().toString()));
            m.empty("rect", "x", Integer.toString(x1), "y", Integer.toString(TOP - 4), "width",
                    Integer.toString(Math.max(1, x2 - x1)), "height", Integer.toString(ordered.size() * ROW + 8),
                    "fill", "#e8eaf6");
            m.close();
        }
        for (long hour = from; hour <= from + span; hour += 60) {
            int x = x(hour, from, span);
            m.empty("line", "class", "hour", "x1", Integer.toString(x), "y1", Integer.toString(TOP - 6),
                    "x2", Integer.toString(x), "y2", Integer.toString(height - 4), "stroke", HtmlStyle.GRID);
            m.element("text", String.format(Locale.ROOT, "%02d:00", (hour / 60) % 24), "x", Integer.toString(x),
                    "y", "14", "text-anchor", "middle");
        }
        for (int i = 0; i < ordered.size(); i++) {
            Segment s = ordered.get(i);
            int y = TOP + i * ROW;
            long start = s.start().toSecondOfDay() / 60;
            long end = s.endSecond() / 60;
            int x1 = x(start, from, span);
            int x2 = x(end, from, span);
            boolean outside = booking.filter(b -> !b.covers(s)).isPresent();
            m.open("g", "class", "segment" + (outside ? " outside" : ""), "data-start", s.start().toString());
            m.element("title", s.start() + "–" + s.end() + " " + s.name() + " (" + s.kind().label(page.locale()) + ")");
            m.element("text", HtmlPage.cut(s.name(), 14), "x", "4", "y", Integer.toString(y + 15));
            m.empty("rect", "x", Integer.toString(x1), "y", Integer.toString(y + 2), "width",
                    Integer.toString(Math.max(2, x2 - x1)), "height", Integer.toString(ROW - 6),
                    "fill", outside ? HtmlStyle.CRITICAL : HtmlStyle.TASK, "rx", "2");
            m.close();
        }
        m.close();
    }

    private static int x(long minute, long from, long span) {
        long offset = Math.max(0, Math.min(span, minute - from));
        return LABEL + (int) ((offset * WIDTH + span / 2) / span);
    }
}
