package io.github.campaignkit.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.JournalEntry;
import io.github.campaignkit.core.campaign.CampaignRules;
import io.github.campaignkit.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes campaign documents: the envelope {@code {"schemaVersion": 1, "campaign": {...}}}
 * as UTF-8 JSON, to and from strings, bytes, streams, readers and writers, and files; and, in the
 * same envelope and as strictly, the commands that change a campaign ({@code "command"}) and the
 * entries of its journal ({@code "entry"}), a journal as JSON Lines.
 *
 * <p><b>Sharing.</b> An instance is immutable and thread-safe; build one per configuration and
 * share it ({@link #standard()} is the default one). {@link #toBuilder()} and
 * {@link #withIndentation(boolean)} give changed copies.
 *
 * <p><b>Writing</b> is canonical: the same campaign always gives the same bytes. Properties follow
 * the order of the records' components; map entries are sorted by key; an empty {@code Optional}
 * is left out (a present one is written as its value); identifiers are plain strings, dates
 * ISO-8601 ({@code 2024-06-18}, {@code 2024-05-20T09:00:00Z}), decimals exactly as their scale
 * says. Indented output uses two spaces and {@code \n} on every platform.
 *
 * <p><b>Reading</b> is strict, and every failure is a {@link CampaignJsonException} with the JSON
 * Pointer of the offending value, its line and column, and a message in the instance's
 * {@linkplain Builder#locale(Locale) language}. Refused: malformed JSON, duplicate keys, content
 * after the document, unknown properties, a missing or null value for any component that is not an
 * {@code Optional} (an {@code Optional} that is missing or {@code null} is empty), a value of the
 * wrong JSON type (no string for a number, no number for a string, no float for a whole number),
 * an unknown enum or subtype name, and whatever a constructor of the model refuses, with the
 * constructor's own message at the field it names. The reader is bounded: document length,
 * nesting depth, string, number and property-name length, decimal scale and precision, each with a
 * documented default ({@code DEFAULT_…}) that the {@link Builder} changes.
 *
 * <p><b>Versions.</b> A document without a schemaVersion, or with one newer than
 * {@link #SCHEMA_VERSION}, is refused with a message saying so. An older one is migrated on the
 * JSON tree, one version at a time, before it is bound to the model (version 2 added a board task's
 * {@code parent}; a version 1 document reads unchanged; no version before 1 exists
 * yet). A document at the current version whose {@code schemaVersion} comes first, as this class
 * writes it, is bound straight from the parser; any other is read as a tree first.
 *
 * <p><b>Input and output.</b> Streams, readers and writers given to this class are read to their end
 * or written and flushed, never closed: the caller owns them. Files are opened and closed here.
 * Input is held whole (it is at most {@link #maxDocumentLength()} long) so that a failure can be
 * placed by line and column.
 *
 * <p><b>Schema.</b> {@link #schema()} gives the JSON Schema (draft 2020-12) of the documents,
 * generated from the model and checked into this module's resources; campaign-json's tests fail
 * when the two drift apart and say how to regenerate it.
 */
public final class CampaignJson {

    /** The schema version this library writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 2;

    /** The default bound on a document's length: 64 MiB (bytes, or characters for text input). */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /** The default bound on nesting: 64 levels of objects and arrays. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default bound on one string value: 1,000,000 characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** The default bound on one number: 100 characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** The default bound on one property name: 1,000 characters. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

    static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";
    private static final String SCHEMA_RESOURCE = "campaign-document.schema.json";
    private static final String COMMAND_SCHEMA_RESOURCE = "campaign-command.schema.json";
    private static final String ENTRY_SCHEMA_RESOURCE = "journal-entry.schema.json";

    private static final CampaignJson STANDARD = builder().build();

    private final Builder settings;
    private final CampaignJsonModule module;
    private final JsonMapper mapper;
    private final EnvelopeReader reader;
    private final ObjectReader campaignReader;
    private final ObjectReader commandReader;
    private final ObjectReader entryReader;
    private final ObjectWriter writer;
    private final ObjectWriter lineWriter;

    private CampaignJson(Builder settings) {
        this.settings = settings.copy();
        this.module = new CampaignJsonModule(settings.maxDecimalScale, settings.maxDecimalPrecision);
        settings.moduleSetup.accept(module);
        Translator.Limits limits = new Translator.Limits(settings.maxDocumentLength, settings.maxNestingDepth,
                settings.maxNumberLength, settings.maxStringLength, settings.maxNameLength);
        this.mapper = mapper(settings, module);
        this.reader = new EnvelopeReader(mapper, module, limits, settings.locale, settings.maxDocumentLength,
                settings.version, settings.migrations);
        this.campaignReader = payloadReader(mapper, Campaign.class);
        this.commandReader = payloadReader(mapper, CampaignCommand.class);
        this.entryReader = payloadReader(mapper, JournalEntry.class);
        this.writer = writer(mapper, settings.indent);
        this.lineWriter = writer(mapper, false);
    }

    private CampaignJson(CampaignJson base, boolean indent) {
        this.settings = base.settings.copy();
        this.settings.indent = indent;
        this.module = base.module;
        this.mapper = base.mapper;
        this.reader = base.reader;
        this.campaignReader = base.campaignReader;
        this.commandReader = base.commandReader;
        this.entryReader = base.entryReader;
        this.writer = writer(mapper, indent);
        this.lineWriter = base.lineWriter;
    }

    private static ObjectReader payloadReader(JsonMapper mapper, Class<?> type) {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Every setting stated explicitly, not left to Jackson 3's defaults (which, for one, ignore
     * unknown properties).
     */
    private static JsonMapper mapper(Builder s, CampaignJsonModule module) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(s.maxDocumentLength)
                        .maxNestingDepth(s.maxNestingDepth)
                        .maxStringLength(s.maxStringLength)
                        .maxNumberLength(s.maxNumberLength)
                        .maxNameLength(s.maxNameLength)
                        .build())
                // duplicates are refused by the record and map readers, and for trees (below)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        return JsonMapper.builder(factory)
                .addModule(module)
                // unknown, missing, null and mistyped data are errors, never silently dropped or coerced
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .enable(DeserializationFeature.WRAP_EXCEPTIONS)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // the envelope checks it itself
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
                .withCoercionConfigDefaults(c -> c
                        .setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING, EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .defaultLeniency(false)
                // records by their components, in their order
                .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .enable(MapperFeature.REQUIRE_TYPE_ID_FOR_SUBTYPES)
                // canonical output
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_ABSENT))
                .build();
    }

    private static ObjectWriter writer(JsonMapper mapper, boolean indent) {
        return indent ? mapper.writer().with(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))) : mapper.writer();
    }

    /**
     * The shared instance with the default settings: compact output, English messages.
     *
     * @return the instance
     */
    public static CampaignJson standard() {
        return STANDARD;
    }

    /**
     * A builder with the default settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this instance's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return settings.copy();
    }

    /**
     * This instance writing indented documents (when {@code indent}) or compact ones; reading is the
     * same either way. Cheap: the copy shares this instance's mapper.
     *
     * @param indent whether to indent
     * @return an instance with that setting
     */
    public CampaignJson withIndentation(boolean indent) {
        return indent == settings.indent ? this : new CampaignJson(this, indent);
    }

    /**
     * Whether this instance writes indented documents.
     *
     * @return true when indenting
     */
    public boolean isIndenting() {
        return settings.indent;
    }

    /**
     * The language of this instance's exception messages.
     *
     * @return the locale
     */
    public Locale locale() {
        return settings.locale;
    }

    /**
     * The longest document read, in bytes (characters for text input).
     *
     * @return the bound
     */
    public long maxDocumentLength() {
        return settings.maxDocumentLength;
    }

    /**
     * The deepest nesting of objects and arrays read.
     *
     * @return the bound
     */
    public int maxNestingDepth() {
        return settings.maxNestingDepth;
    }

    /**
     * The longest string value read, in characters.
     *
     * @return the bound
     */
    public int maxStringLength() {
        return settings.maxStringLength;
    }

    /**
     * The longest number read, in characters.
     *
     * @return the bound
     */
    public int maxNumberLength() {
        return settings.maxNumberLength;
    }

    /**
     * The longest property name read, in characters.
     *
     * @return the bound
     */
    public int maxNameLength() {
        return settings.maxNameLength;
    }

    /**
     * The largest magnitude of a decimal's scale read.
     *
     * @return the bound
     */
    public int maxDecimalScale() {
        return settings.maxDecimalScale;
    }

    /**
     * The most significant digits of a decimal read.
     *
     * @return the bound
     */
    public int maxDecimalPrecision() {
        return settings.maxDecimalPrecision;
    }

    /**
     * The schemaVersion this instance writes and the newest it reads.
     *
     * @return the version
     */
    public int schemaVersion() {
        return settings.version;
    }

    /**
     * The JSON Schema (draft 2020-12) of the documents this library writes at
     * {@link #SCHEMA_VERSION}, generated from the model.
     *
     * @return the schema's text
     */
    public static String schema() {
        return SchemaHolder.TEXT;
    }

    /**
     * The JSON Schema (draft 2020-12) of the command documents this library writes at
     * {@link #SCHEMA_VERSION} ({@link #writeCommand}), generated from the model: each change by its
     * closed type name.
     *
     * @return the schema's text
     */
    public static String commandSchema() {
        return SchemaHolder.COMMAND;
    }

    /**
     * The JSON Schema (draft 2020-12) of the journal-entry documents this library writes at
     * {@link #SCHEMA_VERSION} ({@link #writeEntry}, and each line of {@link #writeJournal}).
     *
     * @return the schema's text
     */
    public static String journalEntrySchema() {
        return SchemaHolder.ENTRY;
    }

    /** Loads the checked-in schemas once, when first asked for. */
    private static final class SchemaHolder {
        static final String TEXT = load(SCHEMA_RESOURCE);
        static final String COMMAND = load(COMMAND_SCHEMA_RESOURCE);
        static final String ENTRY = load(ENTRY_SCHEMA_RESOURCE);

        private static String load(String resource) {
            try (InputStream in = CampaignJson.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---- writing -----------------------------------------------------------------------------

    /** What is written: the envelope, schemaVersion first. */
    private record Envelope(int schemaVersion, Object campaign) {
    }

    private Envelope envelope(Object campaign) {
        return new Envelope(settings.version, Objects.requireNonNull(campaign, "campaign"));
    }

    /** The module this instance's mapper uses, for the schema generator. */
    CampaignJsonModule module() {
        return module;
    }

    /**
     * Writes any value of the model in the envelope, for tests of types not yet in a campaign.
     */
    String writeValue(Object value) {
        return text(envelope(value));
    }

    /**
     * Reads any value of the model from the envelope through the same pipeline as a campaign, for
     * tests of types not yet in a campaign.
     */
    <T> T readValue(String json, Class<T> type) {
        return type.cast(reader.bind(Input.of(json), payloadReader(mapper, type), Payload.CAMPAIGN));
    }

    /**
     * Writes a campaign as a document.
     *
     * @param campaign the campaign
     * @return the document's text
     * @throws CampaignJsonException if the campaign cannot be written
     */
    public String write(Campaign campaign) {
        return text(envelope(campaign));
    }

    /**
     * Writes a campaign as a document in UTF-8.
     *
     * @param campaign the campaign
     * @return the document's bytes
     * @throws CampaignJsonException if the campaign cannot be written
     */
    public byte[] writeBytes(Campaign campaign) {
        return bytes(envelope(campaign));
    }

    /**
     * Writes a campaign as a document in UTF-8 to a stream, and flushes it; the stream stays open.
     *
     * @param campaign the campaign
     * @param out      the stream
     * @throws CampaignJsonException if the campaign cannot be written or the stream fails
     */
    public void write(Campaign campaign, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Envelope envelope = envelope(campaign);
        try {
            writer.writeValue(out, envelope);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Writes a campaign as a document to a writer, and flushes it; the writer stays open.
     *
     * @param campaign the campaign
     * @param out      the writer
     * @throws CampaignJsonException if the campaign cannot be written or the writer fails
     */
    public void write(Campaign campaign, Writer out) {
        Objects.requireNonNull(out, "out");
        Envelope envelope = envelope(campaign);
        try {
            writer.writeValue(out, envelope);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Writes a campaign as a document in UTF-8 to a file, replacing what it held.
     *
     * @param campaign the campaign
     * @param file     the file
     * @throws CampaignJsonException if the campaign cannot be written or the file fails
     */
    public void write(Campaign campaign, Path file) {
        Objects.requireNonNull(file, "file");
        Envelope envelope = envelope(campaign);
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.writeValue(out, envelope);
        } catch (IOException e) {
            throw new CampaignJsonException(Fault.WRITE_FAILED, "", 0, 0, settings.locale,
                    java.util.List.of(Translator.ioReason(e)), e);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /**
     * A write that failed: the stream's own IOException, wherever Jackson wrapped it (mid-document it
     * comes inside an exception carrying the path of the value being written, which says nothing
     * about the failure), as the cause and in the message, pointing at nothing; any other failure at
     * the value being written.
     */
    private CampaignJsonException writeFailure(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return new CampaignJsonException(Fault.WRITE_FAILED, "", 0, 0, settings.locale,
                        java.util.List.of(Translator.ioReason(io)), io);
            }
        }
        return new CampaignJsonException(Fault.WRITE_FAILED, Translator.pointerOf(e.getPath()), 0, 0,
                settings.locale, java.util.List.of("-"), e);
    }

    // ---- reading -----------------------------------------------------------------------------

    /**
     * Reads a campaign from a document.
     *
     * @param json the document's text
     * @return the campaign
     * @throws CampaignJsonException if the document cannot be read, saying where and why
     */
    public Campaign read(String json) {
        return bind(Input.of(Objects.requireNonNull(json, "json")));
    }

    /**
     * Reads a campaign from a document in UTF-8.
     *
     * @param json the document's bytes
     * @return the campaign
     * @throws CampaignJsonException if the document cannot be read, saying where and why
     */
    public Campaign read(byte[] json) {
        return bind(reader.decoded(Objects.requireNonNull(json, "json")));
    }

    /**
     * Reads a campaign from a stream holding a document in UTF-8, to the stream's end; the stream
     * stays open.
     *
     * @param in the stream
     * @return the campaign
     * @throws CampaignJsonException if the stream fails or the document cannot be read
     */
    public Campaign read(InputStream in) {
        return bind(reader.decoded(reader.readAll(Objects.requireNonNull(in, "in"))));
    }

    /**
     * Reads a campaign from a reader, to its end; the reader stays open.
     *
     * @param in the reader
     * @return the campaign
     * @throws CampaignJsonException if the reader fails or the document cannot be read
     */
    public Campaign read(Reader in) {
        return bind(Input.of(reader.readAll(Objects.requireNonNull(in, "in"))));
    }

    /**
     * Reads a campaign from a file holding a document in UTF-8.
     *
     * @param file the file
     * @return the campaign
     * @throws CampaignJsonException if the file cannot be read or the document cannot be read
     */
    public Campaign read(Path file) {
        return bind(reader.decoded(reader.readAll(Objects.requireNonNull(file, "file"))));
    }

    /**
     * Reads a campaign and checks it against this instance's domain rules
     * ({@link CampaignRules#standard()} unless the builder was given others).
     *
     * @param json the document's text
     * @return the campaign with every violation the rules found
     * @throws CampaignJsonException if the document cannot be read
     */
    public ValidatedCampaign readValidated(String json) {
        return validated(read(json));
    }

    /**
     * Reads a campaign from bytes and checks it against this instance's domain rules.
     *
     * @param json the document's bytes, UTF-8
     * @return the campaign with every violation the rules found
     * @throws CampaignJsonException if the document cannot be read
     */
    public ValidatedCampaign readValidated(byte[] json) {
        return validated(read(json));
    }

    /**
     * Reads a campaign from a stream and checks it against this instance's domain rules.
     *
     * @param in the stream, UTF-8, left open
     * @return the campaign with every violation the rules found
     * @throws CampaignJsonException if the stream fails or the document cannot be read
     */
    public ValidatedCampaign readValidated(InputStream in) {
        return validated(read(in));
    }

    /**
     * Reads a campaign from a reader and checks it against this instance's domain rules.
     *
     * @param in the reader, left open
     * @return the campaign with every violation the rules found
     * @throws CampaignJsonException if the reader fails or the document cannot be read
     */
    public ValidatedCampaign readValidated(Reader in) {
        return validated(read(in));
    }

    /**
     * Reads a campaign from a file and checks it against this instance's domain rules.
     *
     * @param file the file, UTF-8
     * @return the campaign with every violation the rules found
     * @throws CampaignJsonException if the file or the document cannot be read
     */
    public ValidatedCampaign readValidated(Path file) {
        return validated(read(file));
    }

    // ---- commands and journal entries ----------------------------------------------------------

    /**
     * Writes a command as a document {@code {"schemaVersion": 1, "command": {"actor": …,
     * "basedOnRevision": …, "change": {"type": "kpi.record-observations", …}}}}: the change by its
     * closed type name ({@code part.kind}), its fields as in a campaign document.
     *
     * @param command the command
     * @return the document's text
     * @throws CampaignJsonException if the command cannot be written
     */
    public String writeCommand(CampaignCommand command) {
        return text(new CommandEnvelope(settings.version, Objects.requireNonNull(command, "command")));
    }

    /**
     * Writes a command as a document in UTF-8 (see {@link #writeCommand(CampaignCommand)}).
     *
     * @param command the command
     * @return the document's bytes
     * @throws CampaignJsonException if the command cannot be written
     */
    public byte[] writeCommandBytes(CampaignCommand command) {
        return bytes(new CommandEnvelope(settings.version, Objects.requireNonNull(command, "command")));
    }

    /**
     * Reads a command from a document, as strictly as a campaign: an unknown change type, an unknown
     * or missing property, a value the model refuses are each a {@link CampaignJsonException} with
     * the pointer of the offending value ({@code /command/change/observations/0/value}).
     *
     * @param json the document's text
     * @return the command
     * @throws CampaignJsonException if the document cannot be read, saying where and why
     */
    public CampaignCommand readCommand(String json) {
        return (CampaignCommand) reader.bind(Input.of(Objects.requireNonNull(json, "json")), commandReader,
                Payload.COMMAND);
    }

    /**
     * Reads a command from a document in UTF-8 (see {@link #readCommand(String)}).
     *
     * @param json the document's bytes
     * @return the command
     * @throws CampaignJsonException if the document cannot be read, saying where and why
     */
    public CampaignCommand readCommand(byte[] json) {
        return (CampaignCommand) reader.bind(reader.decoded(Objects.requireNonNull(json, "json")), commandReader,
                Payload.COMMAND);
    }

    /**
     * Reads a command from a stream holding a document in UTF-8, to the stream's end (an HTTP
     * request's body); the stream stays open.
     *
     * @param in the stream
     * @return the command
     * @throws CampaignJsonException if the stream fails or the document cannot be read
     */
    public CampaignCommand readCommand(InputStream in) {
        return readCommand(reader.readAll(Objects.requireNonNull(in, "in")));
    }

    /**
     * Writes a journal entry as a document {@code {"schemaVersion": 1, "entry": {"revision": …,
     * "at": …, "command": {…}}}}.
     *
     * @param entry the entry
     * @return the document's text
     * @throws CampaignJsonException if the entry cannot be written
     */
    public String writeEntry(JournalEntry entry) {
        return text(new EntryEnvelope(settings.version, Objects.requireNonNull(entry, "entry")));
    }

    /**
     * Writes a journal entry as a document in UTF-8 (see {@link #writeEntry(JournalEntry)}).
     *
     * @param entry the entry
     * @return the document's bytes
     * @throws CampaignJsonException if the entry cannot be written
     */
    public byte[] writeEntryBytes(JournalEntry entry) {
        return bytes(new EntryEnvelope(settings.version, Objects.requireNonNull(entry, "entry")));
    }

    /**
     * Reads a journal entry from a document.
     *
     * @param json the document's text
     * @return the entry
     * @throws CampaignJsonException if the document cannot be read, saying where and why
     */
    public JournalEntry readEntry(String json) {
        return (JournalEntry) reader.bind(Input.of(Objects.requireNonNull(json, "json")), entryReader, Payload.ENTRY);
    }

    /**
     * Reads a journal entry from a document in UTF-8.
     *
     * @param json the document's bytes
     * @return the entry
     * @throws CampaignJsonException if the document cannot be read, saying where and why
     */
    public JournalEntry readEntry(byte[] json) {
        return (JournalEntry) reader.bind(reader.decoded(Objects.requireNonNull(json, "json")), entryReader,
                Payload.ENTRY);
    }

    /**
     * Writes journal entries as JSON Lines (UTF-8): each entry's document on one line, compact
     * whatever this instance's indentation, followed by {@code \n}; then flushes the stream, which
     * stays open.
     *
     * @param entries the entries, oldest first
     * @param out     the stream
     * @throws CampaignJsonException if an entry cannot be written or the stream fails
     */
    public void writeJournal(Iterable<JournalEntry> entries, OutputStream out) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(out, "out");
        try {
            for (JournalEntry entry : entries) {
                out.write(lineBytes(entry));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new CampaignJsonException(Fault.WRITE_FAILED, "", 0, 0, settings.locale,
                    java.util.List.of(Translator.ioReason(e)), e);
        }
    }

    /**
     * Writes journal entries as JSON Lines to a writer (see
     * {@link #writeJournal(Iterable, OutputStream)}); the writer is flushed and stays open.
     *
     * @param entries the entries, oldest first
     * @param out     the writer
     * @throws CampaignJsonException if an entry cannot be written or the writer fails
     */
    public void writeJournal(Iterable<JournalEntry> entries, Writer out) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(out, "out");
        try {
            for (JournalEntry entry : entries) {
                out.write(new String(lineBytes(entry), StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new CampaignJsonException(Fault.WRITE_FAILED, "", 0, 0, settings.locale,
                    java.util.List.of(Translator.ioReason(e)), e);
        }
    }

    /**
     * Reads a journal written as JSON Lines in UTF-8, to the stream's end; the stream stays open.
     * Each line is one entry's document, read as strictly as {@link #readEntry(String)} and bounded
     * by {@link #maxDocumentLength()}; a line may end in {@code \r\n}, the last line's end may be
     * left out, and no line may be empty. The stream may start at any revision (the entries after a
     * snapshot), but each entry's revision must follow the one before. A failure names the line of
     * the stream ({@link CampaignJsonException#line()}) and the pointer inside that line's document.
     *
     * @param in the stream
     * @return the journal, its entries in the stream's order
     * @throws CampaignJsonException if the stream fails or a line cannot be read
     */
    public Journal readJournal(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new JournalLines(reader, entryReader).read(in instanceof java.io.BufferedInputStream
                || in instanceof java.io.ByteArrayInputStream ? in : new java.io.BufferedInputStream(in));
    }

    /**
     * Reads a journal written as JSON Lines from a reader, to its end; the reader stays open (see
     * {@link #readJournal(InputStream)}).
     *
     * @param in the reader
     * @return the journal
     * @throws CampaignJsonException if the reader fails or a line cannot be read
     */
    public Journal readJournal(Reader in) {
        Objects.requireNonNull(in, "in");
        return new JournalLines(reader, entryReader).read(in instanceof java.io.BufferedReader
                || in instanceof java.io.StringReader ? in : new java.io.BufferedReader(in));
    }

    private byte[] lineBytes(JournalEntry entry) {
        try {
            return lineWriter.writeValueAsBytes(new EntryEnvelope(settings.version,
                    Objects.requireNonNull(entry, "entry")));
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    private String text(Object envelope) {
        try {
            return writer.writeValueAsString(envelope);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    private byte[] bytes(Object envelope) {
        try {
            return writer.writeValueAsBytes(envelope);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /** A command as written: the envelope, schemaVersion first. */
    private record CommandEnvelope(int schemaVersion, CampaignCommand command) {
    }

    /** A journal entry as written: the envelope, schemaVersion first. */
    private record EntryEnvelope(int schemaVersion, JournalEntry entry) {
    }

    private ValidatedCampaign validated(Campaign campaign) {
        return new ValidatedCampaign(campaign, settings.rules.check(campaign));
    }

    private Campaign bind(Input input) {
        return (Campaign) reader.bind(input, campaignReader, Payload.CAMPAIGN);
    }

    /**
     * Builds a {@link CampaignJson}. Every bound has a documented default; a bound must be at least
     * 1 (the decimal scale at least 0). A builder is not thread-safe; the instances it builds are.
     */
    public static final class Builder {

        private boolean indent;
        private Locale locale = Locale.ENGLISH;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
        private int maxDecimalScale = CampaignJsonModule.DEFAULT_MAX_DECIMAL_SCALE;
        private int maxDecimalPrecision = CampaignJsonModule.DEFAULT_MAX_DECIMAL_PRECISION;
        private Rule<Campaign> rules = CampaignRules.standard();
        private int version = SCHEMA_VERSION;
        private Map<Integer, Migration> migrations = Map.of(1, TaskParentMigration.INSTANCE);
        private java.util.function.Consumer<CampaignJsonModule> moduleSetup = m -> { };

        private Builder() {
        }

        private Builder copy() {
            Builder b = new Builder();
            b.indent = indent;
            b.locale = locale;
            b.maxDocumentLength = maxDocumentLength;
            b.maxNestingDepth = maxNestingDepth;
            b.maxStringLength = maxStringLength;
            b.maxNumberLength = maxNumberLength;
            b.maxNameLength = maxNameLength;
            b.maxDecimalScale = maxDecimalScale;
            b.maxDecimalPrecision = maxDecimalPrecision;
            b.rules = rules;
            b.version = version;
            b.migrations = migrations;
            b.moduleSetup = moduleSetup;
            return b;
        }

        private static int atLeast(int min, int value, String name) {
            if (value < min) {
                throw new IllegalArgumentException(name + ": must be at least " + min + ": " + value);
            }
            return value;
        }

        /**
         * Whether to write indented documents (default: compact).
         *
         * @param value true to indent
         * @return this builder
         */
        public Builder indent(boolean value) {
            this.indent = value;
            return this;
        }

        /**
         * The language of exception messages (default English; {@code Locale.CHINESE} or
         * {@code Locale.SIMPLIFIED_CHINESE} for Chinese). Any exception renders in any language
         * through {@link CampaignJsonException#message(Locale)}.
         *
         * @param value the locale
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * The longest document read, in bytes (characters for text input); default
         * {@value CampaignJson#DEFAULT_MAX_DOCUMENT_LENGTH}.
         *
         * @param value the bound, at least 1
         * @return this builder
         */
        public Builder maxDocumentLength(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxDocumentLength: must be at least 1: " + value);
            }
            this.maxDocumentLength = value;
            return this;
        }

        /**
         * The deepest nesting of objects and arrays read; default
         * {@value CampaignJson#DEFAULT_MAX_NESTING_DEPTH}.
         *
         * @param value the bound, at least 1
         * @return this builder
         */
        public Builder maxNestingDepth(int value) {
            this.maxNestingDepth = atLeast(1, value, "maxNestingDepth");
            return this;
        }

        /**
         * The longest string value read, in characters; default
         * {@value CampaignJson#DEFAULT_MAX_STRING_LENGTH}.
         *
         * @param value the bound, at least 1
         * @return this builder
         */
        public Builder maxStringLength(int value) {
            this.maxStringLength = atLeast(1, value, "maxStringLength");
            return this;
        }

        /**
         * The longest number read, in characters; default {@value CampaignJson#DEFAULT_MAX_NUMBER_LENGTH}.
         *
         * @param value the bound, at least 1
         * @return this builder
         */
        public Builder maxNumberLength(int value) {
            this.maxNumberLength = atLeast(1, value, "maxNumberLength");
            return this;
        }

        /**
         * The longest property name read, in characters; default
         * {@value CampaignJson#DEFAULT_MAX_NAME_LENGTH}.
         *
         * @param value the bound, at least 1
         * @return this builder
         */
        public Builder maxNameLength(int value) {
            this.maxNameLength = atLeast(1, value, "maxNameLength");
            return this;
        }

        /**
         * The largest magnitude of a decimal's scale read; default
         * {@value CampaignJsonModule#DEFAULT_MAX_DECIMAL_SCALE}.
         *
         * @param value the bound, at least 0
         * @return this builder
         */
        public Builder maxDecimalScale(int value) {
            this.maxDecimalScale = atLeast(0, value, "maxDecimalScale");
            return this;
        }

        /**
         * The most significant digits of a decimal read; default
         * {@value CampaignJsonModule#DEFAULT_MAX_DECIMAL_PRECISION}.
         *
         * @param value the bound, at least 1
         * @return this builder
         */
        public Builder maxDecimalPrecision(int value) {
            this.maxDecimalPrecision = atLeast(1, value, "maxDecimalPrecision");
            return this;
        }

        /**
         * The domain rules {@code readValidated} checks (default {@link CampaignRules#standard()}),
         * for example the standard rules and an application's own.
         *
         * @param value the rules
         * @return this builder
         */
        public Builder rules(Rule<? super Campaign> value) {
            Objects.requireNonNull(value, "rules");
            this.rules = value::check;
            return this;
        }

        /**
         * The version written and the chain of migrations from older ones, keyed by the version each
         * migrates from. The library's own are {@link CampaignJson#SCHEMA_VERSION} and an empty chain;
         * tests use others to exercise the mechanism.
         */
        Builder schema(int currentVersion, Map<Integer, Migration> chain) {
            atLeast(1, currentVersion, "currentVersion");
            Map<Integer, Migration> copy = new TreeMap<>(chain);
            copy.forEach((from, step) -> {
                Objects.requireNonNull(step, "chain[" + from + "]");
                if (from < 0 || from >= currentVersion) {
                    throw new IllegalArgumentException("chain: a migration from " + from + " to " + (from + 1)
                            + " does not lead to version " + currentVersion);
                }
            });
            this.version = currentVersion;
            this.migrations = Map.copyOf(copy);
            return this;
        }

        /** Registers more types on the module, for tests of types not yet in a campaign. */
        Builder module(java.util.function.Consumer<CampaignJsonModule> setup) {
            this.moduleSetup = Objects.requireNonNull(setup, "setup");
            return this;
        }

        /**
         * Builds the instance: a new Jackson mapper with these settings, to be shared.
         *
         * @return the instance
         */
        public CampaignJson build() {
            return new CampaignJson(this);
        }
    }
}
