package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.rule.Labelled;

/** Which way a metric improves. */
public enum Direction implements Labelled {
    /** More is better: reads, leads, conversion. */
    HIGHER_IS_BETTER,
    /** Less is better: cost per lead, complaints, response time. */
    LOWER_IS_BETTER
}
