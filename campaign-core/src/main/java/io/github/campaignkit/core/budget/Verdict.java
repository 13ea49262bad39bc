package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.rule.Labelled;

/** A reviewer's opinion of a submitted budget. */
public enum Verdict implements Labelled {
    /** 同意. */
    AGREE,
    /** 有条件同意: agrees, with conditions written in the comment. */
    AGREE_WITH_CONDITIONS,
    /** 不同意: objects; the budget cannot be approved while the objection stands. */
    OBJECT
}
