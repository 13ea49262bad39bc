package io.github.campaignkit.core.goal;

import java.util.Objects;

/**
 * A strategic objective the campaign serves (关联战略), such as {@code 新客获取} or
 * {@code 品牌渗透}: the root of the goal decomposition objective → dimension → metric. A goal that
 * serves no objective is not {@linkplain SmartLetter#RELEVANT relevant}.
 *
 * @param id        the objective's identity
 * @param statement what the objective is, e.g. {@code 支撑年度目标中的新客获取}; may be blank in a
 *                  draft, reported by {@link GoalRules#structure()}
 */
public record Objective(ObjectiveId id, String statement) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Objective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
    }

    /**
     * The objective with the given id and statement.
     *
     * @param id        the identity
     * @param statement what it is
     * @return the objective
     */
    public static Objective of(String id, String statement) {
        return new Objective(ObjectiveId.of(id), statement);
    }
}
