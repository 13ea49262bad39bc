package io.github.campaignkit.core.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The one way campaignkit shows a moment to a reader: to the minute, in the reader's zone
 * ({@code 2024-08-04 10:30}). Internal: not part of campaignkit's API.
 */
public final class Moments {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Moments() {
    }

    /**
     * The moment to the minute in the zone: {@code 2024-08-04 10:30}.
     *
     * @param instant the moment
     * @param zone    the reader's zone
     * @return the text
     */
    public static String show(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        return MINUTES.format(instant.atZone(zone));
    }

    /**
     * {@link #show} marking UTC, for callers whose zone is a default rather than the reader's
     * choice: {@code 2024-08-04 02:30 UTC}, and {@code 2024-08-04 10:30} in any other zone.
     *
     * @param instant the moment
     * @param zone    the reader's zone
     * @return the text
     */
    public static String showMarkingUtc(Instant instant, ZoneId zone) {
        String local = show(instant, zone);
        return zone.normalized().equals(ZoneOffset.UTC) ? local + " UTC" : local;
    }
}
