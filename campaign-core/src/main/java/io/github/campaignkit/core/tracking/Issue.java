package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the issue log (问题上报-分析决策-执行调整): raised at a time by a member in a module,
 * with a severity and a description, then the decisions taken on it and finally its resolution.
 * Seed 004: 抖音直播观看人数不足预期（目标5000人，实际仅2000人）, a big issue answered by the overall
 * lead with three adjustments.
 *
 * <p>Who must answer, by when, and where it went when nobody did is not stored: it follows from the
 * team, the {@link TrackingPolicy} and the time, see {@link Escalations}.
 *
 * @param id          the issue's identity, unique in the log
 * @param raisedAt    when it was raised
 * @param raisedBy    who raised it
 * @param module      the module it concerns, whose lead answers small issues
 * @param severity    small, big or urgent
 * @param description what went wrong
 * @param task        the task it concerns, if any
 * @param decisions   the decisions taken, oldest first; the first one answers the issue
 * @param resolution  how it was resolved, once it is
 */
@Value.Builder
public record Issue(IssueId id, Instant raisedAt, MemberId raisedBy, ModuleId module, IssueSeverity severity,
                    String description, Optional<TaskId> task, List<IssueDecision> decisions,
                    Optional<IssueDecision> resolution) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public Issue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
        Checks.optional(task, "task");
        decisions = Checks.list(decisions, "decisions");
        Checks.optional(resolution, "resolution");
    }

    /**
     * A builder for an issue.
     *
     * @return a new builder
     */
    public static IssueBuilder builder() {
        return new IssueBuilder();
    }

    /**
     * A builder that starts from this issue.
     *
     * @return a builder holding every component of this issue
     */
    public IssueBuilder toBuilder() {
        return new IssueBuilder().from(this);
    }

    /**
     * Where the issue stands.
     *
     * @return resolved once it has a resolution, answered once it has a decision, open before
     */
    public IssueStatus status() {
        if (resolution.isPresent()) {
            return IssueStatus.RESOLVED;
        }
        return decisions.isEmpty() ? IssueStatus.OPEN : IssueStatus.ANSWERED;
    }

    /**
     * When the issue was first answered: its first decision, or its resolution if that came first.
     *
     * @return the time of the first answer, empty while nobody answered
     */
    public Optional<Instant> answeredAt() {
        Optional<Instant> first = decisions.stream().map(IssueDecision::at).min(Instant::compareTo);
        if (resolution.isPresent() && (first.isEmpty() || resolution.get().at().isBefore(first.get()))) {
            return Optional.of(resolution.get().at());
        }
        return first;
    }

    /**
     * This issue with one more decision.
     *
     * @param decision the decision
     * @return a copy
     */
    public Issue withDecision(IssueDecision decision) {
        Objects.requireNonNull(decision, "decision");
        List<IssueDecision> next = new ArrayList<>(decisions);
        next.add(decision);
        return toBuilder().decisions(next).build();
    }

    /**
     * This issue resolved.
     *
     * @param how the resolution
     * @return a copy
     */
    public Issue withResolution(IssueDecision how) {
        Objects.requireNonNull(how, "how");
        return toBuilder().resolution(how).build();
    }
}
