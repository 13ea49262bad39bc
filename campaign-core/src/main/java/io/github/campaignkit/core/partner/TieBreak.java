package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.rule.Labelled;

/**
 * What placed a candidate below the one ranked just above it. Ties are broken the same way whatever
 * order the candidates were given in: first the weighted total (higher first); on an equal total,
 * the raw scores criterion by criterion, the heaviest criterion first (criteria of equal weight in
 * scorecard order), higher first; when every score is equal, the partner id in its natural order.
 */
public enum TieBreak implements Labelled {
    /** The weighted total decided (always so for the first candidate). */
    TOTAL,
    /** Equal totals; the raw scores on the heaviest criteria decided. */
    CRITERIA,
    /** Equal totals and equal scores; the partner id decided. */
    PARTNER_ID
}
