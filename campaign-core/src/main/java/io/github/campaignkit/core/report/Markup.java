package io.github.campaignkit.core.report;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XML (the XHTML serialisation of HTML, with inline SVG) into a
 * {@link StringBuilder}: every text and attribute value is escaped, every element is closed in
 * order, and characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE and
 * U+FFFF) become U+FFFD. Block elements start on their own line, indented by their depth, so the
 * output diffs well; the text of an element written with {@link #element} stays on one line.
 *
 * <p>Not thread-safe; one instance writes one document.
 */
final class Markup {

    private static final char REPLACEMENT = '\uFFFD';

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();

    Markup(StringBuilder out) {
        this.out = out;
    }

    /** Writes raw markup the caller guarantees well-formed: the doctype, a style sheet of constants. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens an element on a new line; {@code attributes} are name, value pairs. */
    Markup open(String name, String... attributes) {
        newline();
        start(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Closes the innermost open element on a new line. */
    Markup close() {
        String name = open.pop();
        newline();
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes {@code <name attributes>text</name>} on a new line. */
    Markup element(String name, String text, String... attributes) {
        newline();
        start(name, attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes an element without content as {@code <name attributes/>} (SVG shapes, {@code meta}). */
    Markup empty(String name, String... attributes) {
        newline();
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** Writes escaped text inside the innermost open element. */
    Markup text(String text) {
        escape(text, false);
        return this;
    }

    /** How many elements are open: 0 once the document is complete. */
    int depth() {
        return open.size();
    }

    private void start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw InvalidValueException.of(ValueViolation.EVEN, "attributes", attributes.length);
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void newline() {
        if (out.length() > 0) {
            out.append('\n');
        }
        for (int i = 0; i < open.size(); i++) {
            out.append(' ');
        }
    }

    /** Escapes a text for XML content or a double-quoted attribute value. */
    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append(attribute ? "&quot;" : "\"");
                    break;
                case '\'':
                    out.append(attribute ? "&#39;" : "'");
                    break;
                case '\r':
                    // Parsers turn a raw carriage return into a line feed; a reference keeps it.
                    out.append("&#13;");
                    break;
                case '\t':
                case '\n':
                    // Attribute values normalise white space; keep it as a character reference there.
                    out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                    break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
            }
        }
    }
}
