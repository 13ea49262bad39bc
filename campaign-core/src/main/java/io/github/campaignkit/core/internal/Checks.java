package io.github.campaignkit.core.internal;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Argument checks for compact constructors. Every failure names the field and, where it helps,
 * the value. Internal: not part of campaignkit's API.
 */
public final class Checks {

    /** The longest identifier accepted. */
    public static final int MAX_ID_LENGTH = 128;

    private Checks() {
    }

    /**
     * An identifier: not null, not blank, no control characters, no surrounding white space, at
     * most {@value #MAX_ID_LENGTH} characters.
     *
     * @param value the identifier
     * @param field the field name for the message
     * @return the value
     */
    public static String id(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw InvalidValueException.of(ValueViolation.BLANK, field);
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw InvalidValueException.of(ValueViolation.TOO_LONG, field, value.length(), MAX_ID_LENGTH);
        }
        if (Character.isWhitespace(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(value.length()))) {
            throw InvalidValueException.of(ValueViolation.PADDED, field, value);
        }
        // a loop, not a stream: identifiers are checked for every one read from a document
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw InvalidValueException.of(ValueViolation.CONTROL_CHARACTER, field);
            }
        }
        return value;
    }

    /**
     * An immutable copy of a list whose elements are all non-null.
     *
     * @param list  the list
     * @param field the field name for the message
     * @param <T>   the element type
     * @return the copy
     */
    public static <T> List<T> list(List<T> list, String field) {
        Objects.requireNonNull(list, field);
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), field + "[" + i + "]");
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * An immutable copy of a set whose elements are all non-null.
     *
     * @param set   the set
     * @param field the field name for the message
     * @param <T>   the element type
     * @return the copy
     */
    public static <T> Set<T> set(Set<T> set, String field) {
        Objects.requireNonNull(set, field);
        for (T element : set) {
            Objects.requireNonNull(element, field + "[]");
        }
        return Set.copyOf(set);
    }

    /**
     * An immutable copy of a map whose keys and values are all non-null.
     *
     * @param map   the map
     * @param field the field name for the message
     * @param <K>   the key type
     * @param <V>   the value type
     * @return the copy
     */
    public static <K, V> Map<K, V> map(Map<K, V> map, String field) {
        Objects.requireNonNull(map, field);
        map.forEach((k, v) -> {
            Objects.requireNonNull(k, field + " key");
            Objects.requireNonNull(v, field + "[" + k + "]");
        });
        return Map.copyOf(map);
    }

    /**
     * An optional that is itself not null.
     *
     * @param value the optional
     * @param field the field name for the message
     * @param <T>   the value type
     * @return the value
     */
    public static <T> Optional<T> optional(Optional<T> value, String field) {
        return Objects.requireNonNull(value, field);
    }

    /**
     * A number that is not negative.
     *
     * @param value the number
     * @param field the field name for the message
     * @return the value
     */
    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw InvalidValueException.of(ValueViolation.NEGATIVE, field, value);
        }
        return value;
    }
}
