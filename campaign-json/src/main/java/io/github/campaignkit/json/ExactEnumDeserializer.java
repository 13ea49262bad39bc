package io.github.campaignkit.json;

import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads an enum constant by its exact name: {@code " LOW"} or {@code "low"} is refused (Jackson
 * would trim the first), so that what is accepted writes back as it was read.
 */
final class ExactEnumDeserializer extends StdScalarDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> byName = new java.util.HashMap<>();
    private final transient CampaignJsonModule module;

    ExactEnumDeserializer(Class<?> type, CampaignJsonModule module) {
        super(type);
        this.module = module;
        for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new InvalidValue(Fault.WRONG_TYPE, Shapes.expected(handledType(), module),
                    Shapes.found(p.currentToken()));
        }
        String text = p.getString();
        Object constant = byName.get(text);
        if (constant == null) {
            throw new InvalidValue(Fault.UNKNOWN_NAME, Messages.quote(text), Shapes.names(handledType()));
        }
        return constant;
    }
}
