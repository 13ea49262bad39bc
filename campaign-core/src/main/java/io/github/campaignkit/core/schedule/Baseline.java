package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.TaskId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A saved plan (基线) that the forecast is measured against: the slip of every task and of the
 * finish.
 *
 * @param savedOn the day the baseline was saved
 * @param finish  the planned finish of the whole schedule
 * @param tasks   the planned dates of each task, one entry per task
 */
@Value.Builder
public record Baseline(LocalDate savedOn, LocalDate finish, List<BaselineTask> tasks) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or an entry is null, naming it
     * @throws IllegalArgumentException if a task has two entries
     */
    public Baseline {
        Objects.requireNonNull(savedOn, "savedOn");
        Objects.requireNonNull(finish, "finish");
        tasks = Checks.list(tasks, "tasks");
        Set<TaskId> seen = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (!seen.add(tasks.get(i).task())) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, RulePaths.indexed("tasks", i), tasks.get(i).task());
            }
        }
    }

    /**
     * A builder for a baseline.
     *
     * @return a new builder
     */
    public static BaselineBuilder builder() {
        return new BaselineBuilder();
    }
}
