package io.github.campaignkit.json;

import io.github.campaignkit.json.Messages.Phrase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonToken;

/**
 * What a value is, in words: the JSON shape a Java type is written as (for "expected …") and the
 * shape a token has (for "found …"). Shared by the error messages and kept in line with the schema
 * generator.
 */
final class Shapes {

    private Shapes() {
    }

    /** The shape a value of the given type is written as. */
    static Phrase expected(Class<?> type, CampaignJsonModule module) {
        if (type == null) {
            return Phrase.of("shape.object");
        }
        Optional<String> scalar = module.shapeKey(type);
        if (scalar.isPresent()) {
            return Phrase.of(scalar.get());
        }
        if (type == String.class || type == Character.class || type == char.class
                || type == java.util.Currency.class || type == java.util.UUID.class) {
            return Phrase.of(type == java.util.Currency.class ? "shape.currency" : "shape.string");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Phrase.of("shape.boolean");
        }
        if (type == int.class || type == Integer.class) {
            return Phrase.of("shape.integer-range", String.valueOf(Integer.MIN_VALUE), String.valueOf(Integer.MAX_VALUE));
        }
        if (type == long.class || type == Long.class) {
            // The range of a long says little to a reader of a wrong type; range() gives it for a number too big.
            return Phrase.of("shape.integer");
        }
        if (type == short.class || type == Short.class) {
            return Phrase.of("shape.integer-range", String.valueOf(Short.MIN_VALUE), String.valueOf(Short.MAX_VALUE));
        }
        if (type == byte.class || type == Byte.class) {
            return Phrase.of("shape.integer-range", String.valueOf(Byte.MIN_VALUE), String.valueOf(Byte.MAX_VALUE));
        }
        if (type == BigInteger.class) {
            return Phrase.of("shape.integer");
        }
        if (type == BigDecimal.class) {
            return Phrase.of("shape.decimal");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return Phrase.of("shape.number");
        }
        if (type.isEnum()) {
            return Phrase.of("shape.names", names(type));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Phrase.of("shape.array");
        }
        return Phrase.of("shape.object");
    }

    /** What a whole number of the given type must lie within, for a number out of its range. */
    static Phrase range(Class<?> type, CampaignJsonModule module) {
        if (type == long.class || type == Long.class) {
            return Phrase.of("shape.integer-range", String.valueOf(Long.MIN_VALUE), String.valueOf(Long.MAX_VALUE));
        }
        return expected(type, module);
    }

    /** The names of an enum's constants, as the documents write them. */
    static String names(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** The names of a sealed type's subtypes. */
    static String names(Map<String, Class<?>> names) {
        return String.join(", ", names.keySet());
    }

    /** The shape of the token found. */
    static Phrase found(JsonToken token) {
        if (token == null) {
            return Phrase.of("shape.null");
        }
        switch (token) {
            case START_OBJECT:
            case END_OBJECT:
            case PROPERTY_NAME:
                return Phrase.of("shape.object");
            case START_ARRAY:
            case END_ARRAY:
                return Phrase.of("shape.array");
            case VALUE_STRING:
                return Phrase.of("shape.string");
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Phrase.of("shape.number");
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Phrase.of("shape.boolean");
            case VALUE_NULL:
                return Phrase.of("shape.null");
            default:
                return Phrase.of("shape.object");
        }
    }
}
