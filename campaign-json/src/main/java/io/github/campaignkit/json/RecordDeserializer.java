package io.github.campaignkit.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads one of campaignkit's records from a JSON object by its components, in one pass, and calls
 * its canonical constructor:
 * <ul>
 *   <li>a property the record does not have is handed to Jackson's unknown-property handling (an
 *       error with {@code FAIL_ON_UNKNOWN_PROPERTIES});</li>
 *   <li>a component given twice is an error (checked with a bit per component, far cheaper than
 *       the parser's duplicate detection, which allocates a set per object);</li>
 *   <li>a component that is not an {@code Optional} must be present (null is passed on to the
 *       constructor, which refuses it naming the component); an absent {@code Optional} is
 *       empty;</li>
 *   <li>a constructor's refusal is wrapped as Jackson wraps it, with the path to the record.</li>
 * </ul>
 * Jackson's own record support does the same more slowly: a buffer and a map lookup per property,
 * and a creator called through {@code MethodHandle.invokeWithArguments}, which builds a spreader on
 * every call.
 */
final class RecordDeserializer extends ValueDeserializer<Object> {

    private final Class<?> type;
    private final String[] names;
    private final JavaType[] types;
    /** A bit per component that is a set, read as a list. */
    private long sets;
    /** A bit per component that is a list the model sorts and rids of repeats. */
    private long orderedLists;
    private final boolean[] optional;
    private final Constructor<?> constructor;
    private final ValueDeserializer<Object>[] deserializers;
    private final TypeDeserializer[] typeDeserializers;
    private volatile boolean resolved;

    @SuppressWarnings("unchecked")
    RecordDeserializer(JavaType recordType, Function<Type, JavaType> typeOf,
                       java.util.function.UnaryOperator<JavaType> listOf,
                       java.util.function.BiPredicate<Class<?>, String> keptInOrder) {
        this.type = recordType.getRawClass();
        RecordComponent[] components = type.getRecordComponents();
        if (components.length > Long.SIZE) {
            throw new IllegalStateException(type.getName() + " has more than " + Long.SIZE + " components");
        }
        this.names = new String[components.length];
        this.types = new JavaType[components.length];
        this.optional = new boolean[components.length];
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            types[i] = typeOf.apply(components[i].getGenericType());
            if (Set.class.isAssignableFrom(components[i].getType())) {
                // Read as the list it is written as, so that a repeated or misplaced element is seen.
                sets |= 1L << i;
                types[i] = listOf.apply(types[i].getContentType());
            } else if (keptInOrder.test(type, names[i])) {
                // A list the model keeps sorted and without repeats: read like a set, kept a list.
                orderedLists |= 1L << i;
            }
            optional[i] = components[i].getType() == Optional.class;
            parameters[i] = components[i].getType();
        }
        try {
            this.constructor = type.getDeclaredConstructor(parameters);
            this.constructor.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("no canonical constructor for " + type.getName(), e);
        }
        this.deserializers = new ValueDeserializer[components.length];
        this.typeDeserializers = new TypeDeserializer[components.length];
    }

    @Override
    public void resolve(DeserializationContext ctxt) {
        for (int i = 0; i < names.length; i++) {
            deserializers[i] = ctxt.findContextualValueDeserializer(types[i], null);
            typeDeserializers[i] = ctxt.findTypeDeserializer(types[i]);
        }
        resolved = true;
    }

    @Override
    public Class<?> handledType() {
        return type;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return new ArrayList<>(List.of((Object[]) names));
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
        return typeDeserializer.deserializeTypedFromObject(p, ctxt);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!resolved) {
            resolve(ctxt);
        }
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        } else if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT) {
            return ctxt.handleUnexpectedToken(type, p);
        }
        Object[] values = new Object[names.length];
        long seen = 0L;
        for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
            String name = p.currentName();
            int i = indexOf(name);
            p.nextToken();
            if (i < 0) {
                unknown(p, ctxt, name);
                continue;
            }
            if ((seen & (1L << i)) != 0) {
                throw duplicate(p, name);
            }
            seen |= 1L << i;
            values[i] = value(p, ctxt, i);
        }
        for (int i = 0; i < names.length; i++) {
            if ((seen & (1L << i)) == 0) {
                values[i] = missing(ctxt, i);
            }
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw instantiation(ctxt, e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw instantiation(ctxt, e);
        }
    }

    /** A property given twice, placed at its value (the reader looks back for its name). */
    static StreamReadException duplicate(JsonParser p, String name) {
        return new StreamReadException(p, "Duplicate Object property \"" + name + "\"", p.currentTokenLocation());
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Jackson's handling: an error naming the property (with its path) when unknown ones fail, else skipped. */
    private void unknown(JsonParser p, DeserializationContext ctxt, String name) {
        if (name.equals(CampaignJsonModule.TYPE_PROPERTY) && isNamedSubtype()) {
            // The type name was read already, to choose this record: here it is written a second time.
            throw duplicate(p, name);
        }
        if (!ctxt.handleUnknownProperty(p, this, type, name)) {
            p.skipChildren();
        }
    }

    private Object value(JsonParser p, DeserializationContext ctxt, int i) {
        try {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return deserializers[i].getNullValue(ctxt);
            }
            TypeDeserializer typed = typeDeserializers[i];
            Object value = typed == null ? deserializers[i].deserialize(p, ctxt)
                    : deserializers[i].deserializeWithType(p, ctxt, typed);
            if ((sets & (1L << i)) != 0) {
                return setOf((List<?>) value);
            }
            if ((orderedLists & (1L << i)) != 0) {
                setOf((List<?>) value);
            }
            return value;
        } catch (JacksonException e) {
            throw e.prependPath(type, names[i]);
        } catch (RuntimeException e) {
            throw JacksonException.wrapWithPath(e, type, names[i]);
        }
    }

    /**
     * The set a list of elements stands for, refusing what would not be written back the same: an
     * element listed twice, or the elements out of the order the writer puts them in.
     */
    private static Set<Object> setOf(List<?> elements) {
        Set<Object> set = new LinkedHashSet<>();
        for (int k = 0; k < elements.size(); k++) {
            if (!set.add(elements.get(k))) {
                throw JacksonException.wrapWithPath(new InvalidValue(Fault.DUPLICATE_ELEMENT,
                        Messages.quote(String.valueOf(elements.get(k)))), elements, k);
            }
        }
        List<Object> ordered = CampaignJsonModule.inWrittenOrder(set);
        if (!ordered.equals(elements)) {
            throw new InvalidValue(Fault.NON_CANONICAL, String.valueOf(elements), String.valueOf(ordered));
        }
        return set;
    }

    private Object missing(DeserializationContext ctxt, int i) {
        if (optional[i]) {
            return Optional.empty();
        }
        return ctxt.reportPropertyInputMismatch(type, names[i], "Missing required property '%s'", names[i]);
    }

    private DatabindException instantiation(DeserializationContext ctxt, Throwable cause) {
        return ctxt.instantiationException(type, cause);
    }

    /** Whether the record is a subtype of a sealed interface, written with its type name. */
    private boolean isNamedSubtype() {
        for (Class<?> face : type.getInterfaces()) {
            if (face.isSealed()) {
                return true;
            }
        }
        return false;
    }

    /** Whether this deserializer reads the given type. */
    static boolean reads(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("io.github.campaignkit.");
    }
}
