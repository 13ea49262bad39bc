package io.github.campaignkit.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * A document being read, held whole as text so that a failure can be placed: the line and column
 * of a syntax error, or of the value at a JSON Pointer. Bytes are decoded strictly as UTF-8 first
 * (an overlong form, an encoded surrogate, a code point above U+10FFFF or a truncated sequence is
 * refused at its byte), and a leading byte-order mark is dropped whichever way the document came,
 * so that {@code read(String)}, {@code read(byte[])} and {@code read(Reader)} see the same text and
 * answer alike.
 */
final class Input {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String text;

    private Input(String text) {
        this.text = text;
    }

    /**
     * The document in the bytes.
     *
     * @throws Malformed if the bytes are not UTF-8, with the offset of the first bad byte
     */
    static Input of(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            Input decoded = of(out.flip().toString());
            int[] at = decoded.positionInText(decoded.text.length());
            throw new Malformed(in.position(), at[0], at[1], decoded);
        }
        return of(out.flip().toString());
    }

    static Input of(String text) {
        return new Input(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
    }

    /** Bytes that are not UTF-8: where the first bad one is (from 0), and its line and column. */
    static final class Malformed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final long offset;
        final int line;
        final int column;
        /** The text before the bad byte, to find which value it falls in. */
        final transient Input before;

        Malformed(long offset, int line, int column, Input before) {
            super(null, null, false, false);
            this.offset = offset;
            this.line = line;
            this.column = column;
            this.before = before;
        }
    }

    JsonParser parser(ObjectMapper mapper) {
        return mapper.createParser(text);
    }

    JsonParser parser(ObjectReader reader) {
        return reader.createParser(text);
    }

    record Place(int line, int column, JsonToken token, boolean exact, String text) {
    }

    /** The line and column (from 1, in code points) of a parser location; null when unknown. */
    int[] position(TokenStreamLocation location) {
        if (location == null) {
            return null;
        }
        long offset = location.getCharOffset();
        if (offset < 0) {
            return location.getLineNr() > 0 ? new int[] {location.getLineNr(), Math.max(1, location.getColumnNr())}
                    : null;
        }
        return positionInText((int) Math.min(offset, text.length()));
    }

    private int[] positionInText(int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * The start of the property name that ends just before a location (the parser reports a
     * duplicate name after reading it and its colon); null when the text there is not
     * {@code "name" :}.
     */
    TokenStreamLocation nameBefore(TokenStreamLocation location) {
        if (location == null) {
            return null;
        }
        long offset = location.getCharOffset();
        int length = text.length();
        if (offset <= 0 || offset > length) {
            return null;
        }
        int i = (int) Math.min(offset, length - 1);
        if (at(i) != ':') {
            i--;
        }
        while (i >= 0 && isSpace(at(i))) {
            i--;
        }
        if (i >= 0 && at(i) == ':') {
            i--;
        }
        while (i >= 0 && isSpace(at(i))) {
            i--;
        }
        if (i < 0 || at(i) != '"') {
            return null;
        }
        for (i--; i >= 0; i--) {
            if (at(i) == '"') {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && at(j) == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    return new TokenStreamLocation(null, -1, i, 0, 0);
                }
            }
        }
        return null;
    }

    private int at(int i) {
        return text.charAt(i);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The character at a parser location, quoted for a message; null when unknown. */
    String characterAt(TokenStreamLocation location) {
        if (location == null) {
            return null;
        }
        long offset = location.getCharOffset();
        if (offset < 0 || offset >= text.length()) {
            return null;
        }
        int cp = text.codePointAt((int) offset);
        return Messages.quote(new String(Character.toChars(cp)));
    }

    private static String scalarText(JsonParser p, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            return Messages.quote(p.getString());
        }
        if (token.isNumeric()) {
            String number = p.getString();
            return number.length() > 64 ? number.substring(0, 64) + "…" : number;
        }
        return token.isScalarValue() ? p.getString() : "";
    }

    /**
     * The pointer of the value this text ends in (the text before a bad byte): the path the parser
     * is at when the text runs out; empty for the root.
     */
    String pointerAtEnd(ObjectMapper mapper) {
        String pointer = "";
        try (JsonParser p = parser(mapper)) {
            while (p.nextToken() != null) {
                pointer = p.streamReadContext().pathAsPointer().toString();
            }
        } catch (JacksonException e) {
            if (e.processor() instanceof JsonParser p) {
                pointer = p.streamReadContext().pathAsPointer().toString();
            }
        }
        return pointer;
    }

    /**
     * Where the value at the pointer starts; when there is none (a missing property), where its
     * nearest enclosing value starts, marked not exact. Null when the document cannot be read that
     * far.
     */
    Place locate(ObjectMapper mapper, String pointer) {
        Place best = null;
        try (JsonParser p = parser(mapper)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String here = p.streamReadContext().pathAsPointer().toString();
                boolean exact = here.equals(pointer);
                if (exact || pointer.startsWith(here + "/") || here.isEmpty()) {
                    int[] at = position(p.currentTokenLocation());
                    if (at != null) {
                        best = new Place(at[0], at[1], token, exact, exact ? scalarText(p, token) : "");
                    }
                    if (exact) {
                        return best;
                    }
                } else if (token.isStructStart()) {
                    p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            return best;
        }
        return best;
    }
}
