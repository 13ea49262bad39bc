package io.github.campaignkit.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the ISO-8601 forms {@link LocalDate#toString()} and {@link Instant#toString()} write
 * ({@code 2024-06-18}, {@code 2024-05-20T09:00:00Z}, {@code 2024-05-20T09:00:00.123Z}) without
 * a {@code DateTimeFormatter}, which costs a microsecond and a map per value; any other form goes
 * to {@code LocalDate.parse} and {@code Instant.parse}, so the result is always theirs.
 */
final class IsoTimes {

    private IsoTimes() {
    }

    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if ((year | month | day) >= 0) {
                return LocalDate.of(year, month, day); // refuses 2024-06-31 as LocalDate.parse does
            }
        }
        return LocalDate.parse(text);
    }

    static Instant instant(String text) {
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(n - 1) == 'Z' && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nano = 0;
            if (n > 20) {
                nano = text.charAt(19) == '.' && n > 21 ? digits(text, 20, n - 1) : -1;
                for (int i = n - 21; i < 9 && nano >= 0; i++) {
                    nano *= 10;
                }
            }
            if ((year | month | day | hour | minute | second | nano) >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // a leap second or an invalid field: Instant.parse decides
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal value of the digits in [from, to), or -1 when one is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
