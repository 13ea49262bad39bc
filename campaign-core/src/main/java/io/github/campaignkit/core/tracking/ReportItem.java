package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a daily report as a roll-up lists it: a problem or a resource request, with the day
 * and the member it came from.
 *
 * @param date   the day of the report
 * @param member who reported it
 * @param text   the line
 */
public record ReportItem(LocalDate date, MemberId member, String text) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public ReportItem {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(text, "text");
    }
}
