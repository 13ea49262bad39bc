package io.github.campaignkit.json;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.json.Input.Place;
import io.github.campaignkit.json.Messages.Bilingual;
import io.github.campaignkit.json.Messages.Phrase;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns whatever went wrong while reading one document into a {@link CampaignJsonException}: the
 * JSON Pointer from the parser's context (malformed JSON, limits) or from Jackson's reference path
 * (binding), the line and column from the parser or by finding the pointer in the input again,
 * and a reason built from the library's own messages. Jackson's messages are only ever classified,
 * never shown: they may quote the input and name classes.
 */
final class Translator {

    /** {@code field}, {@code field[3]}, {@code field.sub[2].leaf}: the paths constructors name. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\[[^\\]]*\\]|\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\]]*)\\]|\\.?([A-Za-z_$][A-Za-z0-9_$]*)");
    /** A qualified Java class name, which never reaches a message. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    private final ObjectMapper mapper;
    private final CampaignJsonModule module;
    private final Limits limits;
    private final Locale locale;
    private final Input input;
    private final boolean placeable;

    /** The bounds of the reader, named in the messages of the limits. */
    record Limits(long maxDocumentLength, int maxNestingDepth, int maxNumberLength, int maxStringLength,
                  int maxNameLength) {
    }

    Translator(ObjectMapper mapper, CampaignJsonModule module, Limits limits, Locale locale, Input input,
               boolean placeable) {
        this.mapper = mapper;
        this.module = module;
        this.limits = limits;
        this.locale = locale;
        this.input = input;
        this.placeable = placeable && input != null;
    }

    /** The same translation, for a tree that no longer matches the input (a migrated document). */
    Translator unplaceable() {
        return new Translator(mapper, module, limits, locale, input, false);
    }

    // ---- building ---------------------------------------------------------------------------

    CampaignJsonException fail(Fault problem, String pointer, TokenStreamLocation location, Throwable cause,
                               Object... arguments) {
        int[] at = placeable && location != null ? input.position(location) : null;
        if (at == null && placeable) {
            Place place = input.locate(mapper, pointer);
            if (place != null) {
                at = new int[] {place.line(), place.column()};
            }
        }
        return new CampaignJsonException(problem, pointer, at == null ? 0 : at[0], at == null ? 0 : at[1], locale,
                Arrays.asList(arguments), cause);
    }

    private Place locate(String pointer) {
        return placeable ? input.locate(mapper, pointer) : null;
    }

    // ---- translating ------------------------------------------------------------------------

    /**
     * Translates a failure of Jackson.
     *
     * @param e      the failure
     * @param parser the parser reading the input, or null if it was never created
     * @param prefix the pointer of the value being bound, for Jackson's reference paths
     */
    CampaignJsonException translate(JacksonException e, JsonParser parser, String prefix) {
        if (e instanceof StreamConstraintsException) {
            return limit(e, parser);
        }
        if (e instanceof StreamReadException && !(e instanceof InputCoercionException)) {
            return syntax(e, parser);
        }
        if (e instanceof JacksonIOException) {
            return fail(Fault.READ_FAILED, "", null, e.getCause(), ioReason(e.getCause()));
        }
        return binding(e, prefix);
    }

    private CampaignJsonException limit(JacksonException e, JsonParser parser) {
        String message = String.valueOf(e.getOriginalMessage());
        String pointer = parser == null ? "" : pointerOf(parser);
        TokenStreamLocation location = e.getLocation() != null ? e.getLocation()
                : parser == null ? null : parser.currentLocation();
        if (message.startsWith("Document length")) {
            return fail(Fault.DOCUMENT_TOO_LONG, pointer, location, null, String.valueOf(limits.maxDocumentLength()));
        }
        if (message.contains("nesting depth")) {
            return fail(Fault.NESTED_TOO_DEEP, pointer, location, null, String.valueOf(limits.maxNestingDepth()));
        }
        if (message.startsWith("Number value length")) {
            return fail(Fault.NUMBER_TOO_LONG, pointer, location, null, String.valueOf(limits.maxNumberLength()));
        }
        if (message.startsWith("String value length")) {
            return fail(Fault.STRING_TOO_LONG, pointer, location, null, String.valueOf(limits.maxStringLength()));
        }
        if (message.startsWith("Name length")) {
            return fail(Fault.NAME_TOO_LONG, pointer, location, null, String.valueOf(limits.maxNameLength()));
        }
        return fail(Fault.LIMIT, pointer, location, null);
    }

