package io.github.campaignkit.core.report;

import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.event.EventRules;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.Segment;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders an event's run of show (活动流程时间轴): a heading with the day and the venue booking, one
 * row per segment in order of start (time, segment, kind, duration, owner by name), the total
 * length, the notices with their deadlines, and what {@link EventRules#readyForExecution()} finds
 * (plus overdue notices when a day is given). Columns are aligned for a fixed-width font in which
 * Chinese characters take two columns; lines end without trailing spaces and are joined by
 * {@code \n}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RunOfShowRenderer {

    private static final RunOfShowRenderer STANDARD = new RunOfShowRenderer(MessageRenderer.standard());

    private final MessageRenderer messages;

    private RunOfShowRenderer(MessageRenderer messages) {
        this.messages = messages;
    }

    /**
     * The renderer with the standard message renderer.
     *
     * @return the renderer
     */
    public static RunOfShowRenderer standard() {
        return STANDARD;
    }

    /**
     * This renderer writing findings with another message renderer.
     *
     * @param renderer the message renderer
     * @return a new renderer
     */
    public RunOfShowRenderer withMessages(MessageRenderer renderer) {
        return new RunOfShowRenderer(Objects.requireNonNull(renderer, "renderer"));
    }

    /**
     * Renders the run of show and its notices, without checking for overdue notices.
     *
     * @param event  the event plan
     * @param team   the team, for the owners' names (ids are printed for people not on it)
     * @param locale the reader's language: Chinese for {@code zh}, English otherwise
     * @return the text
     */
    public String render(EventPlan event, Team team, Locale locale) {
        return render(event, team, Optional.empty(), locale);
    }

    /**
     * Renders the run of show and its notices, and the notices overdue as of a day.
     *
     * @param event  the event plan
     * @param team   the team, for the owners' names
     * @param asOf   the day overdue notices are judged on, if any
     * @param locale the reader's language
     * @return the text
     */
    public String render(EventPlan event, Team team, Optional<LocalDate> asOf, Locale locale) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(locale, "locale");
        boolean zh = new Texts(locale).chinese();
        StringBuilder out = new StringBuilder();
        String day = event.date().map(LocalDate::toString).orElse(zh ? "日期待定" : "date to be fixed");
        String venue = event.booking().map(b -> b.venue() + " " + b.from() + "–" + b.until())
                .orElse(zh ? "场地未预订" : "no venue booked");
        out.append(zh ? "活动流程（" + day + "，" + venue + "）" : "Run of show (" + day + ", " + venue + ")").append('\n');
        TextTable table = new TextTable(zh ? List.of("时间", "环节", "类型", "时长", "负责人")
                : List.of("Time", "Segment", "Kind", "Duration", "Owner"), false, false, false, true, false);
        List<Segment> ordered = event.segments().stream().sorted(Comparator.comparing(Segment::start))
                .collect(Collectors.toList());
        for (Segment s : ordered) {
            table.add(List.of(s.start() + "–" + s.end(), s.name(), s.kind().label(locale), minutes(s.duration(), zh),
                    name(team, s.owner())));
        }
        out.append(table.render());
        out.append(zh ? "合计 " + minutes(event.totalDuration(), zh) : "Total " + minutes(event.totalDuration(), zh))
                .append('\n');
        if (!event.notices().isEmpty()) {
            out.append(zh ? "通知：" : "Notices:").append('\n');
            TextTable notices = new TextTable(zh ? List.of("类型", "对象", "渠道", "截止", "计划", "已发")
                    : List.of("Kind", "To", "Channel", "Due by", "Scheduled", "Sent"));
            for (Notice n : event.notices()) {
                notices.add(List.of(n.kind().label(locale), n.audience(), n.channel(),
                        event.deadline(n).map(LocalDate::toString).orElse(Texts.NONE),
                        n.scheduledOn().map(LocalDate::toString).orElse(Texts.NONE),
                        n.sentOn().map(LocalDate::toString).orElse(Texts.NONE)));
            }
            for (String line : notices.render().split("\n")) {
                out.append("  ").append(line).append('\n');
            }
        }
        Seq<Violation> found = EventRules.readyForExecution().check(event);
        if (asOf.isPresent()) {
            found = found.appendAll(EventRules.notices(asOf.get()).check(event));
        }
        if (!found.isEmpty()) {
            out.append(zh ? "问题：" : "Findings:").append('\n');
            found.forEach(v -> out.append("  ").append(messages.describe(v, locale)).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    private static String name(Team team, MemberId id) {
        return MemberNames.plain(team, id);
    }

    /** A duration in hours and minutes: 1小时30分钟, 1 h 30 min. */
    static String minutes(Duration duration, boolean zh) {
        long total = duration.toMinutes();
        long hours = total / 60;
        long rest = total % 60;
        if (zh) {
            return (hours > 0 ? hours + "小时" : "") + (rest > 0 || hours == 0 ? rest + "分钟" : "");
        }
        return (hours > 0 ? hours + " h" : "") + (hours > 0 && rest > 0 ? " " : "")
                + (rest > 0 || hours == 0 ? rest + " min" : "");
    }
}
