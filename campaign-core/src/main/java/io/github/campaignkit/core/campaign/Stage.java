package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Labelled;
import java.util.Optional;

/**
 * The stage a campaign is in. The open stages run in order
 * {@link #PLANNING} → {@link #PREPARATION} → {@link #EXECUTION} → {@link #REVIEW} → {@link #CLOSED};
 * a campaign can be put {@link #ON_HOLD} from any open stage and resumed to the stage it was held
 * in, and {@link #CANCELLED} from any open stage or from hold. {@link #CLOSED} and
 * {@link #CANCELLED} are terminal.
 */
public enum Stage implements Labelled {
    /** 策划: goals, team, budget and plan are set. */
    PLANNING,
    /** 准备: suppliers, materials, schedule and risk plan are prepared. */
    PREPARATION,
    /** 执行: the campaign runs, tracked daily. */
    EXECUTION,
    /** 复盘: results are evaluated and lessons kept. */
    REVIEW,
    /** 归档: archived, read-only. */
    CLOSED,
    /** 暂停: held, waiting to resume the stage it was held in. */
    ON_HOLD,
    /** 已取消: stopped for good. */
    CANCELLED;

    /**
     * Whether work goes on in this stage: planning, preparation, execution or review.
     *
     * @return true for the four working stages
     */
    public boolean isOpen() {
        return ordinal() <= REVIEW.ordinal();
    }

    /**
     * Whether nothing more can happen: closed or cancelled.
     *
     * @return true for {@link #CLOSED} and {@link #CANCELLED}
     */
    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    /**
     * The stage an advance leads to from this one.
     *
     * @return the next stage for an open stage, empty otherwise
     */
    public Optional<Stage> next() {
        return isOpen() ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
