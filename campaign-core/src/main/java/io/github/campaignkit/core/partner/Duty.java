package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a partner's duties list (合作方职责清单), for example {@code 整体统筹} or
 * {@code 提供门店场地与会员触达}.
 *
 * @param task        what the partner is responsible for
 * @param deliverable what it delivers, e.g. {@code 活动方案终稿}; may be empty
 * @param due         by when, if the duty has a date
 */
public record Duty(String task, String deliverable, Optional<LocalDate> due) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Duty {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(deliverable, "deliverable");
        Checks.optional(due, "due");
    }

    /**
     * A duty without a deliverable or a date.
     *
     * @param task what the partner is responsible for
     * @return the duty
     */
    public static Duty of(String task) {
        return new Duty(task, "", Optional.empty());
    }

    /**
     * A dated duty with its deliverable.
     *
     * @param task        what the partner is responsible for
     * @param deliverable what it delivers
     * @param due         by when
     * @return the duty
     */
    public static Duty of(String task, String deliverable, LocalDate due) {
        return new Duty(task, deliverable, Optional.of(due));
    }

    /**
     * This duty without its date, for a template.
     *
     * @return a copy with no due date
     */
    public Duty withoutDate() {
        return new Duty(task, deliverable, Optional.empty());
    }
}
