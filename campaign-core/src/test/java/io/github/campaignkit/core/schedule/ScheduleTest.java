package io.github.campaignkit.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    private static TaskForecast of(ScheduleForecast forecast, TaskId id) {
        return forecast.task(id).orElseThrow();
    }

    @Test
    void seed004AsEarlyAsThePredecessorsAllow() {
        ScheduleForecast forecast = Seed004.schedule().forecast().get();

        assertThat(forecast.finish()).isEqualTo(d(8, 4));
        assertThat(of(forecast, Seed004.PLAN).early()).isEqualTo(DateRange.of(d(7, 15), d(7, 19)));
        assertThat(of(forecast, Seed004.DESIGN).early()).isEqualTo(DateRange.of(d(7, 20), d(7, 24)));
        assertThat(of(forecast, Seed004.DESIGN_FINAL).early()).isEqualTo(DateRange.of(d(7, 25), d(7, 27)));
        assertThat(of(forecast, Seed004.PRINT).early()).isEqualTo(DateRange.of(d(7, 28), d(7, 31)));
        assertThat(of(forecast, Seed004.POP_UP).early()).isEqualTo(DateRange.of(d(8, 1), d(8, 4)));
        assertThat(of(forecast, Seed004.VENUE).totalFloat()).isEqualTo(12);
        assertThat(of(forecast, Seed004.CHANNEL).totalFloat()).isEqualTo(2);
        assertThat(of(forecast, Seed004.CHANNEL).freeFloat()).isEqualTo(0);
        assertThat(of(forecast, Seed004.WARM_UP).freeFloat()).isEqualTo(2);
        assertThat(forecast.criticalSubgraph().tasks()).containsExactly(Seed004.PLAN, Seed004.DESIGN,
                Seed004.DESIGN_FINAL, Seed004.PRINT, Seed004.POP_UP);
        assertThat(forecast.criticalSubgraph().dependencies()).hasSize(4);
    }

    @Test
    void seed004AsPlannedReproducesEveryStartAndDuration() {
        ScheduleForecast forecast = Seed004.asPlanned().forecast().get();
        // The seed writes each end as start + duration (方案最终确认 7.15→7.20, 5天); the library's
        // finish is the last day worked, one day earlier on an every-day calendar.
        String[][] seed = {
            {"T1", "07-15", "07-20"}, {"T2", "07-20", "07-25"}, {"T3", "07-25", "07-28"}, {"T4", "07-28", "08-01"},
            {"T5", "07-22", "07-26"}, {"T6", "07-26", "07-30"}, {"T7", "07-31", "08-05"}, {"T8", "08-06", "08-10"}};
        for (String[] row : seed) {
            TaskForecast task = of(forecast, TaskId.of(row[0]));
            assertThat(task.earlyStart()).as(row[0]).isEqualTo(LocalDate.parse("2024-" + row[1]));
            assertThat(task.earlyFinish().plusDays(1)).as(row[0]).isEqualTo(LocalDate.parse("2024-" + row[2]));
        }
        assertThat(forecast.finish()).isEqualTo(d(8, 9));
        assertThat(forecast.criticalSubgraph().tasks()).containsExactly(Seed004.POP_UP);
        assertThat(of(forecast, Seed004.PRINT).totalFloat()).isEqualTo(5);
    }

    /** A Gantt row made from a board task takes the board's id, name, module and owner, and adds the rest. */
    @Test
    void aGanttRowIsMadeFromTheBoardsTask() {
        io.github.campaignkit.core.team.Task task = io.github.campaignkit.core.Seed004.board().task(TaskId.of("T2"))
                .orElseThrow();
        GanttTask row = GanttTask.builder(task).duration(7).phase(PhaseKind.WARM_UP).build();
        assertThat(row.id()).isEqualTo(task.id());
        assertThat(row.name()).isEqualTo("线上线下物料设计");
        assertThat(row.module()).hasValue(task.module().value());
        assertThat(row.owner()).hasValue(task.owner());
        assertThat(row.duration()).isEqualTo(7);
        assertThat(row.phase()).hasValue(PhaseKind.WARM_UP);
    }
}
