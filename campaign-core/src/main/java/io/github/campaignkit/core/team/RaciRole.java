package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.Labelled;

/**
 * A member's part in a task in a RACI matrix (负责人 / 审批人 / 咨询人 / 知情人). Every task has
 * exactly one {@link #ACCOUNTABLE} and at least one {@link #RESPONSIBLE}; the accountable member
 * may also be responsible.
 */
public enum RaciRole implements Labelled {
    /** R, 负责人: does the work. */
    RESPONSIBLE("R"),
    /** A, 审批人: answers for the result and approves it; exactly one per task. */
    ACCOUNTABLE("A"),
    /** C, 咨询人: is asked before decisions. */
    CONSULTED("C"),
    /** I, 知情人: is told of progress and decisions. */
    INFORMED("I");

    private final String letter;

    RaciRole(String letter) {
        this.letter = letter;
    }

    /**
     * The role's letter in a matrix: R, A, C or I.
     *
     * @return the letter
     */
    public String letter() {
        return letter;
    }
}
