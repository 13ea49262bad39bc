package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of the task board kept for the next campaign: what the task is and who does it, with its
 * timing as calendar days relative to an anchor instead of dates. Seed 004's 线上线下物料设计, 7.22–7.28
 * on a window starting 7.31, is kept as offset −9 for 7 days.
 *
 * @param id          the task's identity
 * @param module      its module
 * @param name        the task
 * @param description what it involves
 * @param deliverable the delivery standard
 * @param owner       who is in charge
 * @param assistants  who helps
 * @param offset      its first day, in calendar days after the anchor (negative before it)
 * @param days        how many calendar days it spans, at least 1
 * @param parent      the coarser task it details, if any
 */
@Value.Builder
public record TaskTemplate(TaskId id, ModuleId module, String name, String description, String deliverable,
                           MemberId owner, List<MemberId> assistants, int offset, int days, Optional<TaskId> parent) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if {@code days} is below 1, naming it
     */
    public TaskTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(deliverable, "deliverable");
        Objects.requireNonNull(owner, "owner");
        assistants = Checks.list(assistants, "assistants");
        Objects.requireNonNull(parent, "parent");
        if (days < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "days", days, 1);
        }
    }

    /**
     * A builder; every component must be set.
     *
     * @return a new builder
     */
    public static TaskTemplateBuilder builder() {
        return new TaskTemplateBuilder();
    }

    /**
     * The template of a task: its dates as days relative to the anchor, its status, history and
     * remedy plans dropped.
     *
     * @param task   the task
     * @param anchor the day the offset counts from
     * @return the template
     */
    public static TaskTemplate from(Task task, LocalDate anchor) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(anchor, "anchor");
        long offset = ChronoUnit.DAYS.between(anchor, task.start());
        long days = ChronoUnit.DAYS.between(task.start(), task.end()) + 1;
        return new TaskTemplate(task.id(), task.module(), task.name(), task.description(), task.deliverable(),
                task.owner(), task.assistants(), Math.toIntExact(offset), Math.toIntExact(days), task.parent());
    }

    /**
     * The task this template gives for an anchor: dated, not started, with no history.
     *
     * @param anchor the day the offset counts from
     * @return the task
     */
    public Task dated(LocalDate anchor) {
        Objects.requireNonNull(anchor, "anchor");
        LocalDate start = anchor.plusDays(offset);
        return new Task(id, module, name, description, deliverable, owner, assistants, start,
                start.plusDays(days - 1L), TaskStatus.NOT_STARTED, List.of(), List.of(), parent);
    }
}
