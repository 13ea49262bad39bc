package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A decision on an issue, or its resolution: when, by whom, what.
 *
 * @param at   when it was recorded
 * @param by   who decided
 * @param text what was decided or done, e.g. {@code 增加晚8点-10点直播场次}
 */
public record IssueDecision(Instant at, MemberId by, String text) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public IssueDecision {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A decision.
     *
     * @param at   when
     * @param by   who
     * @param text what
     * @return the decision
     */
    public static IssueDecision of(Instant at, MemberId by, String text) {
        return new IssueDecision(at, by, text);
    }
}
