package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the execution log (执行日志): a key action of the day, the problem met, if any, and
 * how it was solved (seed 000: 记录每日关键动作、问题及解决措施).
 *
 * @param at         when it was recorded
 * @param author     who recorded it
 * @param action     the key action, e.g. {@code 快闪店场地布置完成}
 * @param problem    the problem met, if any
 * @param resolution how it was solved, if it was
 * @param task       the board task it concerns, if any
 */
@Value.Builder
public record LogEntry(Instant at, MemberId author, String action, Optional<String> problem,
                       Optional<String> resolution, Optional<TaskId> task) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public LogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(action, "action");
        Checks.optional(problem, "problem");
        Checks.optional(resolution, "resolution");
        Checks.optional(task, "task");
    }

    /**
     * A builder for an entry.
     *
     * @return a new builder
     */
    public static LogEntryBuilder builder() {
        return new LogEntryBuilder();
    }
}
