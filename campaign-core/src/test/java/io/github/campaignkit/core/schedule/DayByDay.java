package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scheduler that walks the calendar one day at a time, written from the rules alone as an oracle
 * for {@link CriticalPathMethod}: slow, obvious, and sharing none of its arithmetic. It knows plain
 * tasks and milestones on calendars of their own, the four dependency types and lags, and nothing
 * of progress or date constraints.
 *
 * <p>Times are <em>moments</em>: moment {@code t} is the start of day {@code t} (an epoch day), so
 * a task worked on days {@code s … f} starts at moment {@code s} and finishes at {@code f + 1}. A
 * milestone is reached at the end of a working day of its calendar, or at the start of its
 * calendar's first working day of the schedule. A lag of {@code L} schedule working days moves a
 * moment over {@code L} working days of the schedule's calendar: forward to just after the
 * {@code L}-th one, backward to just after the {@code (|L|+1)}-th one before it; a lag of zero is
 * the moment itself.
 */
final class DayByDay {

    /** One task's dates: the days shown and, for floats, the position among its options. */
    record Dates(LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish,
                 int totalFloat, int freeFloat) {
    }

    private final Schedule schedule;
    private final Map<String, WorkingCalendar> calendars = new HashMap<>();
    private final int first;

    DayByDay(Schedule schedule) {
        this.schedule = schedule;
        calendars.put(schedule.calendar().name(), schedule.calendar());
        schedule.otherCalendars().forEach(c -> calendars.put(c.name(), c));
        first = (int) schedule.start().orElseThrow().toEpochDay();
    }

    private WorkingCalendar calendarOf(GanttTask task) {
        return task.calendar().map(calendars::get).orElse(schedule.calendar());
    }

    private static boolean works(WorkingCalendar calendar, int day) {
        return calendar.isWorkingDay(LocalDate.ofEpochDay(day));
    }

    /** The moment {@code lag} schedule working days after (or before, when negative) moment m. */
    private int forward(int m, int lag) {
        WorkingCalendar p = schedule.calendar();
        int t = m;
        if (lag >= 0) {
            for (int k = 0; k < lag; t++) {
                if (works(p, t)) {
                    k++;
                }
            }
            return t;
        }
        for (int k = 0; ; t--) {
            if (works(p, t - 1)) {
                if (k == -lag) {
                    return t;
                }
                k++;
            }
        }
    }

    /** The latest moment from which {@code lag} schedule working days later is no later than m. */
    private int backward(int m, int lag) {
        WorkingCalendar p = schedule.calendar();
        int t = m;
        if (lag >= 0) {
            for (int k = 0; k < lag; ) {
                t--;
                if (works(p, t)) {
                    k++;
                }
            }
            return t;
        }
        for (int k = 0; ; t++) {
            if (works(p, t)) {
                if (k == -lag) {
                    return t;
                }
                k++;
            }
        }
    }

    /**
     * The options of a task, in time order: for a task of {@code d ≥ 1} days, the working days of
     * its calendar from the schedule's start on, as start days; for a milestone, the start of the
     * first working day, then the end of each working day. {@code limit} bounds the search.
     */
    private final class Options {
        final WorkingCalendar c;
        final int d;
        final List<Integer> starts = new ArrayList<>();

        Options(GanttTask task, int limit) {
            c = calendarOf(task);
            d = task.duration();
            for (int day = first; starts.size() < 4 || day <= limit; day++) {
                if (works(c, day)) {
                    starts.add(day);
                }
            }
        }

        /** The moment option {@code i} starts at. */
        int start(int i) {
            return d == 0 ? milestone(i) : starts.get(i);
        }

        /** The moment option {@code i} finishes at. */
        int finish(int i) {
            return d == 0 ? milestone(i) : starts.get(i + d - 1) + 1;
        }

        private int milestone(int i) {
            return i == 0 ? starts.get(0) : starts.get(i - 1) + 1;
        }

        LocalDate startDay(int i) {
            return LocalDate.ofEpochDay(d == 0 ? starts.get(Math.max(i - 1, 0)) : starts.get(i));
        }

        LocalDate finishDay(int i) {
            return LocalDate.ofEpochDay(d == 0 ? starts.get(Math.max(i - 1, 0)) : starts.get(i + d - 1));
        }

