package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.Labelled;
import java.util.Optional;

/**
 * The three tiers of a campaign team (三级架构), from the top: the overall lead (总负责人) leads the
 * campaign, module leads (模块负责人) lead a module each, executors (执行人) carry out tasks.
 * Problems that are not answered in time move up one tier at a time.
 */
public enum TeamRole implements Labelled {
    /** 总负责人: coordinates progress, resources and risk decisions for the whole campaign. */
    OVERALL_LEAD,
    /** 模块负责人: answers for the progress and quality of a module. */
    MODULE_LEAD,
    /** 执行人: carries out tasks against their delivery standard. */
    EXECUTOR;

    /**
     * The tier directly above this one.
     *
     * @return the next tier up, empty for the overall lead
     */
    public Optional<TeamRole> above() {
        return this == OVERALL_LEAD ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /**
     * Whether this tier is above another.
     *
     * @param other the other tier
     * @return true if this tier ranks higher
     */
    public boolean isAbove(TeamRole other) {
        return ordinal() < other.ordinal();
    }
}
