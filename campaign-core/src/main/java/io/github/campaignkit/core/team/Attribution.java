package io.github.campaignkit.core.team;

import java.time.Instant;
import java.util.Objects;

/**
 * Who makes a change and when: the context of a {@linkplain io.github.campaignkit.core.rule.PartChange
 * part's change} that needs nothing else of the campaign. A lifecycle builds it from the command's
 * actor and its clock.
 *
 * @param actor who makes the change
 * @param at    when, from the lifecycle's clock
 */
public record Attribution(MemberId actor, Instant at) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Attribution {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
