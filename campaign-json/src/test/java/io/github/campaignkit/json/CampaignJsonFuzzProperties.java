package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.JournalEntry;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Broken documents give a CampaignJsonException and nothing else: truncations, byte flips,
 * swapped types, deleted and duplicated fields, deep nesting and numbers such as
 * {@code 1e-100000000}, applied to valid documents of generated campaigns.
 *
 * <p>Each read is bounded in time by the reader's limits, and guarded by a generous timer against a
 * hang (see {@link #readWithin}): a fuzzed document
 * is never longer than {@link #MAX_FUZZED_LENGTH}, and {@link #pathologicalValuesAreStoppedAtABound()}
 * shows that each value whose handling could grow without bound (deep nesting, long digit strings,
 * huge exponents) is refused by a limit or a type check before any work proportional to it.
 */
class CampaignJsonFuzzProperties {

    private static final CampaignJson JSON = CampaignJson.standard();
    private static final CampaignJson ZH = JSON.toBuilder().locale(Locale.CHINESE).build();
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEEP = 5_000;
    /** The bound on the time of one fuzzed read; see {@link #readWithin}. */
    private static final java.time.Duration HANG_GUARD = java.time.Duration.ofSeconds(10);
    private static final int MAX_FUZZED_LENGTH = 1_000_000;
    private static final Pattern POINTER = Pattern.compile("(/([^/~]|~[01])*)*");
    private static final String[] NUMBERS = {"1e-100000000", "1e100000000", "-1E+2147483647", "0.1e-99999",
        "-0", "1.5", "-1", "12345678901234567890123456789012345678901234567890", "9".repeat(99),
        "1" + "0".repeat(150), "1." + "1".repeat(98), "2147483648", "-9223372036854775809"};

    /** A value quoted by the reader's messages: double quotes, with quote and backslash escaped. */
    private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";

    /** The ways a document is broken. */
    enum Mutation {
        TRUNCATE, FLIP_BYTE, SWAP_TYPE, DELETE_FIELD, DUPLICATE_FIELD, DEEP_NESTING, HUGE_NUMBER, NUMBER_AS_TEXT,
        INSERT_BYTES
    }

    @Property(tries = 1000)
    void brokenDocumentsGiveOnlyCampaignJsonExceptions(@ForAll("campaigns") Campaign campaign,
                                                       @ForAll Mutation mutation, @ForAll long seed) {
        byte[] document = JSON.writeBytes(campaign);
        byte[] broken = mutate(document, mutation, new Random(seed));
        assertThat(broken.length).isLessThanOrEqualTo(MAX_FUZZED_LENGTH);
        readWithin(JSON, broken);
        readWithin(ZH, new String(broken, StandardCharsets.UTF_8));
    }

    /** Commands and journal entries, as a service receives them from anyone, are read as strictly. */
    @Property(tries = 500)
    void brokenCommandsAndEntriesGiveOnlyCampaignJsonExceptions(@ForAll CampaignCommand command,
                                                                @ForAll Mutation mutation, @ForAll long seed) {
        byte[] document = JSON.writeCommandBytes(command);
        byte[] broken = mutate(document, mutation, new Random(seed));
        readWithin(JSON, broken, CampaignJsonFuzzProperties::command);
        readWithin(ZH, new String(broken, StandardCharsets.UTF_8), CampaignJsonFuzzProperties::command);
        byte[] entry = JSON.writeEntryBytes(new JournalEntry(1 + (seed & 0xffff), Instant.ofEpochSecond(seed & 0xfffffff),
                command));
        byte[] brokenEntry = mutate(entry, mutation, new Random(seed));
        readWithin(JSON, brokenEntry, (json, bytes) -> json.readEntry((byte[]) bytes));
        readWithin(JSON, brokenEntry, (json, bytes) -> json.readJournal(new java.io.ByteArrayInputStream((byte[]) bytes)));
    }

    private static Object command(CampaignJson json, Object document) {
        return document instanceof byte[] bytes ? json.readCommand(bytes) : json.readCommand((String) document);
    }

    private static Object campaign(CampaignJson json, Object document) {
        return document instanceof byte[] bytes ? json.read(bytes) : json.read((String) document);
    }

    /**
     * Reads the document within {@link #HANG_GUARD}: not a measurement (JMH measures), a guard that
     * fails the property if a fuzzed document ever made the reader hang or run away, which the
     * limits are there to prevent. A read of a document of this size takes milliseconds.
     */
    private static void readWithin(CampaignJson json, Object document) {
        readWithin(json, document, CampaignJsonFuzzProperties::campaign);
    }

    /** As {@link #readWithin(CampaignJson, Object)}, reading bytes with the given method. */
    private static void readWithin(CampaignJson json, Object document,
                                   java.util.function.BiFunction<CampaignJson, Object, Object> reading) {
        long start = System.nanoTime();
        readOrExplain(json, document, reading);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG_GUARD);
    }

    /** Reads the document: a campaign, or a CampaignJsonException that says where and why, plainly. */
    private static void readOrExplain(CampaignJson json, Object document) {
        readOrExplain(json, document, CampaignJsonFuzzProperties::campaign);
    }

    /** Reads the document with the given method: a value, or a CampaignJsonException that says where and why. */
    private static void readOrExplain(CampaignJson json, Object document,
                                      java.util.function.BiFunction<CampaignJson, Object, Object> reading) {
        try {
            Object read = reading.apply(json, document);
            assertThat(read).isNotNull();
        } catch (CampaignJsonException e) {
            assertThat(e.code()).matches("json\\.[a-z]+(\\.[a-z-]+)+");
            assertThat(e.pointer()).matches(POINTER);
            assertThat(e.line().isPresent()).isEqualTo(e.column().isPresent());
            for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
                String message = e.message(locale);
                assertThat(message).isNotBlank();
                // The pointer and the quoted offending value repeat the input, which a flipped byte can
                // turn into anything ("dataSource:" once); only what Jackson itself would have said is
                // looked for in the rest.
                String ours = message.replace(e.pointer(), "").replaceAll(QUOTED, "");
                assertThat(ours).doesNotContain("io.github", "tools.jackson", "com.fasterxml",
                        "NullPointer", "Exception", "java.", "JsonToken", "StreamReadConstraints", "was expecting",
                        "Cannot deserialize", "(code ", "REDACTED", "Source:");
            }
        } catch (RuntimeException e) {
            fail("not a CampaignJsonException: " + e, e);
        }
    }

    /** Found by the property above: a flipped quote made a property name that looks like Jackson's "Source:". */
    @Example
    void aPropertyNameThatLooksLikeJacksonTextIsQuotedAsItWasRead() {
        String json = JSON.write(CampaignJsonTest.sample()).replaceFirst("\"campaign\":\\{", "\"campaign\":{\"dataSource:\":1,");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.property.unknown");
            assertThat(e.pointer()).isEqualTo("/campaign/dataSource:");
            assertThat(e.message(Locale.ENGLISH)).contains("unknown property \"dataSource:\"");
        });
        readOrExplain(JSON, json);
    }

    @Example
    void pathologicalValuesAreStoppedAtABound() {
        String json = JSON.write(CampaignJsonTest.sample());
        String reordered = "{" + json.substring(json.indexOf("\"campaign\":"), json.length() - 1)
                + ",\"schemaVersion\":2}";
        for (String deep : List.of("[".repeat(DEEP) + "]".repeat(DEEP), "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP))) {
            // bound straight from the parser: refused at the first token that cannot be a number
            assertThatThrownBy(() -> JSON.read(json.replace("\"revision\":1", "\"revision\":" + deep)))
                    .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                        assertThat(e.code()).isEqualTo("json.value.wrong-type");
                        assertThat(e.pointer()).isEqualTo("/campaign/revision");
                    });
            // read as a tree first: refused at the nesting limit
            assertThatThrownBy(() -> JSON.read(reordered.replace("\"revision\":1", "\"revision\":" + deep)))
                    .isInstanceOfSatisfying(CampaignJsonException.class,
                            e -> assertThat(e.code()).isEqualTo("json.limit.nesting-depth"));
        }
        assertThatThrownBy(() -> JSON.read(json.replace("\"revision\":1", "\"revision\":" + "9".repeat(1000))))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.code()).isEqualTo("json.limit.number-length"));
        for (String number : List.of("1e-100000000", "1e100000000", "1.5")) {
            assertThatThrownBy(() -> JSON.read(json.replace("\"revision\":1", "\"revision\":" + number)))
                    .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                        assertThat(e.code()).isEqualTo("json.value.wrong-type");
                        assertThat(e.pointer()).isEqualTo("/campaign/revision");
                    });
        }
        assertThatThrownBy(() -> JSON.read(reordered.replace("\"revision\":1", "\"revision\":1e-100000000")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.code()).isEqualTo("json.value.wrong-type"));
        assertThat(JSON.maxNestingDepth()).isLessThan(DEEP);
        assertThat(JSON.maxNumberLength()).isLessThan(1000);
        assertThat(JSON.maxDecimalScale()).isLessThan(100_000_000);
    }

    // ---- mutations ---------------------------------------------------------------------------

    private static byte[] mutate(byte[] document, Mutation mutation, Random random) {
        switch (mutation) {
            case TRUNCATE:
                return java.util.Arrays.copyOf(document, random.nextInt(document.length));
            case FLIP_BYTE: {
                byte[] copy = document.clone();
                int flips = 1 + random.nextInt(3);
                for (int i = 0; i < flips; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case INSERT_BYTES: {
                int at = random.nextInt(document.length);
                String[] pieces = {",", ":", "{", "}", "[", "]", "\"", "\\", "null", "\u0000", " ", "\ud83d\ude00",
                    "\"x\":1,", "//", "/*", "'"};
                byte[] piece = pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[document.length + piece.length];
                System.arraycopy(document, 0, out, 0, at);
                System.arraycopy(piece, 0, out, at, piece.length);
                System.arraycopy(document, at, out, at + piece.length, document.length - at);
                return out;
            }
            default:
                return mutateTree(document, mutation, random);
        }
    }

    private static byte[] mutateTree(byte[] document, Mutation mutation, Random random) {
        ObjectNode root = (ObjectNode) TREES.readTree(document);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        String marker = "\u0001MARK\u0001";
        switch (mutation) {
            case DELETE_FIELD:
                if (target instanceof ObjectNode object && object.size() > 0) {
                    object.remove(nth(object.propertyNames().iterator(), random.nextInt(object.size())));
                } else if (target instanceof ArrayNode array && array.size() > 0) {
                    array.remove(random.nextInt(array.size()));
                }
                return TREES.writeValueAsBytes(root);
            case DUPLICATE_FIELD:
                return duplicate(root, target, random);
            case SWAP_TYPE:
                replaceChild(target, random, swapped(random));
                return TREES.writeValueAsBytes(root);
            case DEEP_NESTING: {
                replaceChild(target, random, NODES.stringNode(marker));
                String deep = random.nextBoolean() ? "[".repeat(DEEP) + "]".repeat(DEEP)
                        : "{\"a\":".repeat(DEEP) + "0" + "}".repeat(DEEP);
                return TREES.writeValueAsString(root).replace(quoted(marker), deep).getBytes(StandardCharsets.UTF_8);
            }
            case HUGE_NUMBER: {
                replaceChild(target, random, NODES.stringNode(marker));
                String number = NUMBERS[random.nextInt(NUMBERS.length)];
                return TREES.writeValueAsString(root).replace(quoted(marker), number).getBytes(StandardCharsets.UTF_8);
            }
            case NUMBER_AS_TEXT:
                replaceChild(target, random, NODES.stringNode(NUMBERS[random.nextInt(NUMBERS.length)]));
                return TREES.writeValueAsBytes(root);
            default:
                throw new IllegalStateException(mutation.name());
        }
    }

    private static String quoted(String marker) {
        return TREES.writeValueAsString(marker);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (JsonNode child : node.values()) {
                collect(child, containers);
            }
        }
    }

    private static String nth(Iterator<String> names, int n) {
        String name = names.next();
        for (int i = 0; i < n; i++) {
            name = names.next();
        }
        return name;
    }

    private static JsonNode swapped(Random random) {
        switch (random.nextInt(7)) {
            case 0:
                return NODES.stringNode("文本🎉");
            case 1:
                return NODES.numberNode(random.nextInt());
            case 2:
                return NODES.numberNode(new java.math.BigDecimal("12.50"));
            case 3:
                return NODES.booleanNode(random.nextBoolean());
            case 4:
                return NODES.nullNode();
            case 5:
                return NODES.objectNode().put("x", 1);
            default:
                return NODES.arrayNode().add(1).add("a");
        }
    }

    /** Replaces one child of a container (or adds one to an empty container). */
    private static void replaceChild(JsonNode container, Random random, JsonNode value) {
        if (container instanceof ObjectNode object) {
            if (object.isEmpty()) {
                object.set("extra", value);
            } else {
                object.set(nth(object.propertyNames().iterator(), random.nextInt(object.size())), value);
            }
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty()) {
                array.add(value);
            } else {
                array.set(random.nextInt(array.size()), value);
            }
        }
    }

    /** The document with one property of one object written twice. */
    private static byte[] duplicate(ObjectNode root, JsonNode target, Random random) {
        ObjectNode object = target instanceof ObjectNode o && !o.isEmpty() ? o : root;
        String twice = nth(object.propertyNames().iterator(), random.nextInt(object.size()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = TREES.createGenerator(out)) {
            write(g, root, object, twice);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode node, ObjectNode object, String twice) {
        if (node instanceof ObjectNode o) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> entry : o.properties()) {
                int times = o == object && entry.getKey().equals(twice) ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    g.writeName(entry.getKey());
                    write(g, entry.getValue(), object, twice);
                }
            }
            g.writeEndObject();
        } else if (node instanceof ArrayNode a) {
            g.writeStartArray();
            for (JsonNode child : a.values()) {
                write(g, child, object, twice);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return Documents.campaigns();
    }
}
