package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A module of the team and the member who leads it (模块负责人). Seed 004: 设计执行 led by 李*,
 * 线下执行 led by 王*.
 *
 * @param id   the module
 * @param lead who leads it; empty while nobody does, which the team rules report once the module
 *             has tasks
 */
public record TeamModule(ModuleId id, Optional<MemberId> lead) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public TeamModule {
        Objects.requireNonNull(id, "id");
        Checks.optional(lead, "lead");
    }

    /**
     * A module led by the given member.
     *
     * @param id   the module
     * @param lead who leads it
     * @return the module
     */
    public static TeamModule of(ModuleId id, MemberId lead) {
        return new TeamModule(id, Optional.of(lead));
    }

    /**
     * A module nobody leads yet.
     *
     * @param id the module
     * @return the module
     */
    public static TeamModule unled(ModuleId id) {
        return new TeamModule(id, Optional.empty());
    }
}
