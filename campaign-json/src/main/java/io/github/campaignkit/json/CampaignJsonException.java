package io.github.campaignkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * A campaign document that cannot be read or written: it says where, as a JSON Pointer to the
 * offending value ({@code /campaign/profile/window/end}), and why, in plain words. The message
 * never quotes more of the input than the offending value and never names a class of the library.
 */
public final class CampaignJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
     * @param reason  why it cannot be read, in plain words
     * @param line    the line of the offending value from 1, or 0 when not known
     * @param column  the column of the offending value from 1, or 0 when not known
     * @param cause   the underlying failure, kept for logs, or null
     */
    public CampaignJsonException(String pointer, String reason, int line, int column, Throwable cause) {
        super(describe(pointer, reason, line, column), cause);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
    }

    private static String describe(String pointer, String reason, int line, int column) {
        String where = pointer.isEmpty() ? "document" : pointer;
        String at = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return where + at + ": " + reason;
    }

    /**
     * The JSON Pointer (RFC 6901) of the offending value.
     *
     * @return the pointer, {@code ""} for the whole document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Why the document cannot be read, without the location.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * The line of the offending value, where the parser knew it.
     *
     * @return the line from 1
     */
    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /**
     * The column of the offending value, where the parser knew it.
     *
     * @return the column from 1
     */
    public Optional<Integer> column() {
        return line > 0 ? Optional.of(column) : Optional.empty();
    }
}
