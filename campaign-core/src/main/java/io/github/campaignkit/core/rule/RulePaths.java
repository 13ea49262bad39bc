package io.github.campaignkit.core.rule;

import java.util.Objects;

/**
 * Builds the paths that {@link Violation}s carry: {@code budget.lines[3].unitPrice}.
 */
public final class RulePaths {

    private RulePaths() {
    }

    /**
     * Joins two paths with a dot, leaving out empty parts; an index part ({@code [3]}) is joined
     * without a dot.
     *
     * @param prefix the outer path, may be empty
     * @param path   the inner path, may be empty
     * @return the joined path
     */
    public static String join(String prefix, String path) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(path, "path");
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    /**
     * The path of an element of a list: {@code lines[3]}.
     *
     * @param field the list's field name
     * @param index the element's index, from 0
     * @return the indexed path
     */
    public static String indexed(String field, int index) {
        Objects.requireNonNull(field, "field");
        if (index < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, "index", index);
        }
        return field + "[" + index + "]";
    }
}
