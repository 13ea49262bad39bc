package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A working calendar's queries: {@code plusWorkingDays} on a plain Monday-to-Friday calendar and on
 * one with ten years of Chinese public holidays and make-up working days. The holiday calendar is
 * the 2024–2026 State Council schedule of {@link ScheduleBenchmark#china()} with the days of 2024
 * repeated over 2017–2023 (same months and days): what matters here is how many days lie off the
 * weekly pattern and how far apart, about 250 over ten years.
 *
 * <p>Target (issue "Real Chinese working calendars"): the holiday calendar answers within 2× of the
 * plain one. Run with
 * {@code mvn -B -DskipTests -Pbench package -Dbench.args="-f 1 -wi 5 -i 5 Calendar"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class CalendarBenchmark {

    private WorkingCalendar plain;
    private WorkingCalendar china;
    private LocalDate[] starts;
    private int next;

    /** Builds the two calendars and a spread of start days. */
    @Setup
    public void setUp() {
        plain = WorkingCalendar.mondayToFriday();
        WorkingCalendar recent = ScheduleBenchmark.china();
        List<LocalDate> holidays = new ArrayList<>(recent.holidays());
        List<LocalDate> extra = new ArrayList<>(recent.extraWorkingDays());
        for (int back = 1; back <= 7; back++) {
            for (LocalDate day : recent.holidays()) {
                if (day.getYear() == 2024) {
                    holidays.add(day.minusYears(back));
                }
            }
            for (LocalDate day : recent.extraWorkingDays()) {
                if (day.getYear() == 2024 && !holidays.contains(day.minusYears(back))) {
                    extra.add(day.minusYears(back));
                }
            }
        }
        extra.removeIf(holidays::contains);
        china = WorkingCalendar.mondayToFriday().withHolidays(holidays).withExtraWorkingDays(extra)
                .withName("中国大陆 2017-2026");
        starts = new LocalDate[1024];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.of(2017, 1, 1).plusDays((i * 3571L) % 3650);
        }
    }

    /**
     * Twenty working days after a day, Monday to Friday.
     *
     * @return the day
     */
    @Benchmark
    public LocalDate plusWorkingDaysPlain() {
        return plain.plusWorkingDays(starts[next++ & 1023], 20);
    }

    /**
     * Twenty working days after a day, on ten years of Chinese holidays.
     *
     * @return the day
     */
    @Benchmark
    public LocalDate plusWorkingDaysChina() {
        return china.plusWorkingDays(starts[next++ & 1023], 20);
    }

    /**
     * The working days of a range of about two months, on ten years of Chinese holidays.
     *
     * @return the count
     */
    @Benchmark
    public long workingDaysBetweenChina() {
        LocalDate start = starts[next++ & 1023];
        return china.workingDaysBetween(start, start.plusDays(60));
    }
}
