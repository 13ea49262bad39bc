package io.github.campaignkit.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.testkit.ScheduleArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Tasks on calendars of their own, against {@link DayByDay}, a scheduler that walks the calendar a
 * day at a time: random networks of the four dependency types with lags, each task on the
 * schedule's calendar or one of up to three others, every calendar with its own working weekdays,
 * holidays and make-up working days.
 */
class CalendarsProperties {

    @Provide
    Arbitrary<Schedule> mixedCalendars() {
        Arbitrary<List<WorkingCalendar>> calendars = ScheduleArbitraries.calendars().list().ofMinSize(2).ofMaxSize(4)
                .uniqueElements(WorkingCalendar::name);
        Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 365).map(i -> LocalDate.of(2024, 1, 1).plusDays(i));
        return Combinators.combine(Arbitraries.integers().between(1, 25), calendars, starts, Arbitraries.longs())
                .as((n, all, start, seed) -> {
                    Random random = new Random(seed);
                    Schedule schedule = ScheduleArbitraries.acyclic(random, n, all.get(0), start, 2);
                    List<GanttTask> tasks = new ArrayList<>();
                    for (GanttTask task : schedule.tasks()) {
                        int k = random.nextInt(all.size());
                        tasks.add(k == 0 ? task : task.toBuilder().calendar(all.get(k).name()).build());
                    }
                    return schedule.toBuilder().otherCalendars(all.subList(1, all.size())).tasks(tasks).build();
                });
    }

    @Property(tries = 1000)
    void everyTaskIsWhereADayByDaySchedulerPutsIt(@ForAll("mixedCalendars") Schedule schedule) {
        ScheduleForecast forecast = schedule.forecast().get();
        Map<TaskId, DayByDay.Dates> expected = new DayByDay(schedule).run();
        LocalDate finish = LocalDate.MIN;
        for (TaskForecast task : forecast.tasks()) {
            DayByDay.Dates dates = expected.get(task.task());
            String what = task.task().value();
            assertThat(task.early()).as(what + " early").isEqualTo(DateRange.of(dates.earlyStart(), dates.earlyFinish()));
            assertThat(task.lateStart()).as(what + " late start").isEqualTo(dates.lateStart());
            assertThat(task.lateFinish()).as(what + " late finish").isEqualTo(dates.lateFinish());
            assertThat(task.totalFloat()).as(what + " total float").isEqualTo(dates.totalFloat());
            assertThat(task.freeFloat()).as(what + " free float").isEqualTo(dates.freeFloat());
            if (dates.earlyFinish().isAfter(finish)) {
                finish = dates.earlyFinish();
            }
        }
        assertThat(forecast.finish()).isEqualTo(finish);
    }

    @Property
    void workingTimeCountsOnlyTheHoursOfWorkingDays(@ForAll("workingTime") net.jqwik.api.Tuple.Tuple3<WorkingCalendar,
            java.time.LocalDateTime, java.time.Duration> input) {
        WorkingCalendar calendar = input.get1();
        java.time.LocalDateTime start = input.get2();
        java.time.Duration duration = input.get3();
        java.time.LocalDateTime end = calendar.plusWorkingTime(start, duration);
        assertThat(end).isAfterOrEqualTo(start);
        // Minute by minute: the working minutes between start and end are the duration, and the end
        // is the first moment they are (no idle days after the last working minute).
        long minutes = 0;
        java.time.LocalDateTime last = start;
        for (java.time.LocalDateTime t = start; t.isBefore(end); t = t.plusMinutes(1)) {
            if (calendar.isWorkingDay(t.toLocalDate())) {
                minutes++;
                last = t.plusMinutes(1);
            }
        }
        assertThat(minutes).isEqualTo(duration.toMinutes());
        assertThat(last).isEqualTo(duration.isZero() ? start : end);
    }

    @Provide
    Arbitrary<net.jqwik.api.Tuple.Tuple3<WorkingCalendar, java.time.LocalDateTime, java.time.Duration>> workingTime() {
        Arbitrary<java.time.LocalDateTime> starts = Combinators.combine(Arbitraries.integers().between(0, 365),
                        Arbitraries.integers().between(0, 24 * 4 - 1))
                .as((day, quarter) -> LocalDate.of(2024, 1, 1).plusDays(day).atStartOfDay().plusMinutes(15L * quarter));
        Arbitrary<java.time.Duration> durations = Arbitraries.integers().between(0, 4 * 24 * 4)
                .map(quarters -> java.time.Duration.ofMinutes(15L * quarters));
        return Combinators.combine(ScheduleArbitraries.calendars(), starts, durations).as(net.jqwik.api.Tuple::of);
    }
}
