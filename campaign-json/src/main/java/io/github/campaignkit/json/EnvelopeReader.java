package io.github.campaignkit.json;

import io.github.campaignkit.json.Messages.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reading half of {@link CampaignJson}: input held whole and decoded, the envelope
 * ({@code schemaVersion} and one payload: a campaign, a command or a journal entry) checked, an older
 * version migrated on the tree, the payload bound, and every failure translated into one
 * {@link CampaignJsonException} with its pointer, line and column. Immutable and thread-safe.
 */
final class EnvelopeReader {

    private final JsonMapper mapper;
    private final CampaignJsonModule module;
    private final ObjectReader treeReader;
    private final Translator.Limits limits;
    private final Locale locale;
    private final long maxDocumentLength;
    private final int current;
    private final int oldestVersion;
    private final Map<Integer, Migration> migrations;

    EnvelopeReader(JsonMapper mapper, CampaignJsonModule module, Translator.Limits limits, Locale locale,
                   long maxDocumentLength, int version, Map<Integer, Migration> migrations) {
        this.mapper = mapper;
        this.module = module;
        this.treeReader = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.limits = limits;
        this.locale = locale;
        this.maxDocumentLength = maxDocumentLength;
        this.current = version;
        this.migrations = migrations;
        int oldest = version;
        while (migrations.containsKey(oldest - 1)) {
            oldest--;
        }
        this.oldestVersion = oldest;
    }

    /** The language of the failures. */
    Locale locale() {
        return locale;
    }

    /** The longest document read, in bytes or characters; in JSON Lines, the longest line. */
    long maxDocumentLength() {
        return maxDocumentLength;
    }

    /** The oldest schemaVersion this reader migrates from. */
    int oldestVersion() {
        return oldestVersion;
    }

