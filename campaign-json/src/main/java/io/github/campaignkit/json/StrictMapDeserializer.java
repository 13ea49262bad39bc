package io.github.campaignkit.json;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.type.MapType;

/**
 * Reads a map from a JSON object, refusing a key given twice (rather than keeping the last value,
 * as Jackson does unless the parser's costly duplicate detection is on). Keys go through the
 * key deserializer (identifiers are checked), values through the content deserializer.
 */
final class StrictMapDeserializer extends ValueDeserializer<Object> {

    private final MapType type;
    private final KeyDeserializer keys;
    private final ValueDeserializer<Object> values;
    private final TypeDeserializer valueTypes;

    StrictMapDeserializer(MapType type) {
        this(type, null, null, null);
    }

    private StrictMapDeserializer(MapType type, KeyDeserializer keys, ValueDeserializer<Object> values,
                                  TypeDeserializer valueTypes) {
        this.type = type;
        this.keys = keys;
        this.values = values;
        this.valueTypes = valueTypes;
    }

    /** Whether this deserializer can build the map type: a Map a LinkedHashMap can stand for. */
    static boolean reads(MapType type) {
        return type.getRawClass().isAssignableFrom(LinkedHashMap.class);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return new StrictMapDeserializer(type, ctxt.findKeyDeserializer(type.getKeyType(), property),
                ctxt.findContextualValueDeserializer(type.getContentType(), property),
                ctxt.findTypeDeserializer(type.getContentType()));
    }

    @Override
    public Class<?> handledType() {
        return type.getRawClass();
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Map;
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
        return typeDeserializer.deserializeTypedFromObject(p, ctxt);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        } else if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT) {
            return ctxt.handleUnexpectedToken(type, p);
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            try {
                Object key = keys.deserializeKey(name, ctxt);
                if (map.containsKey(key)) {
                    throw RecordDeserializer.duplicate(p, name);
                }
                Object value = p.currentToken() == JsonToken.VALUE_NULL ? values.getNullValue(ctxt)
                        : valueTypes == null ? values.deserialize(p, ctxt) : values.deserializeWithType(p, ctxt, valueTypes);
                map.put(key, value);
            } catch (JacksonException e) {
                throw e.prependPath(map, name);
            } catch (RuntimeException e) {
                throw JacksonException.wrapWithPath(e, map, name);
            }
        }
        return map;
    }
}
