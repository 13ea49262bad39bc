package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.schedule.TaskState;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Gantt chart (执行甘特图) as SVG: one row per task in schedule order, a bar from its early start
 * to its early finish, broken where the task's calendar has days off (a diamond for a milestone), critical tasks in red, finished ones in grey,
 * days off shaded, and the report's day marked by a vertical line; then the task table with
 * dates, duration, total float and state, critical rows marked. Each task is one {@code g}
 * element of class {@code task}, with the class {@code critical} too when it is on the critical
 * path.
 */
final class GanttSection {

    private static final int LABEL = 190;
    private static final int HEADER = 40;
    private static final int ROW = 24;
    /** The strip under the rows where the campaign's phases are drawn as bands. */
    private static final int PHASES = 20;
    private static final int NAME_CHARS = 14;

    private GanttSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        Schedule schedule = campaign.schedule();
        page.openSection(ReportSection.SCHEDULE);
        if (ReportSection.SCHEDULE.isEmpty(campaign)) {
            page.none("html.none.schedule");
            page.markup().close();
            return;
        }
        Validation<Seq<Violation>, ScheduleForecast> computed = schedule.forecast();
        if (computed.isInvalid()) {
            page.findings(page.get("html.gantt.invalid"), computed.getError());
            page.markup().close();
            return;
        }
        ScheduleForecast forecast = computed.get();
        LocalDate first = forecast.start();
        LocalDate last = forecast.finish();
        for (TaskForecast f : forecast.tasks()) {
            first = min(first, f.earlyStart());
            last = max(last, max(f.earlyStart(), f.earlyFinish()));
        }
        last = max(first, last);
        page.paragraph(page.get("html.gantt.summary", Integer.toString(schedule.tasks().size()), first.toString(),
                forecast.finish().toString(), Integer.toString(forecast.criticalTasks().size())), "gantt-summary");
        chart(campaign, forecast, first, last, page);
        legend(page);
        table(campaign, forecast, page);
        page.findings(page.get("html.gantt.findings"), forecast.violations());
        page.markup().close();
    }

    private static void chart(Campaign campaign, ScheduleForecast forecast, LocalDate first, LocalDate last,
                              HtmlPage page) {
        Schedule schedule = forecast.schedule();
        WorkingCalendar calendar = schedule.calendar();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        int dw = Math.max(4, Math.min(28, 760 / days));
        List<GanttTask> tasks = schedule.tasks();
        int width = LABEL + days * dw + 8;
        int bottom = HEADER + tasks.size() * ROW;
        int height = bottom + PHASES + 4;
        Markup m = page.markup();
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "gantt", "role", "img",
                "width", Integer.toString(width), "height", Integer.toString(height),
                "viewBox", "0 0 " + width + " " + height);
        m.element("title", page.get("html.gantt.title", first.toString(), last.toString()));

        // Days off, one shaded band per run of consecutive days off.
        m.open("g", "class", "days-off");
        int run = -1;
        for (int d = 0; d <= days; d++) {
            boolean off = d < days && !calendar.isWorkingDay(first.plusDays(d));
            if (off && run < 0) {
                run = d;
            } else if (!off && run >= 0) {
                m.empty("rect", "x", Integer.toString(LABEL + run * dw), "y", Integer.toString(HEADER - 12),
                        "width", Integer.toString((d - run) * dw), "height", Integer.toString(bottom - HEADER + 12),
                        "fill", HtmlStyle.DAY_OFF);
                run = -1;
            }
        }
        m.close();

        // The axis: months on the first line, days on the second (every day when there is room, else Mondays).
        m.open("g", "class", "axis");
        boolean zh = page.texts().chinese();
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            int x = LABEL + d * dw;
            if (d == 0 || day.getDayOfMonth() == 1) {
                String month = zh ? day.getYear() + "年" + day.getMonthValue() + "月"
                        : day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day.getYear();
                m.element("text", month, "x", Integer.toString(x + 1), "y", "12");
                m.empty("line", "x1", Integer.toString(x), "y1", "0", "x2", Integer.toString(x),
                        "y2", Integer.toString(bottom), "stroke", HtmlStyle.GRID, "stroke-width", "1");
            }
            if (dw >= 16 || day.getDayOfWeek() == DayOfWeek.MONDAY) {
                m.element("text", Integer.toString(day.getDayOfMonth()), "x", Integer.toString(x + 2),
                        "y", Integer.toString(HEADER - 4), "class", "day");
            }
        }
        m.close();

        Map<String, WorkingCalendar> calendars = new HashMap<>();
        for (WorkingCalendar other : schedule.otherCalendars()) {
            calendars.putIfAbsent(other.name(), other);
        }
        for (int t = 0; t < tasks.size(); t++) {
            GanttTask task = tasks.get(t);
            TaskForecast f = forecast.tasks().get(t);
            int y = HEADER + t * ROW;
            String fill = f.critical() ? HtmlStyle.CRITICAL : f.state() == TaskState.DONE ? HtmlStyle.DONE : HtmlStyle.TASK;
            m.open("g", "class", f.critical() ? "task critical" : "task", "data-task", task.id().value(),
                    "data-state", f.state().name().toLowerCase(Locale.ROOT));
            m.element("title", task.name() + " · " + f.earlyStart() + " – " + f.earlyFinish() + " · "
                    + page.get("html.gantt.float") + " " + f.totalFloat()
                    + (f.critical() ? " · " + page.get("html.gantt.critical") : ""));
            m.element("text", HtmlPage.cut(task.name(), NAME_CHARS), "x", "4", "y", Integer.toString(y + 16));
            int x = LABEL + (int) ChronoUnit.DAYS.between(first, f.earlyStart()) * dw;
            if (task.isMilestone()) {
                int cx = x + dw / 2;
                int cy = y + 12;
                m.empty("polygon", "class", "milestone", "points", (cx - 7) + "," + cy + " " + cx + "," + (cy - 7) + " "
                        + (cx + 7) + "," + cy + " " + cx + "," + (cy + 7), "fill", fill);
            } else {
                bar(m, calendars.getOrDefault(task.calendar().orElse(""), calendar), f, first, dw, y, fill);
            }
            m.close();
        }

        // The campaign's phases (预热期, 爆发期, 延续期) as bands under the rows.
        m.open("g", "class", "phases");
        for (Phase phase : campaign.profile().phases()) {
            LocalDate from = max(first, phase.range().start());
            LocalDate to = min(last, phase.range().end());
            if (from.isAfter(to)) {
                continue;
            }
            int x = LABEL + (int) ChronoUnit.DAYS.between(first, from) * dw;
            int w = ((int) ChronoUnit.DAYS.between(from, to) + 1) * dw;
            m.open("g", "class", "phase", "data-phase", phase.kind().name().toLowerCase(Locale.ROOT));
            m.element("title", phase.kind().label(page.locale()) + " " + phase.range().start() + " – "
                    + phase.range().end());
            m.empty("rect", "x", Integer.toString(x), "y", Integer.toString(bottom + 2), "width", Integer.toString(w),
                    "height", Integer.toString(PHASES - 4), "fill", HtmlStyle.PHASE, "stroke", "#ffffff");
            m.element("text", HtmlPage.cut(phase.kind().label(page.locale()), Math.max(1, w / 12)), "x",
                    Integer.toString(x + 3), "y", Integer.toString(bottom + PHASES - 6), "class", "phase-label");
            m.close();
        }
        m.close();

        LocalDate asOf = page.asOf();
        if (asOf.isBefore(first) || asOf.isAfter(last)) {
            // The day lies outside the chart: the chart says so instead of leaving the line out silently.
            m.element("text", page.get(asOf.isAfter(last) ? "html.gantt.asOf.after" : "html.gantt.asOf.before",
                    asOf.toString()), "x", Integer.toString(width - 6), "y", "12", "text-anchor", "end",
                    "class", "as-of-note");
        }
        if (!asOf.isBefore(first) && !asOf.isAfter(last)) {
            int x = LABEL + (int) ChronoUnit.DAYS.between(first, asOf) * dw + dw / 2;
            m.open("g", "class", "as-of");
            m.element("title", page.get("html.gantt.asOf", asOf.toString()));
            m.empty("line", "x1", Integer.toString(x), "y1", Integer.toString(HEADER - 12), "x2", Integer.toString(x),
                    "y2", Integer.toString(bottom), "stroke", HtmlStyle.AS_OF, "stroke-width", "2",
                    "stroke-dasharray", "4 3");
            m.close();
        }
        m.close();
    }

    /**
     * A task's bar: a thin line over its whole span and a block over each run of its working days,
     * so days off inside the task show as gaps; a span of days off only still gets one block.
     */
    private static void bar(Markup m, WorkingCalendar calendar, TaskForecast f, LocalDate first, int dw, int y,
                            String fill) {
        int from = (int) ChronoUnit.DAYS.between(first, f.earlyStart());
        int days = (int) Math.max(1, ChronoUnit.DAYS.between(f.earlyStart(), f.earlyFinish()) + 1);
        m.empty("rect", "class", "span", "x", Integer.toString(LABEL + from * dw), "y", Integer.toString(y + 11),
                "width", Integer.toString(days * dw), "height", "2", "fill", fill);
        int run = -1;
        boolean drawn = false;
        for (int d = 0; d <= days; d++) {
            boolean working = d < days && calendar.isWorkingDay(f.earlyStart().plusDays(d));
            if (working && run < 0) {
                run = d;
            } else if (!working && run >= 0) {
                m.empty("rect", "class", "bar", "x", Integer.toString(LABEL + (from + run) * dw),
                        "y", Integer.toString(y + 5), "width", Integer.toString((d - run) * dw), "height", "14",
                        "rx", "2", "fill", fill);
                drawn = true;
                run = -1;
            }
        }
        if (!drawn) {
            m.empty("rect", "class", "bar", "x", Integer.toString(LABEL + from * dw), "y", Integer.toString(y + 5),
                    "width", Integer.toString(days * dw), "height", "14", "rx", "2", "fill", fill);
        }
    }

    private static void legend(HtmlPage page) {
        Markup m = page.markup();
        m.open("p", "class", "legend");
        swatch(m, HtmlStyle.CRITICAL, page.get("html.gantt.critical"));
        swatch(m, HtmlStyle.TASK, page.get("html.gantt.other"));
        swatch(m, HtmlStyle.DONE, page.get("html.gantt.done"));
        swatch(m, HtmlStyle.DAY_OFF, page.get("html.gantt.dayOff"));
        swatch(m, HtmlStyle.AS_OF, page.get("html.gantt.asOf", page.asOf().toString()));
        m.close();
    }

    static void swatch(Markup m, String colour, String text) {
        m.open("span");
        m.element("span", "", "class", "swatch", "style", "background:" + colour);
        m.text(text);
        m.close();
    }

    private static void table(Campaign campaign, ScheduleForecast forecast, HtmlPage page) {
        Locale locale = page.locale();
        page.openTable("tasks", page.get("html.gantt.task"), page.get("html.gantt.owner"), page.get("html.gantt.start"),
                page.get("html.gantt.finish"), page.get("html.gantt.duration"), page.get("html.gantt.float"),
                page.get("html.gantt.state"), page.get("html.gantt.critical"));
        List<GanttTask> tasks = forecast.schedule().tasks();
        for (int t = 0; t < tasks.size(); t++) {
            GanttTask task = tasks.get(t);
            TaskForecast f = forecast.tasks().get(t);
            // The board's status where the task is on the board (执行分工表), else the schedule's progress.
            String state = campaign.board().task(task.id()).map(b -> b.status().label(locale))
                    .orElseGet(() -> f.state().label(locale));
            page.row(f.critical() ? "critical" : "", List.of(task.name(), page.member(campaign, task.owner()),
                    f.earlyStart().toString(), f.earlyFinish().toString(), Integer.toString(task.duration()),
                    Integer.toString(f.totalFloat()), state,
                    f.critical() ? page.get("html.gantt.yes") : ""), 4, 5);
        }
        page.closeTable();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }
}
