package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.rule.Labelled;

/**
 * How serious an issue raised during execution is; the {@link TrackingPolicy} routes each
 * severity to a tier of the team with its deadlines.
 */
public enum IssueSeverity implements Labelled {
    /** 小问题, e.g. not enough gifts: decided on the spot by the module lead. */
    SMALL,
    /** 大问题, e.g. a channel far below expectations: the overall lead answers within 2 hours. */
    BIG,
    /** 突发问题, e.g. materials arriving late: answered within 1 hour, fixed within 24 hours. */
    URGENT
}
