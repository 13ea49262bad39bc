package io.github.campaignkit.core.review;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An improvement action (改进行动项, a row of the 问题改进清单): the task, who owns it, by when, the
 * measurable effect expected, and the problems it addresses. Seed 004: 周* updates the 校园活动执行手册
 * with a community forwarding incentive by 08-15; 张* builds the 高校KOL资源库 by 08-20.
 *
 * <p>Owner and due date may be missing in a draft; the retrospective rules report them.
 *
 * @param id        the item's identity in its retrospective
 * @param task      what is to be done
 * @param owner     负责人
 * @param due       完成时间
 * @param effect    预期效果, measurable
 * @param addresses the problems it addresses, by id; may be empty for an improvement not tied to a
 *                  problem
 */
@Value.Builder
public record ActionItem(ActionId id, String task, Optional<MemberId> owner, Optional<LocalDate> due,
                         ExpectedEffect effect, List<ProblemId> addresses) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(task, "task");
        Checks.optional(owner, "owner");
        Checks.optional(due, "due");
        Objects.requireNonNull(effect, "effect");
        addresses = Checks.list(addresses, "addresses");
    }

    /**
     * A builder for an item; id, task and effect must be set.
     *
     * @return a new builder
     */
    public static ActionItemBuilder builder() {
        return new ActionItemBuilder();
    }

    /**
     * A builder that starts from this item.
     *
     * @return a builder holding every component
     */
    public ActionItemBuilder toBuilder() {
        return new ActionItemBuilder().from(this);
    }

    /**
     * Whether this item addresses the problem.
     *
     * @param problem the problem's id
     * @return true if listed among {@link #addresses()}
     */
    public boolean addresses(ProblemId problem) {
        Objects.requireNonNull(problem, "problem");
        return addresses.contains(problem);
    }
}
