package io.github.campaignkit.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of campaign documents by reflection over the record
 * graph from a root type: a record is an object whose properties are its components, required
 * unless {@code Optional}, with no others; a list is an array, a set an array of unique items, a
 * map an object; an enum a string of its constants' names; a type the module writes itself
 * (identifiers, dates, money) has the schema the module gives; a sealed interface is one of its
 * subtypes, each carrying its {@code "type"} name from the module. Anything else (a class that is
 * not a record, an interface the module does not know) stops the generation with a message that
 * says where to describe it, so a new type cannot slip through undescribed.
 *
 * <p>The output is deterministic: definitions sorted by name, properties in component order,
 * two-space indentation, {@code \n} line ends and a final newline.
 */
final class SchemaGenerator {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CORE = "io.github.campaignkit.core.";
    private static final String OWN = "io.github.campaignkit.";

    private final CampaignJsonModule module;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();
    private final Map<String, Class<?>> definedTypes = new TreeMap<>();
    private final Set<Class<?>> types = new LinkedHashSet<>();

    private SchemaGenerator(CampaignJsonModule module) {
        this.module = module;
    }

    /** What one generation produced: the schema and every type it describes. */
    record Result(ObjectNode schema, Set<Class<?>> types) {

        /** The schema as the checked-in resource holds it. */
        String text() {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JsonMapper.builder().build().writer().with(printer).writeValueAsString(schema) + "\n";
        }
    }

    /**
     * The schema of the envelope {@code {"schemaVersion": version, "campaign": root}}.
     *
     * @throws IllegalStateException if a type reachable from the root has no JSON form
     */
    static Result generate(CampaignJsonModule module, Class<?> root, int version) {
        return generate(module, root, version, Payload.CAMPAIGN, "campaignkit campaign document");
    }

    /**
     * The schema of the envelope {@code {"schemaVersion": version, "<payload>": root}}, titled
     * {@code "<title>, schemaVersion <version>"}.
     *
     * @throws IllegalStateException if a type reachable from the root has no JSON form
     */
    static Result generate(CampaignJsonModule module, Class<?> root, int version, Payload payload, String title) {
        SchemaGenerator generator = new SchemaGenerator(module);
        ObjectNode content = generator.schemaOf(root, root.getName());
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", title + ", schemaVersion " + version);
        schema.put("description", "Generated from the model by campaign-json (SchemaGenerator); do not edit: "
                + "regenerate with the command in the package documentation of io.github.campaignkit.json.");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject(CampaignJson.SCHEMA_VERSION_PROPERTY).put("const", version);
        properties.set(payload.property, content);
        schema.putArray("required").add(CampaignJson.SCHEMA_VERSION_PROPERTY).add(payload.property);
        schema.put("additionalProperties", false);
        ObjectNode defs = schema.putObject("$defs");
        generator.definitions.forEach(defs::set);
        return new Result(schema, Collections.unmodifiableSet(generator.types));
    }

    /** The name of a type's definition: its name below the library's root package. */
    static String nameOf(Class<?> type) {
        String name = type.getName();
        if (name.startsWith(CORE)) {
            name = name.substring(CORE.length());
        } else if (name.startsWith(OWN)) {
            name = name.substring(OWN.length());
        }
        return name.replace('$', '.');
    }

