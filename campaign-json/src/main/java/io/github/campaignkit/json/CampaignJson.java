package io.github.campaignkit.json;

import io.github.campaignkit.core.campaign.Campaign;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes campaign documents: the envelope {@code {"schemaVersion": 1, "campaign": {...}}}.
 *
 * <p>One instance is immutable and thread-safe; share {@link #standard()}. Reading is strict:
 * unknown properties, duplicate keys and trailing content are errors, never silently dropped, and
 * every failure is a {@link CampaignJsonException} with the JSON Pointer of the offending value.
 * Writing is canonical: the same campaign always gives the same text.
 */
public final class CampaignJson {

    /** The schema version this library writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*");

    private static final CampaignJson STANDARD = new CampaignJson(false);
    private static final CampaignJson PRETTY = new CampaignJson(true);

    private final JsonMapper mapper;
    private final boolean pretty;

    private CampaignJson(boolean pretty) {
        this.pretty = pretty;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(64L * 1024 * 1024)
                        .maxNestingDepth(64)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(64)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new CampaignJsonModule())
                .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Documents are read into a tree first: keep decimals exact there, as written.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING, EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Documents are read through a tree: keep decimals as written (16.20 stays 16.20).
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .configure(SerializationFeature.INDENT_OUTPUT, pretty)
                .build();
    }

    /**
     * The shared instance, writing compact documents.
     *
     * @return the instance
     */
    public static CampaignJson standard() {
        return STANDARD;
    }

    /**
     * An instance that writes indented documents (when {@code indent}) or compact ones. Reading is
     * the same either way.
     *
     * @param indent whether to indent
     * @return the shared instance with that setting
     */
    public CampaignJson withIndentation(boolean indent) {
        return indent ? PRETTY : STANDARD;
    }

    /**
     * Whether this instance writes indented documents.
     *
     * @return true when indenting
     */
    public boolean isIndenting() {
        return pretty;
    }

    /**
     * Writes a campaign as a document.
     *
     * @param campaign the campaign
     * @return the document text
     * @throws CampaignJsonException if the campaign cannot be written
     */
    public String write(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        try {
            ObjectNode envelope = mapper.createObjectNode();
            envelope.put("schemaVersion", SCHEMA_VERSION);
            envelope.set("campaign", mapper.valueToTree(campaign));
            return mapper.writeValueAsString(envelope);
        } catch (JacksonException e) {
            throw new CampaignJsonException("/campaign", "cannot be written: " + e.getOriginalMessage(), 0, 0, e);
        }
    }

    /**
     * Reads a campaign from a document.
     *
     * @param json the document text
     * @return the campaign
     * @throws CampaignJsonException if the document cannot be read, saying where and why
     */
    public Campaign read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw translate(e, "");
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new CampaignJsonException("", "a campaign document must be a JSON object", 0, 0, null);
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            throw new CampaignJsonException("/schemaVersion", "the document has no schemaVersion; "
                    + "this library reads versions 1 to " + SCHEMA_VERSION, 0, 0, null);
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new CampaignJsonException("/schemaVersion", "schemaVersion must be a whole number", 0, 0, null);
        }
        int v = version.intValue();
        if (v > SCHEMA_VERSION) {
            throw new CampaignJsonException("/schemaVersion", "schemaVersion " + v
                    + " is newer than this library knows (" + SCHEMA_VERSION + "); upgrade campaignkit", 0, 0, null);
        }
        if (v < 1) {
            throw new CampaignJsonException("/schemaVersion", "schemaVersion " + v + " does not exist", 0, 0, null);
        }
        for (var it = root.propertyNames().iterator(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("schemaVersion") && !name.equals("campaign")) {
                throw new CampaignJsonException("/" + escape(name), "unknown property", 0, 0, null);
            }
        }
        JsonNode campaign = root.get("campaign");
        if (campaign == null || campaign.isNull()) {
            throw new CampaignJsonException("/campaign", "the document has no campaign", 0, 0, null);
        }
        try {
            return mapper.treeToValue(campaign, Campaign.class);
        } catch (JacksonException e) {
            throw translate(e, "/campaign");
        }
    }

    private static CampaignJsonException translate(JacksonException e, String prefix) {
        String pointer = prefix + pointer(e.getPath()) + field(e);
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new CampaignJsonException(pointer, reason(e), line, column, e);
    }

    /** A constructor names the offending component first ("end: …", or "name" for a null). */
    private static String field(JacksonException e) {
        if (!(e instanceof ValueInstantiationException) || e.getCause() == null || e.getCause().getMessage() == null) {
            return "";
        }
        String message = e.getCause().getMessage();
        int colon = message.indexOf(':');
        String name = colon < 0 ? message : message.substring(0, colon);
        return FIELD.matcher(name).matches() ? "/" + escape(name) : "";
    }

    private static String reason(JacksonException e) {
        Throwable cause = e instanceof ValueInstantiationException ? e.getCause() : null;
        if (cause instanceof NullPointerException) {
            return "a required value is missing or null";
        }
        if (cause instanceof IllegalArgumentException) {
            String message = cause.getMessage();
            int colon = message == null ? -1 : message.indexOf(':');
            return "invalid value: " + (colon < 0 ? String.valueOf(message) : message.substring(colon + 1).strip());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (e.getCause() instanceof IllegalArgumentException) {
            return "invalid value: " + e.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException) {
            return "a value of the wrong type, or a required value is missing";
        }
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
            return "the document exceeds a size limit: " + e.getOriginalMessage();
        }
        if (e instanceof tools.jackson.core.exc.StreamReadException) {
            return "malformed JSON: " + firstSentence(e.getOriginalMessage());
        }
        return "cannot be read";
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                b.append('/').append(escape(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                b.append('/').append(ref.getIndex());
            }
        }
        return b.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