        /** The last option index whose finish day is still inside the searched days. */
        int last() {
            return d == 0 ? starts.size() : starts.size() - d;
        }
    }

    /**
     * Schedules day by day.
     *
     * @return every task's dates by id
     */
    Map<TaskId, Dates> run() {
        List<GanttTask> tasks = schedule.tasks();
        int n = tasks.size();
        Map<TaskId, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(tasks.get(i).id(), i);
        }
        List<List<Dependency>> in = new ArrayList<>();
        List<List<Dependency>> out = new ArrayList<>();
        int[] waiting = new int[n];
        for (int i = 0; i < n; i++) {
            in.add(new ArrayList<>());
            out.add(new ArrayList<>());
        }
        for (Dependency dependency : schedule.dependencies()) {
            in.get(position.get(dependency.successor())).add(dependency);
            out.get(position.get(dependency.predecessor())).add(dependency);
            waiting[position.get(dependency.successor())]++;
        }
        List<Integer> order = new ArrayList<>();
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int u = ready.poll();
            order.add(u);
            for (Dependency dependency : out.get(u)) {
                int v = position.get(dependency.successor());
                if (--waiting[v] == 0) {
                    ready.add(v);
                }
            }
        }
        // Long enough for every task: all durations and lags, stretched by the sparsest week.
        int span = 60;
        for (GanttTask task : tasks) {
            span += 7 * (task.duration() + 1);
        }
        for (Dependency dependency : schedule.dependencies()) {
            span += 7 * Math.abs(dependency.lag());
        }
        int limit = first + span;
        List<Options> options = new ArrayList<>();
        for (GanttTask task : tasks) {
            options.add(new Options(task, limit));
        }
        int[] early = new int[n];
        for (int u : order) {
            Options o = options.get(u);
            int i = 0;
            while (!fits(o, i, in.get(u), position, options, early)) {
                i++;
            }
            early[u] = i;
        }
        int end = Integer.MIN_VALUE;
        for (int u = 0; u < n; u++) {
            end = Math.max(end, options.get(u).finish(early[u]));
        }
        int[] late = new int[n];
        int[] free = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int u = order.get(k);
            late[u] = latest(u, end, out.get(u), position, options, late);
            free[u] = latest(u, end, out.get(u), position, options, early);
        }
        Map<TaskId, Dates> result = new HashMap<>();
        for (int u = 0; u < n; u++) {
            Options o = options.get(u);
            result.put(tasks.get(u).id(), new Dates(o.startDay(early[u]), o.finishDay(early[u]), o.startDay(late[u]),
                    o.finishDay(late[u]), late[u] - early[u], free[u] - early[u]));
        }
        return result;
    }

    /** Whether option i of a task satisfies every dependency into it, given its predecessors' early options. */
    private boolean fits(Options o, int i, List<Dependency> into, Map<TaskId, Integer> position,
                         List<Options> options, int[] chosen) {
        for (Dependency dependency : into) {
            int p = position.get(dependency.predecessor());
            Options po = options.get(p);
            int from = dependency.type().fromStart() ? po.start(chosen[p]) : po.finish(chosen[p]);
            int bound = forward(from, dependency.lag());
            int at = dependency.type().toFinish() ? o.finish(i) : o.start(i);
            if (at < bound) {
                return false;
            }
        }
        return true;
    }

    /** The last option of task u that lets every successor keep the given option and ends by the end. */
    private int latest(int u, int end, List<Dependency> outOf, Map<TaskId, Integer> position, List<Options> options,
                       int[] successors) {
        Options o = options.get(u);
        for (int i = o.last(); i >= 0; i--) {
            if (o.finish(i) > end) {
                continue;
            }
            boolean ok = true;
            for (Dependency dependency : outOf) {
                int v = position.get(dependency.successor());
                Options vo = options.get(v);
                int to = dependency.type().toFinish() ? vo.finish(successors[v]) : vo.start(successors[v]);
                int bound = backward(to, dependency.lag());
                int at = dependency.type().fromStart() ? o.start(i) : o.finish(i);
                if (at > bound) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return i;
            }
        }
        throw new IllegalStateException("no late option for " + u);
    }
}
