package io.github.campaignkit.core.report;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Team;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link ScheduleForecast} as a text Gantt chart (执行甘特图), one column per day:
 * <pre>
 *   #  a working day of a critical task      =  a working day of another task
 *   ^  a milestone                           .  a day off (weekend or holiday)
 * </pre>
 * Critical tasks are also marked with {@code *} before their name. Each row gives the task, its
 * owner, early start and finish, duration and total float; names are aligned by display width, a
 * Chinese character counting two columns. Only the bar area uses ASCII, so the chart lines up in
 * any terminal.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GanttRenderer {

    private static final GanttRenderer STANDARD = new GanttRenderer(24, Team.empty());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final int nameWidth;
    private final Team team;

    private GanttRenderer(int nameWidth, Team team) {
        this.nameWidth = nameWidth;
        this.team = team;
    }

    /**
     * The renderer with names cut at 24 columns.
     *
     * @return the shared standard renderer
     */
    public static GanttRenderer standard() {
        return STANDARD;
    }

    /**
     * This renderer with names cut at another width.
     *
     * @param columns the widest name, in display columns, at least 4
     * @return a new renderer
     */
    public GanttRenderer withNameWidth(int columns) {
        if (columns < 4) {
            throw InvalidValueException.of(ValueViolation.BELOW, "columns", columns, 4);
        }
        return new GanttRenderer(columns, team);
    }

    /**
     * This renderer naming the tasks' owners from a team (张*, not zhang).
     *
     * @param names the campaign's team
     * @return a new renderer
     */
    public GanttRenderer withTeam(Team names) {
        return new GanttRenderer(nameWidth, Objects.requireNonNull(names, "names"));
    }

    /**
     * The chart over every day from the schedule's start to its finish.
     *
     * @param forecast the computed schedule
     * @param locale   the reader's language: Chinese for {@code zh}, English otherwise
     * @return the chart, lines ended by {@code \n}
     */
    public String render(ScheduleForecast forecast, Locale locale) {
        Objects.requireNonNull(forecast, "forecast");
        LocalDate first = forecast.start();
        for (TaskForecast task : forecast.tasks()) {
            if (task.earlyStart().isBefore(first)) {
                first = task.earlyStart();
            }
        }
        return render(forecast, DateRange.of(first, forecast.finish().isBefore(first) ? first : forecast.finish()),
                locale);
    }

    /**
     * The chart over the given days only (a long schedule is best shown a few weeks at a time).
     *
     * @param forecast the computed schedule
     * @param days     the days to show, one column each
     * @param locale   the reader's language: Chinese for {@code zh}, English otherwise
     * @return the chart, lines ended by {@code \n}
     */
    public String render(ScheduleForecast forecast, DateRange days, Locale locale) {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(locale, "locale");
        boolean zh = "zh".equals(locale.getLanguage());
        Schedule schedule = forecast.schedule();
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        calendars.put(schedule.calendar().name(), schedule.calendar());
        for (WorkingCalendar calendar : schedule.otherCalendars()) {
            calendars.putIfAbsent(calendar.name(), calendar);
        }
        int width = (int) days.days();
        boolean[] off = new boolean[width];
        for (int i = 0; i < width; i++) {
            off[i] = !schedule.calendar().isWorkingDay(days.start().plusDays(i));
        }

        String[] heading = zh
                ? new String[] {"任务", "负责人", "开始", "结束", "工期", "总时差"}
                : new String[] {"Task", "Owner", "Start", "Finish", "Days", "Float"};
        List<GanttTask> tasks = schedule.tasks();
        List<TaskForecast> computed = forecast.tasks();
        int names = DisplayWidth.of(heading[0]);
        int owners = DisplayWidth.of(heading[1]);
        for (GanttTask task : tasks) {
            names = Math.max(names, Math.min(nameWidth, DisplayWidth.of(task.name())));
            owners = Math.max(owners,
                    Math.min(nameWidth, DisplayWidth.of(owner(task))));
        }

        StringBuilder out = new StringBuilder();
        out.append(zh ? "执行甘特图 " + days.start() + " 至 " + days.end() + "，共 " + width + " 天，完成于 "
                        + forecast.finish()
                : "Gantt chart " + days.start() + " to " + days.end() + ", " + width + " days, finishing "
                        + forecast.finish());
        forecast.statusDate().ifPresent(d -> out.append(zh ? "，状态日期 " + d : ", status date " + d));
        out.append('\n');
        out.append(zh ? "# 关键任务  = 其他任务  ^ 里程碑  . 非工作日  * 关键任务标记\n"
                : "# critical task  = other task  ^ milestone  . day off  * marks a critical task\n");

        int starts = Math.max(5, DisplayWidth.of(heading[2]));
        int finishes = Math.max(5, DisplayWidth.of(heading[3]));
        int durations = DisplayWidth.of(heading[4]);
        int floats = DisplayWidth.of(heading[5]);
        for (int t = 0; t < tasks.size(); t++) {
            durations = Math.max(durations, Integer.toString(tasks.get(t).duration()).length());
            floats = Math.max(floats, Integer.toString(computed.get(t).totalFloat()).length());
        }
        String prefix = "  " + DisplayWidth.padRight(heading[0], names) + "  "
                + DisplayWidth.padRight(heading[1], owners) + "  " + DisplayWidth.padRight(heading[2], starts) + "  "
                + DisplayWidth.padRight(heading[3], finishes) + "  " + DisplayWidth.padLeft(heading[4], durations)
                + "  " + DisplayWidth.padLeft(heading[5], floats) + "  ";
        String blank = " ".repeat(DisplayWidth.of(prefix));
        out.append(blank).append(months(days, width, zh)).append('\n');
        StringBuilder tens = new StringBuilder();
        StringBuilder units = new StringBuilder();
        StringBuilder shade = new StringBuilder();
        for (int i = 0; i < width; i++) {
            int day = days.start().plusDays(i).getDayOfMonth();
            tens.append(day < 10 ? ' ' : (char) ('0' + day / 10));
            units.append((char) ('0' + day % 10));
            shade.append(off[i] ? '.' : ' ');
        }
        out.append(blank).append(tens.toString().stripTrailing()).append('\n');
        out.append(prefix).append(units).append('\n');
        if (!shade.toString().isBlank()) {
            out.append(blank).append(shade.toString().stripTrailing()).append('\n');
        }

        for (int t = 0; t < tasks.size(); t++) {
            GanttTask task = tasks.get(t);
            TaskForecast f = computed.get(t);
            WorkingCalendar calendar = task.calendar().map(calendars::get).orElse(schedule.calendar());
            StringBuilder row = new StringBuilder();
            row.append(f.critical() ? "* " : "  ");
            row.append(DisplayWidth.padRight(cut(task.name()), names)).append("  ");
            row.append(DisplayWidth.padRight(cut(owner(task)), owners)).append("  ");
            row.append(DisplayWidth.padRight(DAY.format(f.earlyStart()), starts)).append("  ");
            row.append(DisplayWidth.padRight(DAY.format(f.earlyFinish()), finishes)).append("  ");
            row.append(DisplayWidth.padLeft(Integer.toString(task.duration()), durations)).append("  ");
            row.append(DisplayWidth.padLeft(Integer.toString(f.totalFloat()), floats)).append("  ");
            StringBuilder bars = new StringBuilder();
            for (int i = 0; i < width; i++) {
                LocalDate day = days.start().plusDays(i);
                boolean inside = !day.isBefore(f.earlyStart()) && !day.isAfter(f.earlyFinish());
                if (task.isMilestone() && day.equals(f.earlyStart())) {
                    bars.append('^');
                } else if (inside && !task.isMilestone() && calendar.isWorkingDay(day)) {
                    bars.append(f.critical() ? '#' : '=');
                } else if (off[i] || (inside && !calendar.isWorkingDay(day))) {
                    bars.append('.');
                } else {
                    bars.append(' ');
                }
            }
            out.append((row.toString() + bars).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String months(DateRange days, int width, boolean zh) {
        String[] cells = new String[width];
        java.util.Arrays.fill(cells, " ");
        int free = 0;
        int column = 0;
        LocalDate day = days.start();
        while (column < width) {
            String label = zh ? day.getMonthValue() + "月"
                    : day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            if (column == 0 || day.getMonthValue() == 1) {
                label = day.getYear() + (zh ? "年" : " ") + label;
            }
            long span = ChronoUnit.DAYS.between(day, day.withDayOfMonth(1).plusMonths(1));
            if (Math.max(column, free) + DisplayWidth.of(label) <= Math.min(width, column + span) || column >= free) {
                int at = Math.max(column, free);
                for (int i = 0; i < label.length(); ) {
                    int cp = label.codePointAt(i);
                    int w = DisplayWidth.of(cp);
                    if (at + w > width) {
                        break;
                    }
                    cells[at] = new String(Character.toChars(cp));
                    if (w == 2) {
                        cells[at + 1] = "";
                    }
                    at += w;
                    i += Character.charCount(cp);
                }
                free = at + 1;
            }
            column += (int) Math.min(width - column, span);
            day = day.plusDays(span);
        }
        return String.join("", cells).stripTrailing();
    }

    private String cut(String text) {
        if (DisplayWidth.of(text) <= nameWidth) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > nameWidth - 2) {
                break;
            }
            cut.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return cut + "..";
    }


    /** The owner's name as the team knows it, or the id; "-" for a task without one. */
    private String owner(GanttTask task) {
        return task.owner().map(id -> MemberNames.plain(team, id)).orElse("-");
    }
}
