package io.github.campaignkit.core.team;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a task of a campaign (执行分工表 and 执行甘特图 rows share it), for example
 * {@code T01} or {@code 物料设计}. Two ids are the same task when their values are equal.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record TaskId(String value) implements Comparable<TaskId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public TaskId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static TaskId of(String value) {
        return new TaskId(value);
    }

    @Override
    public int compareTo(TaskId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
