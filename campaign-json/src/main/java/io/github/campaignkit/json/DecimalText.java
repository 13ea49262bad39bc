package io.github.campaignkit.json;

/** The text of a decimal as documents write it: its form, and its bounds read without parsing it. */
final class DecimalText {

    private DecimalText() {
    }

    /**
     * Whether the text has the form of {@link CampaignJsonModule#DECIMAL} (with {@code exponent}) or of
     * {@link CampaignJsonModule#PLAIN_DECIMAL} (without): checked by hand, as this runs for every decimal of a
     * document. The number of digits is bounded apart, by the decimal bounds.
     */
    static boolean isDecimal(String text, boolean exponent) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digits = digits(text, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i < n && text.charAt(i) == '.') {
            digits = digits(text, ++i);
            if (digits == 0) {
                return false;
            }
            i += digits;
        }
        if (exponent && i < n && (text.charAt(i) == 'E' || text.charAt(i) == 'e')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            digits = digits(text, i);
            if (digits == 0) {
                return false;
            }
            i += digits;
        }
        return i == n;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /**
     * Checks the scale and precision a decimal's text would have, by counting its digits and reading
     * its exponent, without building the number: BigDecimal parses digits in time growing with their
     * square, so a million-digit text must be refused before it is parsed. The text is a decimal
     * ({@link #isDecimal}).
     *
     * @throws InvalidValue with {@link Fault#DECIMAL_SCALE} or {@link Fault#DECIMAL_PRECISION}
     */
    static void bound(String text, int maxDecimalScale, int maxDecimalPrecision) {
        int n = text.length();
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        int leadingZeros = 0;
        boolean significant = false;
        int fraction = 0;
        boolean inFraction = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                inFraction = true;
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            digits++;
            fraction += inFraction ? 1 : 0;
            if (!significant && c == '0') {
                leadingZeros++;
            } else {
                significant = true;
            }
        }
        long exponent = 0;
        if (i < n) {
            boolean negative = text.charAt(i + 1) == '-';
            int from = text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+' ? i + 2 : i + 1;
            while (from < n - 1 && text.charAt(from) == '0') {
                from++;
            }
            exponent = n - from > 12 ? 1_000_000_000_000L : Long.parseLong(text.substring(from));
            exponent = negative ? -exponent : exponent;
        }
        long scale = fraction - exponent;
        if (Math.abs(scale) > maxDecimalScale) {
            throw new InvalidValue(Fault.DECIMAL_SCALE, String.valueOf(scale), String.valueOf(maxDecimalScale));
        }
        int precision = Math.max(1, digits - leadingZeros);
        if (precision > maxDecimalPrecision) {
            throw new InvalidValue(Fault.DECIMAL_PRECISION, String.valueOf(precision),
                    String.valueOf(maxDecimalPrecision));
        }
    }
}
