package io.github.campaignkit.json;

/**
 * What can be wrong with a campaign document, each with a stable code and a message in
 * {@code messages.properties} (English) and {@code messages_zh.properties} (Chinese) beside this
 * class. The codes are public through {@link CampaignJsonException#code()}.
 */
enum Fault {
    /** The input holds nothing but white space. */
    EMPTY("json.syntax.empty"),
    /** The document ends inside a value. */
    UNEXPECTED_END("json.syntax.unexpected-end"),
    /** A character that cannot stand here; argument: the character, quoted. */
    UNEXPECTED_CHARACTER("json.syntax.unexpected-character"),
    MISSING_COMMA("json.syntax.missing-comma"),
    MISSING_COLON("json.syntax.missing-colon"),
    /** An unescaped control character inside a string. */
    CONTROL_CHARACTER("json.syntax.control-character"),
    /** A number JSON does not allow (leading zeros, NaN, a bare sign). */
    INVALID_NUMBER("json.syntax.invalid-number"),
    /** Bytes that are not UTF-8. */
    INVALID_ENCODING("json.syntax.invalid-encoding"),
    /** Any other malformed JSON. */
    MALFORMED("json.syntax.malformed"),
    /** A property twice in one object; argument: its name. */
    DUPLICATE_PROPERTY("json.syntax.duplicate-property"),
    /** Content after the document's closing brace. */
    TRAILING_CONTENT("json.syntax.trailing-content"),

    /** Longer than maxDocumentLength; argument: the limit. */
    DOCUMENT_TOO_LONG("json.limit.document-length"),
    /** Deeper than maxNestingDepth; argument: the limit. */
    NESTED_TOO_DEEP("json.limit.nesting-depth"),
    /** A number longer than maxNumberLength; argument: the limit. */
    NUMBER_TOO_LONG("json.limit.number-length"),
    /** A string longer than maxStringLength; argument: the limit. */
    STRING_TOO_LONG("json.limit.string-length"),
    /** A property name longer than maxNameLength; argument: the limit. */
    NAME_TOO_LONG("json.limit.name-length"),
    /** A limit of the parser not named above; argument: none. */
    LIMIT("json.limit.other"),
    /** A decimal whose scale is beyond maxDecimalScale; arguments: its scale, the limit. */
    DECIMAL_SCALE("json.limit.decimal-scale"),
    /** A decimal with more digits than maxDecimalPrecision; arguments: its digits, the limit. */
    DECIMAL_PRECISION("json.limit.decimal-precision"),

    /** The document is not a JSON object. */
    NOT_AN_OBJECT("json.document.not-an-object"),
    /** No schemaVersion; arguments: the oldest and newest readable versions. */
    VERSION_MISSING("json.version.missing"),
    /** schemaVersion is not a whole number. */
    VERSION_INVALID("json.version.invalid"),
    /** schemaVersion newer than the library; arguments: the version, the newest known. */
    VERSION_NEWER("json.version.newer"),
    /** schemaVersion older than the library reads; arguments: the version, the oldest readable. */
    VERSION_OLDER("json.version.older"),
    /** No campaign in the envelope. */
    CAMPAIGN_MISSING("json.document.campaign-missing"),
    /** A command or journal entry envelope without its content. */
    CONTENT_MISSING("json.document.content-missing"),
    /** A journal entry whose revision does not follow the one before it. */
    JOURNAL_GAP("json.journal.revision-gap"),
    /** A migration refused the document; arguments: the version migrated from, why. */
    MIGRATION_FAILED("json.version.migration-failed"),

    /** A property the type does not have; arguments: its name, the properties expected. */
    UNKNOWN_PROPERTY("json.property.unknown"),
    /** A required property is absent; argument: its name. */
    MISSING_PROPERTY("json.property.missing"),
    /** null where a value is required. */
    NULL_VALUE("json.value.null"),
    /** A value is required here (a constructor refused a missing part). */
    REQUIRED_VALUE("json.value.required"),
    /** A value of the wrong JSON type; arguments: what was expected, what was found. */
    WRONG_TYPE("json.value.wrong-type"),
    /** A string that does not have the expected form; arguments: the value, what was expected. */
    INVALID_FORMAT("json.value.invalid-format"),
    /** A name that is not one of a closed set; arguments: the value, the names allowed. */
    UNKNOWN_NAME("json.value.unknown-name"),
    /** A subtype name that is not known; arguments: the value, the names allowed. */
    UNKNOWN_TYPE("json.value.unknown-type"),
    /** The subtype name is missing; argument: the names allowed. */
    MISSING_TYPE("json.value.missing-type"),
    /** A number out of the range of its field; arguments: the value, what was expected. */
    OUT_OF_RANGE("json.value.out-of-range"),
    /** A decimal written as a JSON number with a fraction; argument: the number as written. */
    DECIMAL_AS_NUMBER("json.value.decimal-as-number"),
    NON_CANONICAL("json.value.non-canonical"),
    DUPLICATE_ELEMENT("json.value.duplicate-element"),
    /** A value refused by the model; argument: the model's reason. */
    INVALID_VALUE("json.value.invalid"),
    /** A value that cannot be read, for no reason the library can name. */
    UNREADABLE("json.value.unreadable"),

    /** The input could not be read; argument: why. */
    READ_FAILED("json.io.read-failed"),
    /** The output could not be written; argument: why. */
    WRITE_FAILED("json.io.write-failed");

    private final String code;

    Fault(String code) {
        this.code = code;
    }

    /** The stable, public code. */
    String code() {
        return code;
    }
}
