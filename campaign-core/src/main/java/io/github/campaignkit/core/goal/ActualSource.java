package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Labelled;

/**
 * Where a goal's actual comes from (数据来源). A fact is entered once: an actual the campaign's
 * data give is taken from them, and typing it as well can only disagree.
 */
public enum ActualSource implements Labelled {
    /** 填报: typed into the evaluation, for a metric nobody tracks (a survey's satisfaction score). */
    RECORDED,
    /** 数据看板累计: the dashboard's total of the metric's observations over every channel. */
    TRACKED,
    /** 核算: a return on investment computed from the revenue's actual and the budget's actual spend. */
    COMPUTED
}