    private ObjectNode schemaOf(Type type, String where) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Optional.class) {
                return schemaOf(arguments[0], where);
            }
            if (Set.class.isAssignableFrom(raw)) {
                return NODES.objectNode().put("type", "array").put("uniqueItems", true)
                        .set("items", schemaOf(arguments[0], where + "[]"));
            }
            if (List.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
                return NODES.objectNode().put("type", "array").set("items", schemaOf(arguments[0], where + "[]"));
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = NODES.objectNode().put("type", "object");
                ObjectNode keys = keySchema(arguments[0], where);
                if (keys != null) {
                    map.set("propertyNames", keys);
                }
                return map.set("additionalProperties", schemaOf(arguments[1], where + "[]"));
            }
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("no JSON form for " + type.getTypeName() + " at " + where
                    + ": use concrete records, lists, sets, maps and optionals");
        }
        return schemaOf(c, where);
    }

    private ObjectNode schemaOf(Class<?> c, String where) {
        Optional<ObjectNode> own = module.schemaOf(c);
        if (own.isPresent()) {
            return reference(c, own::get);
        }
        if (module.writesItself(c)) {
            throw new IllegalStateException(c.getName() + " at " + where + " has a serializer of its own in "
                    + "CampaignJsonModule but no schema: describe it there with schema(...)");
        }
        if (c == String.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (c == int.class || c == Integer.class) {
            return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (c == long.class || c == Long.class) {
            return integer(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (c == short.class || c == Short.class) {
            return integer(Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (c == byte.class || c == Byte.class) {
            return integer(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        if (c == BigInteger.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (c == BigDecimal.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (c == Currency.class) {
            return NODES.objectNode().put("type", "string").put("pattern", "^[A-Z]{3}$");
        }
        if (c.isEnum()) {
            types.add(c);
            ObjectNode schema = NODES.objectNode().put("type", "string");
            ArrayNode names = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (c.isRecord()) {
            return reference(c, () -> record(c, module.sealedName(c)));
        }
        if (c.isInterface() && (c.isSealed() || module.sealedNames(c).isPresent())) {
            Map<String, Class<?>> names = module.sealedNames(c).orElseThrow(() -> new IllegalStateException(
                    "sealed " + c.getName() + " at " + where + " has no JSON names: register it in "
                            + "CampaignJsonModule with sealed(...)"));
            return reference(c, () -> {
                ObjectNode schema = NODES.objectNode();
                ArrayNode oneOf = schema.putArray("oneOf");
                names.values().forEach(sub -> oneOf.add(schemaOf(sub, where)));
                return schema;
            });
        }
        throw new IllegalStateException("no JSON form for " + c.getName() + " at " + where + ": make it a record, "
                + "or describe it in CampaignJsonModule");
    }

    private ObjectNode keySchema(Type key, String where) {
        if (key == String.class) {
            return null;
        }
        if (key instanceof Class<?> c && (c.isEnum() || module.shapeKey(c).isPresent())) {
            ObjectNode schema = schemaOf(c, where + " key");
            schema.remove("type");
            return schema;
        }
        throw new IllegalStateException("map key " + key.getTypeName() + " at " + where + " has no JSON form: "
                + "use a String, an identifier or an enum");
    }

    private ObjectNode reference(Class<?> c, java.util.function.Supplier<ObjectNode> definition) {
        String name = nameOf(c);
        Class<?> known = definedTypes.putIfAbsent(name, c);
        if (known != null && known != c) {
            throw new IllegalStateException("two types named " + name + ": " + known.getName() + ", " + c.getName());
        }
        if (known == null) {
            types.add(c);
            definitions.put(name, NODES.objectNode()); // placeholder against cycles
            definitions.put(name, definition.get());
        }
        return NODES.objectNode().put("$ref", "#/$defs/" + name);
    }

    private ObjectNode record(Class<?> c, Optional<String> typeName) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        if (typeName.isPresent()) {
            properties.putObject(CampaignJsonModule.TYPE_PROPERTY).put("const", typeName.get());
            required.add(CampaignJsonModule.TYPE_PROPERTY);
        }
        for (RecordComponent component : c.getRecordComponents()) {
            String name = component.getName();
            if (typeName.isPresent() && name.equals(CampaignJsonModule.TYPE_PROPERTY)) {
                throw new IllegalStateException(c.getName() + "." + name + " clashes with the property that names "
                        + "the subtype of a sealed type");
            }
            properties.set(name, schemaOf(component.getGenericType(), nameOf(c) + "." + name));
            if (component.getType() != Optional.class) {
                required.add(name);
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode integer(long min, long max) {
        return NODES.objectNode().put("type", "integer").put("minimum", min).put("maximum", max);
    }
}