    byte[] readAll(InputStream in) {
        try {
            int cap = (int) Math.min(maxDocumentLength + 1, Integer.MAX_VALUE - 16);
            byte[] bytes = in.readNBytes(cap);
            if (bytes.length > maxDocumentLength) {
                throw tooLong();
            }
            return bytes;
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    String readAll(Reader in) {
        try {
            StringBuilder b = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                b.append(buffer, 0, n);
                if (b.length() > maxDocumentLength) {
                    throw tooLong();
                }
            }
            return b.toString();
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    byte[] readAll(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in);
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    /** The document in UTF-8 bytes, or where they are not UTF-8. */
    Input decoded(byte[] bytes) {
        try {
            return Input.of(bytes);
        } catch (Input.Malformed e) {
            throw new CampaignJsonException(Fault.INVALID_ENCODING, e.before.pointerAtEnd(mapper), e.line, e.column,
                    locale, java.util.List.of(String.valueOf(e.offset)), null);
        }
    }

    CampaignJsonException tooLong() {
        return new CampaignJsonException(Fault.DOCUMENT_TOO_LONG, "", 0, 0, locale,
                java.util.List.of(String.valueOf(maxDocumentLength)), null);
    }

    CampaignJsonException readFailure(IOException e) {
        return new CampaignJsonException(Fault.READ_FAILED, "", 0, 0, locale,
                java.util.List.of(Translator.ioReason(e)), e);
    }

    private Translator translator(Input input) {
        return new Translator(mapper, module, limits, locale, input, true);
    }

    /**
     * Binds a document: straight from the parser when it is at the current version with
     * schemaVersion first, through the tree otherwise.
     */
    Object bind(Input input, ObjectReader reader, Payload payload) {
        Translator t = translator(input);
        JsonParser p = null;
        try {
            p = input.parser(mapper);
            JsonToken token = p.nextToken();
            if (token == null) {
                throw t.fail(Fault.EMPTY, "", null, null);
            }
            if (token != JsonToken.START_OBJECT) {
                throw t.fail(Fault.NOT_AN_OBJECT, "", p.currentTokenLocation(), null);
            }
            if (CampaignJson.SCHEMA_VERSION_PROPERTY.equals(p.nextName())) {
                p.nextToken();
                if (version(p, t) == current) {
                    return bindCurrent(p, t, reader, payload);
                }
            }
        } catch (JacksonException e) {
            throw t.translate(e, p, payload.pointer);
        } finally {
            close(p);
        }
        return bindTree(input, t, reader, payload);
    }

    private int version(JsonParser p, Translator t) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw t.fail(Fault.VERSION_INVALID, "/" + CampaignJson.SCHEMA_VERSION_PROPERTY, p.currentTokenLocation(), null);
        }
        return checkVersion(p.getBigIntegerValue(), t);
    }

    /** A whole schemaVersion of any size: newer or older than this library reads, or the version. */
    private int checkVersion(java.math.BigInteger whole, Translator t) {
        if (whole.compareTo(java.math.BigInteger.valueOf(current)) > 0) {
            throw t.fail(Fault.VERSION_NEWER, "/" + CampaignJson.SCHEMA_VERSION_PROPERTY, null, null,
                    whole.toString(), String.valueOf(current));
        }
        if (whole.compareTo(java.math.BigInteger.valueOf(oldestVersion)) < 0) {
            throw t.fail(Fault.VERSION_OLDER, "/" + CampaignJson.SCHEMA_VERSION_PROPERTY, null, null,
                    whole.toString(), String.valueOf(oldestVersion));
        }
        return checkVersion(whole.intValueExact(), t);
    }

    private int checkVersion(int version, Translator t) {
        if (version > current) {
            throw t.fail(Fault.VERSION_NEWER, "/" + CampaignJson.SCHEMA_VERSION_PROPERTY, null, null,
                    String.valueOf(version), String.valueOf(current));
        }
        if (version < oldestVersion) {
            throw t.fail(Fault.VERSION_OLDER, "/" + CampaignJson.SCHEMA_VERSION_PROPERTY, null, null,
                    String.valueOf(version), String.valueOf(oldestVersion));
        }
        return version;
    }

    private Object bindCurrent(JsonParser p, Translator t, ObjectReader reader, Payload payload) {
        String name = p.nextName();
        if (name == null) {
            throw payload.missing(t);
        }
        if (name.equals(CampaignJson.SCHEMA_VERSION_PROPERTY)) {
            throw t.fail(Fault.DUPLICATE_PROPERTY, "/" + name, p.currentTokenLocation(), null, Messages.quote(name));
        }
        if (!payload.property.equals(name)) {
            throw unknownEnvelopeProperty(name, t, payload);
        }
        if (p.nextToken() == JsonToken.VALUE_NULL) {
            throw t.fail(Fault.NULL_VALUE, payload.pointer, p.currentTokenLocation(), null);
        }
        Object value = reader.readValue(p);
        JsonToken next = p.nextToken();
        if (next == JsonToken.PROPERTY_NAME) {
            String after = p.currentName();
            if (after.equals(payload.property) || after.equals(CampaignJson.SCHEMA_VERSION_PROPERTY)) {
                throw t.fail(Fault.DUPLICATE_PROPERTY, "/" + after, p.currentTokenLocation(), null,
                        Messages.quote(after));
            }
            throw unknownEnvelopeProperty(after, t, payload);
        }
        checkEnd(p, t);
        return value;
    }

    private CampaignJsonException unknownEnvelopeProperty(String name, Translator t, Payload payload) {
        return t.fail(Fault.UNKNOWN_PROPERTY, "/" + Translator.escape(name), null, null, Messages.quote(name),
                payload.property + ", " + CampaignJson.SCHEMA_VERSION_PROPERTY);
    }

    /** Nothing may follow the document but white space. */
    private static void checkEnd(JsonParser p, Translator t) {
        try {
            if (p.nextToken() != null) {
                throw t.fail(Fault.TRAILING_CONTENT, "", p.currentTokenLocation(), null);
            }
        } catch (StreamReadException e) {
            throw t.fail(Fault.TRAILING_CONTENT, "", e.getLocation(), null);
        }
    }

    private Object bindTree(Input input, Translator t, ObjectReader reader, Payload payload) {
        JsonNode root;
        JsonParser p = null;
        try {
            p = input.parser(treeReader);
            root = treeReader.readTree(p);
            if (root == null || root.isMissingNode()) {
                throw t.fail(Fault.EMPTY, "", null, null);
            }
            checkEnd(p, t);
        } catch (JacksonException e) {
            throw t.translate(e, p, "");
        } finally {
            close(p);
        }
        if (!root.isObject()) {
            throw t.fail(Fault.NOT_AN_OBJECT, "", null, null);
        }
        for (Iterator<String> names = root.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(CampaignJson.SCHEMA_VERSION_PROPERTY) && !name.equals(payload.property)) {
                throw unknownEnvelopeProperty(name, t, payload);
            }
        }
        JsonNode version = root.get(CampaignJson.SCHEMA_VERSION_PROPERTY);
        if (version == null) {
            throw t.fail(Fault.VERSION_MISSING, "/" + CampaignJson.SCHEMA_VERSION_PROPERTY, null, null,
                    String.valueOf(oldestVersion), String.valueOf(current));
        }
        if (!version.isIntegralNumber()) {
            throw t.fail(Fault.VERSION_INVALID, "/" + CampaignJson.SCHEMA_VERSION_PROPERTY, null, null);
        }
        int from = checkVersion(version.bigIntegerValue(), t);
        JsonNode content = root.get(payload.property);
        if (content == null) {
            throw payload.missing(t);
        }
        if (content.isNull()) {
            throw t.fail(Fault.NULL_VALUE, payload.pointer, null, null);
        }
        Translator binding = t;
        if (from < current) {
            content = migrate(from, content, t, payload);
            binding = t.unplaceable();
        }
        try {
            return reader.readValue(content);
        } catch (JacksonException e) {
            throw binding.translate(e, null, payload.pointer);
        }
    }

    private JsonNode migrate(int from, JsonNode content, Translator t, Payload payload) {
        JsonNode node = content;
        for (int version = from; version < current; version++) {
            if (!(node instanceof ObjectNode object)) {
                throw t.fail(Fault.WRONG_TYPE, payload.pointer, null, null, Messages.Phrase.of("shape.object"),
                        Shapes.found(node.asToken()));
            }
            try {
                node = Objects.requireNonNull(payload.migrate(migrations.get(version), object), "migrated");
            } catch (IllegalArgumentException e) {
                throw t.unplaceable().fail(Fault.MIGRATION_FAILED, payload.pointer, null, e,
                        String.valueOf(version), Translator.reasonOf(e));
            }
        }
        return node;
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (JacksonException e) {
                // the input is in memory; nothing to release
            }
        }
    }

}
