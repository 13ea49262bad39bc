package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.campaignkit.core.campaign.Campaign;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * What the reader accepts it writes back as it was read, and its entry points agree. Valid documents
 * of generated campaigns are changed in one string or array: padded, lower-cased, decimals respelled
 * (a leading or trailing zero, {@code -0}, an exponent, a million digits), a set element repeated, an
 * array reversed, a malformed UTF-8 sequence put in. Each is read from a String, bytes, a stream and a
 * Reader: all four give the same campaign or the same refusal (code, pointer, line, column, message),
 * within a guard against a runaway read; and a document accepted writes back equal as a tree
 * ({@code tree(write(read(x))) == tree(x)}, up to whitespace and property order).
 */
class LosslessProperties {

    private static final CampaignJson JSON = CampaignJson.standard();
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    /** A guard against a runaway read, not a measurement: a read of these documents takes milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final String MARKER = "\u0001MARK\u0001";
    private static final List<String> MALFORMED = List.of("c080", "e080af", "f4908080", "eda080", "80", "e4b8", "ff",
            "fe", "c1bf", "f880808080");

    /** How one value of a document is changed. */
    enum Variant {
        PAD, LOWER_CASE, LEADING_ZERO, TRAILING_ZERO, NEGATIVE_ZERO, EXPONENT, LONG_DIGITS, REPEAT_ELEMENT,
        REVERSE_ARRAY, MALFORMED_UTF8
    }

    @Property(tries = 400)
    void acceptedDocumentsWriteBackAsReadAndEveryEntryPointAgrees(@ForAll("campaigns") Campaign campaign,
                                                                  @ForAll Variant variant, @ForAll long seed) {
        byte[] document = mutate(JSON.writeBytes(campaign), variant, new Random(seed));
        Outcome fromBytes = within(() -> JSON.read(document));
        Outcome fromStream = within(() -> JSON.read(new ByteArrayInputStream(document)));
        assertThat(fromStream).isEqualTo(fromBytes);
        Optional<String> text = strictUtf8(document);
        if (text.isEmpty()) {
            assertThat(fromBytes.code()).isEqualTo("json.syntax.invalid-encoding");
            return;
        }
        assertThat(within(() -> JSON.read(text.get()))).isEqualTo(fromBytes);
        assertThat(within(() -> JSON.read(new StringReader(text.get())))).isEqualTo(fromBytes);
        if (fromBytes.campaign() != null) {
            assertThat(difference(TREES.readTree(text.get()), TREES.readTree(JSON.write(fromBytes.campaign())), ""))
                    .as(variant.name() + ": read, then written back").isEmpty();
        }
    }

