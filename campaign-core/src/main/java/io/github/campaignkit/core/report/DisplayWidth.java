package io.github.campaignkit.core.report;

/**
 * How many columns a text takes in a fixed-width font: East Asian wide and full-width characters
 * and the common emoji take two, combining marks none, everything else one. Every renderer of this
 * package aligns its columns with it, so Chinese and English tables line up the same way.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns the text takes. */
    static int of(String text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }

    /** The columns one code point takes: 0, 1 or 2. */
    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** The text followed by spaces up to the given width. */
    static String padRight(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - of(text)));
    }

    /** Spaces up to the given width followed by the text. */
    static String padLeft(String text, int columns) {
        return " ".repeat(Math.max(0, columns - of(text))) + text;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F && cp != 0x3040)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
