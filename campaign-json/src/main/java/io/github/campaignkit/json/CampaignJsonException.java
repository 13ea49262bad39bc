package io.github.campaignkit.json;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A campaign document that cannot be read or written. It says where, as the JSON Pointer (RFC 6901)
 * of the offending value ({@code /campaign/profile/window/end}) with its line and column where the
 * reader knows them, and why, in English or Chinese. The {@linkplain #code() code} is stable, for
 * programs that react to one kind of problem.
 *
 * <p>The message never quotes more of the input than the offending value (cut after 64 characters),
 * never names a class of the library or of Jackson, and never carries a NullPointerException's
 * text; the exception keeps no Jackson exception as its cause, since those may quote the input.
 * When a constructor of the model refused a value, its message is the reason and its
 * IllegalArgumentException is the cause.
 *
 * <p>Codes: {@code json.syntax.*} (malformed JSON: {@code empty}, {@code unexpected-end},
 * {@code unexpected-character}, {@code control-character}, {@code invalid-number},
 * {@code invalid-encoding}, {@code duplicate-property}, {@code trailing-content},
 * {@code malformed}); {@code json.limit.*} (a configured bound: {@code document-length},
 * {@code nesting-depth}, {@code number-length}, {@code string-length}, {@code name-length},
 * {@code decimal-scale}, {@code decimal-precision}, {@code other}); {@code json.document.*} and
 * {@code json.version.*} (the envelope: {@code not-an-object}, {@code campaign-missing},
 * {@code missing}, {@code invalid}, {@code newer}, {@code older}, {@code migration-failed});
 * {@code json.property.*} ({@code unknown}, {@code missing}); {@code json.value.*}
 * ({@code null}, {@code required}, {@code wrong-type}, {@code invalid-format},
 * {@code decimal-as-number}, {@code unknown-name}, {@code unknown-type}, {@code missing-type},
 * {@code out-of-range}, {@code invalid}, {@code unreadable}); {@code json.io.*} ({@code read-failed},
 * {@code write-failed}).
 */
public final class CampaignJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String pointer;
    private final int line;
    private final int column;
    private final Locale locale;
    private final List<Object> arguments;

    CampaignJsonException(Fault problem, String pointer, int line, int column, Locale locale,
                          List<Object> arguments, Throwable cause) {
        super(null, cause, false, true);
        this.code = problem.code();
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = Math.max(0, line);
        this.column = this.line == 0 ? 0 : Math.max(1, column);
        this.locale = Objects.requireNonNull(locale, "locale");
        this.arguments = List.copyOf(arguments);
    }

    /**
     * This failure placed on a line of a JSON Lines stream: the line of the stream, and the column in
     * that line where the failure's own document knew it.
     */
    CampaignJsonException onLine(int streamLine) {
        CampaignJsonException placed = new CampaignJsonException(code, pointer, streamLine, line > 0 ? column : 1,
                locale, arguments, getCause());
        return placed;
    }

    private CampaignJsonException(String code, String pointer, int line, int column, Locale locale,
                                  List<Object> arguments, Throwable cause) {
        super(null, cause, false, true);
        this.code = code;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.locale = locale;
        this.arguments = arguments;
    }

    /**
     * The stable code of the problem, for example {@code json.property.unknown}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The JSON Pointer (RFC 6901) of the offending value; for a missing property, the pointer it
     * would have.
     *
     * @return the pointer, {@code ""} for the whole document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The line of the offending value (or, for a missing one, of the object that lacks it), where
     * the reader knows it: not for a migrated older document, nor for a failed write.
     *
     * @return the line from 1, or empty
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * The column of the offending value, counted in characters (Unicode code points) from 1, where
     * the reader knows it.
     *
     * @return the column from 1, or empty
     */
    public OptionalInt column() {
        return line > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * Why, without the location, in the language the reading {@link CampaignJson} was built with.
     *
     * @return the reason
     */
    public String reason() {
        return reason(locale);
    }

    /**
     * Why, without the location, in the given language.
     *
     * @param language the reader's language ({@code Locale.CHINESE} or {@code Locale.ENGLISH})
     * @return the reason
     */
    public String reason(Locale language) {
        return Messages.render(code, Objects.requireNonNull(language, "language"), arguments);
    }

    /**
     * The whole message in the given language: where, then why.
     *
     * @param language the reader's language
     * @return the message, e.g. {@code /campaign/id (line 1, column 39): invalid value: must not be blank}
     */
    public String message(Locale language) {
        Objects.requireNonNull(language, "language");
        String where = pointer.isEmpty() ? Messages.render("where.document", language, List.of()) : pointer;
        if (line > 0) {
            where = Messages.render("where.at", language, List.of(where, String.valueOf(line), String.valueOf(column)));
        }
        return Messages.render("where.message", language, List.of(where, reason(language)));
    }

    /**
     * The whole message in the language the reading {@link CampaignJson} was built with.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return message(locale);
    }
}