    private CampaignJsonException syntax(JacksonException e, JsonParser parser) {
        JsonParser source = e.processor() instanceof JsonParser p ? p : parser;
        String pointer = source == null ? "" : pointerOf(source);
        TokenStreamLocation location = e.getLocation() != null ? e.getLocation()
                : source == null ? null : source.currentLocation();
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof UnexpectedEndOfInputException || message.startsWith("Unexpected end-of-input")) {
            return fail(Fault.UNEXPECTED_END, pointer, location, null);
        }
        if (message.startsWith("Duplicate Object property") && source != null && source.currentName() != null) {
            TokenStreamLocation name = input == null ? null : input.nameBefore(location);
            return fail(Fault.DUPLICATE_PROPERTY, pointer, name != null ? name : location, null,
                    Messages.quote(source.currentName()));
        }
        if (message.startsWith("Illegal unquoted character") || message.contains("CTRL-CHAR")) {
            return fail(Fault.CONTROL_CHARACTER, pointer, location, null);
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Non-standard token")
                || message.contains("Leading zeroes") || message.startsWith("Unexpected character ('-'")) {
            return fail(Fault.INVALID_NUMBER, pointer, location, null);
        }
        if (message.contains("start property name") && source != null && source.streamReadContext().inObject()
                && source.streamReadContext().currentName() != null) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/')); // no name yet: the object itself
        }
        if (message.startsWith("Unexpected character") || message.startsWith("Unrecognized token")
                || message.startsWith("Unexpected close marker")) {
            String character = input == null ? null : input.characterAt(location);
            if (character != null && message.contains("was expecting comma")) {
                return fail(Fault.MISSING_COMMA, pointer, location, null, character);
            }
            if (character != null && message.contains("was expecting a colon")) {
                return fail(Fault.MISSING_COLON, pointer, location, null, character);
            }
            if (character != null) {
                return fail(Fault.UNEXPECTED_CHARACTER, pointer, location, null, character);
            }
        }
        return fail(Fault.MALFORMED, pointer, location, null);
    }

    private CampaignJsonException binding(JacksonException e, String prefix) {
        String pointer = prefix + pointerOf(e.getPath());
        Throwable cause = e.getCause();
        if (cause instanceof InvalidValue invalid) {
            return fail(invalid.problem(), pointer, null, invalid.getCause(), invalid.arguments().toArray());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            TreeSet<String> known = new TreeSet<>();
            if (unknown.getKnownPropertyIds() != null) {
                unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            }
            return fail(Fault.UNKNOWN_PROPERTY, pointer, null, null, Messages.quote(unknown.getPropertyName()),
                    String.join(", ", known));
        }
        if (e instanceof InvalidTypeIdException typeId) {
            Class<?> base = typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass();
            String names = module.sealedNames(base).map(Shapes::names).orElse("");
            String at = pointer + "/" + CampaignJsonModule.TYPE_PROPERTY;
            return typeId.getTypeId() == null ? fail(Fault.MISSING_TYPE, at, null, null, names)
                    : fail(Fault.UNKNOWN_TYPE, at, null, null, Messages.quote(typeId.getTypeId()), names);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return constructorFailure(instantiation, pointer);
        }
        if (e instanceof InputCoercionException coercion) {
            Place place = locate(pointer);
            return fail(Fault.OUT_OF_RANGE, pointer, null, null, place == null ? "" : place.text(),
                    Shapes.range(coercion.getTargetType(), module));
        }
        if (e instanceof InvalidFormatException format) {
            return invalidFormat(format, pointer);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Place place = locate(pointer);
            if (placeable && (place == null || !place.exact())) {
                return fail(Fault.MISSING_PROPERTY, pointer, null, null, Messages.quote(lastSegment(pointer)));
            }
            if (place != null && place.token() == JsonToken.VALUE_NULL) {
                return fail(Fault.NULL_VALUE, pointer, null, null);
            }
            if (place != null) {
                return fail(Fault.WRONG_TYPE, pointer, null, null, Shapes.expected(mismatch.getTargetType(), module),
                        Shapes.found(place.token()));
            }
            return fail(Fault.UNREADABLE, pointer, null, null);
        }
        return fail(Fault.UNREADABLE, pointer, null, null);
    }

    private CampaignJsonException invalidFormat(InvalidFormatException format, String pointer) {
        Class<?> target = format.getTargetType();
        Phrase expected = Shapes.expected(target, module);
        Place place = locate(pointer);
        JsonToken found = place == null ? null : place.token();
        boolean string = found == null || found == JsonToken.VALUE_STRING;
        if (target != null && target.isEnum() && string) {
            return fail(Fault.UNKNOWN_NAME, pointer, null, null, Messages.quote(String.valueOf(format.getValue())),
                    Shapes.names(target));
        }
        if (found != null && Shapes.found(found).equals(expected)) {
            return fail(Fault.INVALID_FORMAT, pointer, null, null, Messages.quote(String.valueOf(format.getValue())),
                    expected);
        }
        if (found != null) {
            return fail(Fault.WRONG_TYPE, pointer, null, null, expected, Shapes.found(found));
        }
        return fail(Fault.INVALID_FORMAT, pointer, null, null, Messages.quote(String.valueOf(format.getValue())),
                expected);
    }

    private CampaignJsonException constructorFailure(ValueInstantiationException e, String pointer) {
        Throwable cause = e.getCause();
        Class<?> type = e.getType() == null ? null : e.getType().getRawClass();
        if (cause instanceof NullPointerException npe) {
            String suffix = componentPointer(npe.getMessage(), type);
            String at = pointer + suffix;
            Place place = suffix.isEmpty() ? null : locate(at);
            if (place != null && place.exact() && place.token() == JsonToken.VALUE_NULL) {
                return fail(Fault.NULL_VALUE, at, null, null);
            }
            if (!suffix.isEmpty() && placeable && (place == null || !place.exact())) {
                return fail(Fault.MISSING_PROPERTY, at, null, null, Messages.quote(lastSegment(at)));
            }
            return fail(Fault.REQUIRED_VALUE, at, null, null);
        }
        if (cause instanceof InvalidValueException invalid) {
            String suffix = componentPointer(invalid.violation().path(), type);
            return fail(Fault.INVALID_VALUE, pointer + suffix, null, invalid, reasonOf(invalid));
        }
        if (cause instanceof IllegalArgumentException iae) {
            String message = iae.getMessage() == null ? "" : iae.getMessage();
            int colon = message.indexOf(": ");
            String suffix = colon < 0 ? "" : componentPointer(message.substring(0, colon), type);
            return fail(Fault.INVALID_VALUE, pointer + suffix, null, iae, reasonOf(iae));
        }
        return fail(Fault.UNREADABLE, pointer, null, null);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * The reason of a model's refusal as a message argument. A refusal of campaignkit's own
     * ({@link InvalidValueException}) reads in both languages, without the field its path names;
     * any other exception's message is English only, without the leading {@code field: } and never
     * with a class name.
     */
    static Object reasonOf(IllegalArgumentException e) {
        if (e instanceof InvalidValueException invalid && invalid.violation() != null) {
            Violation violation = invalid.violation();
            return new Bilingual(cut(violation.message(Locale.ENGLISH)),
                    cut(violation.message(Locale.SIMPLIFIED_CHINESE)));
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "-";
        }
        int colon = message.indexOf(": ");
        if (colon > 0 && PATH.matcher(message.substring(0, colon)).matches()) {
            message = message.substring(colon + 2);
        }
        return cut(CLASS_NAME.matcher(message).replaceAll("…"));
    }

    /** A model's reason can list every cell of a matrix; a reader needs its first sentence or two. */
    private static String cut(String message) {
        return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "…";
    }

    /** The longest model reason a message quotes, in characters. */
    static final int MAX_REASON = 300;

    /**
     * The pointer below a record of a component path a constructor names ({@code phases[3]} gives
     * {@code /phases/3}), or {@code ""} when the path does not start with one of its components.
     */
    static String componentPointer(String path, Class<?> type) {
        if (path == null || type == null || !type.isRecord() || !PATH.matcher(path).matches()) {
            return "";
        }
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            segments.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (segments.isEmpty()) {
            return "";
        }
        String first = segments.get(0);
        boolean component = false;
        for (RecordComponent c : type.getRecordComponents()) {
            component |= c.getName().equals(first);
        }
        if (!component) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String segment : segments) {
            b.append('/').append(escape(segment));
        }
        return b.toString();
    }

    static String pointerOf(JsonParser parser) {
        try {
            return parser.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String pointerOf(List<JacksonException.Reference> path) {
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

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String lastSegment(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }

    static String ioReason(Throwable e) {
        if (e == null || e.getMessage() == null) {
            return "-";
        }
        return CLASS_NAME.matcher(e.getMessage()).replaceAll("…");
    }
}
