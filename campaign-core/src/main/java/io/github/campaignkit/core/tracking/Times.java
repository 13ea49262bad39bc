package io.github.campaignkit.core.tracking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows instants in messages: {@code 2024-08-02 10:00} in the policy's zone. */
final class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    static String show(Instant instant, ZoneId zone) {
        return MINUTES.format(instant.atZone(zone));
    }
}
