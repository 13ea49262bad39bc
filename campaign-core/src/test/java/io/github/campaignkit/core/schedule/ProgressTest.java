package io.github.campaignkit.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    /** Seed 004 on 07-26: 方案 done, 物料设计 done two days late, 场地对接 half done. */
    private static Schedule onJuly26() {
        Schedule plan = Seed004.schedule();
        Baseline baseline = plan.forecast().get().toBaseline(d(7, 14));
        return plan.withBaseline(baseline).withProgress(d(7, 26), List.of(
                TaskProgress.finished(Seed004.PLAN, d(7, 15), d(7, 19)),
                TaskProgress.finished(Seed004.DESIGN, d(7, 20), d(7, 26)),
                TaskProgress.started(Seed004.VENUE, d(7, 20), 50)));
    }

    private static TaskForecast of(ScheduleForecast forecast, TaskId id) {
        return forecast.task(id).orElseThrow();
    }

    @Test
    void theRestIsReForecastFromTheStatusDate() {
        ScheduleForecast forecast = onJuly26().forecast().get();

        assertThat(of(forecast, Seed004.DESIGN).early()).isEqualTo(DateRange.of(d(7, 20), d(7, 26)));
        assertThat(of(forecast, Seed004.DESIGN).state()).isEqualTo(TaskState.DONE);
        assertThat(of(forecast, Seed004.DESIGN).critical()).isFalse();
        // Half of 4 days remain, resumed after the status date.
        assertThat(of(forecast, Seed004.VENUE).early()).isEqualTo(DateRange.of(d(7, 20), d(7, 28)));
        assertThat(of(forecast, Seed004.DESIGN_FINAL).early()).isEqualTo(DateRange.of(d(7, 27), d(7, 29)));
        assertThat(of(forecast, Seed004.POP_UP).early()).isEqualTo(DateRange.of(d(8, 3), d(8, 6)));
        assertThat(forecast.finish()).isEqualTo(d(8, 6));
        assertThat(forecast.statusDate()).contains(d(7, 26));
    }

    @Test
    void slipsAgainstTheBaselineFlagDelayedTasks() {
        ScheduleForecast forecast = onJuly26().forecast().get();

        assertThat(forecast.baselineFinish()).contains(d(8, 4));
        assertThat(forecast.finishSlip()).contains(2);
        assertThat(of(forecast, Seed004.POP_UP).finishSlip()).contains(2);
        assertThat(of(forecast, Seed004.VENUE).finishSlip()).contains(5);
        assertThat(of(forecast, Seed004.VENUE).state()).isEqualTo(TaskState.DELAYED);
        assertThat(of(forecast, Seed004.DESIGN).finishSlip()).contains(2);
        assertThat(forecast.delayedTasks()).extracting(TaskForecast::task).containsExactly(Seed004.DESIGN_FINAL,
                Seed004.PRINT, Seed004.VENUE, Seed004.CHANNEL, Seed004.WARM_UP, Seed004.POP_UP);
        assertThat(forecast.criticalSubgraph().tasks()).containsExactly(Seed004.DESIGN_FINAL, Seed004.PRINT,
                Seed004.POP_UP);
    }

    @Test
    void withoutBaselineNothingSlipsAndWithoutProgressThePlanStands() {
        ScheduleForecast forecast = onJuly26().toBuilder().baseline(Optional.empty()).build().forecast().get();
        assertThat(forecast.finishSlip()).isEmpty();
        assertThat(of(forecast, Seed004.POP_UP).finishSlip()).isEmpty();
        assertThat(of(forecast, Seed004.VENUE).state()).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(of(forecast, Seed004.POP_UP).state()).isEqualTo(TaskState.NOT_STARTED);
        assertThat(onJuly26().withoutProgress().forecast().get().finish()).isEqualTo(d(8, 4));
    }

    @Test
    void progressValuesCheckThemselves() {
        assertThatThrownBy(() -> TaskProgress.started(Seed004.PLAN, d(7, 15), 100))
                .hasMessageStartingWith("percentComplete: ");
        assertThatThrownBy(() -> TaskProgress.finished(Seed004.PLAN, d(7, 15), d(7, 14)))
                .hasMessageStartingWith("actualFinish: 2024-07-14");
        assertThatThrownBy(() -> new TaskProgress(Seed004.PLAN, Optional.empty(), Optional.empty(), 5))
                .hasMessageStartingWith("percentComplete: ");
        assertThatThrownBy(() -> new TaskProgress(Seed004.PLAN, Optional.empty(), Optional.of(d(7, 1)), 100))
                .hasMessageStartingWith("actualStart: ");
        assertThatThrownBy(() -> TaskProgress.started(Seed004.PLAN, d(7, 15), -1))
                .hasMessageStartingWith("percentComplete: ");
        assertThatThrownBy(() -> BaselineTask.of(Seed004.PLAN, d(7, 15), d(7, 14))).hasMessageStartingWith("finish: ");
        assertThatThrownBy(() -> new Baseline(d(7, 1), d(7, 2), List.of(BaselineTask.of(Seed004.PLAN, d(7, 1), d(7, 1)),
                BaselineTask.of(Seed004.PLAN, d(7, 1), d(7, 2))))).hasMessage("tasks[1]: T1 is listed twice");
    }
}
