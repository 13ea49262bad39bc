package io.github.campaignkit.json;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * A document being read, held whole (as UTF-8 bytes or as text) so that a failure can be placed:
 * the line and column of an offset, and the place of a JSON Pointer found by reading the document
 * again with a streaming parser. Both are computed only when something is wrong.
 */
final class Input {

    private final byte[] bytes;
    private final String text;

    private Input(byte[] bytes, String text) {
        this.bytes = bytes;
        this.text = text;
    }

    static Input of(byte[] bytes) {
        return new Input(bytes, null);
    }

    static Input of(String text) {
        return new Input(null, text);
    }

    JsonParser parser(ObjectMapper mapper) {
        return bytes != null ? mapper.createParser(bytes) : mapper.createParser(text);
    }

    JsonParser parser(ObjectReader reader) {
        return bytes != null ? reader.createParser(bytes) : reader.createParser(text);
    }

    /**
     * Where a value starts, the token it starts with, whether it is the value asked for (or its
     * nearest enclosing one), and for a scalar its text as a message shows it.
     */
    record Place(int line, int column, JsonToken token, boolean exact, String text) {
    }

    /** The line and column (from 1, in code points) of a parser location; null when unknown. */
    int[] position(TokenStreamLocation location) {
        if (location == null) {
            return null;
        }
        long offset = bytes != null ? location.getByteOffset() : location.getCharOffset();
        if (offset < 0) {
            return location.getLineNr() > 0 ? new int[] {location.getLineNr(), Math.max(1, location.getColumnNr())}
                    : null;
        }
        return bytes != null ? positionInBytes((int) Math.min(offset, bytes.length))
                : positionInText((int) Math.min(offset, text.length()));
    }

    private int[] positionInBytes(int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if (b != '\r' && (b & 0xc0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
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
        long offset = bytes != null ? location.getByteOffset() : location.getCharOffset();
        int length = bytes != null ? bytes.length : text.length();
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
                    return bytes != null ? new TokenStreamLocation(null, i, -1, 0, 0)
                            : new TokenStreamLocation(null, -1, i, 0, 0);
                }
            }
        }
        return null;
    }

    private int at(int i) {
        return bytes != null ? bytes[i] & 0xff : text.charAt(i);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The character at a parser location, quoted for a message; null when unknown. */
    String characterAt(TokenStreamLocation location) {
        if (location == null) {
            return null;
        }
        if (bytes != null) {
            long offset = location.getByteOffset();
            if (offset < 0 || offset >= bytes.length) {
                return null;
            }
            int start = (int) offset;
            int length = 1;
            int lead = bytes[start] & 0xff;
            if (lead >= 0xf0) {
                length = 4;
            } else if (lead >= 0xe0) {
                length = 3;
            } else if (lead >= 0xc0) {
                length = 2;
            }
            if (lead >= 0x80 && lead < 0xc0 || start + length > bytes.length) {
                return null;
            }
            return Messages.quote(new String(bytes, start, length, StandardCharsets.UTF_8));
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