    /** Where two trees first differ, with both values; empty when they are equal. */
    private static Optional<String> difference(JsonNode read, JsonNode written, String pointer) {
        if (read.isObject() && written.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>(read.propertyNames());
            names.addAll(written.propertyNames());
            for (String name : names) {
                JsonNode a = read.get(name);
                JsonNode b = written.get(name);
                if (a == null || b == null) {
                    return Optional.of(pointer + "/" + name + ": " + a + " became " + b);
                }
                Optional<String> inside = difference(a, b, pointer + "/" + name);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        if (read.isArray() && written.isArray() && read.size() == written.size()) {
            for (int i = 0; i < read.size(); i++) {
                Optional<String> inside = difference(read.get(i), written.get(i), pointer + "/" + i);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        return read.equals(written) ? Optional.empty() : Optional.of(pointer + ": " + abbreviated(read) + " became "
                + abbreviated(written));
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** A read's outcome: the campaign, or what the refusal says. */
    record Outcome(Campaign campaign, String code, String pointer, String where, String message) {
    }

    private static Outcome within(Supplier<Campaign> read) {
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = new Outcome(read.get(), null, null, null, null);
        } catch (CampaignJsonException e) {
            outcome = new Outcome(null, e.code(), e.pointer(), e.line() + ":" + e.column(), e.message(Locale.ENGLISH));
            assertThat(e.message(Locale.CHINESE)).isNotBlank().doesNotContain("Exception", "java.", "tools.jackson");
        } catch (RuntimeException e) {
            return fail("not a CampaignJsonException: " + e, e);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG_GUARD);
        return outcome;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    // ---- the changes -------------------------------------------------------------------------

    private static byte[] mutate(byte[] document, Variant variant, Random random) {
        JsonNode root = TREES.readTree(document);
        List<Place> strings = new ArrayList<>();
        List<ArrayNode> arrays = new ArrayList<>();
        collect(root, strings, arrays);
        switch (variant) {
            case REPEAT_ELEMENT:
            case REVERSE_ARRAY: {
                List<ArrayNode> candidates = arrays.stream()
                        .filter(a -> a.size() >= (variant == Variant.REVERSE_ARRAY ? 2 : 1)).toList();
                if (candidates.isEmpty()) {
                    return document;
                }
                ArrayNode array = candidates.get(random.nextInt(candidates.size()));
                if (variant == Variant.REPEAT_ELEMENT) {
                    array.add(array.get(random.nextInt(array.size())).deepCopy());
                } else {
                    List<JsonNode> elements = new ArrayList<>(array.valueStream().toList());
                    java.util.Collections.reverse(elements);
                    array.removeAll();
                    elements.forEach(array::add);
                }
                return TREES.writeValueAsBytes(root);
            }
            case MALFORMED_UTF8: {
                Place place = strings.get(random.nextInt(strings.size()));
                place.set(place.value() + MARKER);
                String written = TREES.writeValueAsString(root);
                byte[] bad = HexFormat.of().parseHex(MALFORMED.get(random.nextInt(MALFORMED.size())));
                String[] halves = written.split(Pattern.quote(TREES.writeValueAsString(MARKER)
                        .substring(1, TREES.writeValueAsString(MARKER).length() - 1)), 2);
                byte[] head = halves[0].getBytes(StandardCharsets.UTF_8);
                byte[] tail = halves[1].getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[head.length + bad.length + tail.length];
                System.arraycopy(head, 0, out, 0, head.length);
                System.arraycopy(bad, 0, out, head.length, bad.length);
                System.arraycopy(tail, 0, out, head.length + bad.length, tail.length);
                return out;
            }
            default: {
                List<Place> targets = variant == Variant.PAD || variant == Variant.LOWER_CASE ? strings
                        : strings.stream().filter(p -> DECIMAL.matcher(p.value()).matches()).toList();
                if (targets.isEmpty()) {
                    return document;
                }
                Place place = targets.get(random.nextInt(targets.size()));
                place.set(changed(place.value(), variant, random));
                return TREES.writeValueAsBytes(root);
            }
        }
    }

    private static String changed(String value, Variant variant, Random random) {
        switch (variant) {
            case PAD:
                return random.nextBoolean() ? " " + value : value + " ";
            case LOWER_CASE:
                return value.toLowerCase(Locale.ROOT);
            case LEADING_ZERO:
                return value.startsWith("-") ? "-0" + value.substring(1) : "0" + value;
            case TRAILING_ZERO:
                return value.contains(".") ? value + "0" : value + ".0";
            case NEGATIVE_ZERO:
                return random.nextBoolean() ? "-0" : "-0.00";
            case EXPONENT:
                return value + (random.nextBoolean() ? "E0" : "e+1");
            case LONG_DIGITS:
                return "9".repeat(41 + random.nextInt(900_000));
            default:
                throw new IllegalStateException(variant.name());
        }
    }

    /** A string value in a tree and how to replace it. */
    private record Place(JsonNode parent, String name, int index) {
        String value() {
            return (parent instanceof ObjectNode o ? o.get(name) : parent.get(index)).asString();
        }

        void set(String text) {
            if (parent instanceof ObjectNode o) {
                o.put(name, text);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, StringNode.valueOf(text));
            }
        }
    }

    private static void collect(JsonNode node, List<Place> strings, List<ArrayNode> arrays) {
        if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) {
                if (entry.getValue().isString()) {
                    strings.add(new Place(object, entry.getKey(), -1));
                }
                collect(entry.getValue(), strings, arrays);
            }
        } else if (node instanceof ArrayNode array) {
            arrays.add(array);
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    strings.add(new Place(array, null, i));
                }
                collect(array.get(i), strings, arrays);
            }
        }
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return Documents.campaigns();
    }
}
