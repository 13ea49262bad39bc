package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.internal.Moments;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * One accepted command in a campaign's journal (过程留痕): the revision it produced, when it was
 * accepted, and the command itself, with who issued it. Replaying the entries from a campaign's
 * creation, or from a snapshot, gives back the same campaign ({@link Journal#replay}).
 *
 * @param revision the campaign's revision after the command, from 1
 * @param at       when the lifecycle accepted it, from its clock
 * @param command  the command as accepted
 */
public record JournalEntry(long revision, Instant at, CampaignCommand command) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the revision is not positive
     */
    public JournalEntry {
        if (revision < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "revision", revision, 1);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(command, "command");
    }

    /**
     * Who issued the command.
     *
     * @return the actor
     */
    public MemberId actor() {
        return command.actor();
    }

    /**
     * A one-line summary for a reader: when, which revision, who, and what kind of change, the time
     * shown to the minute in the given zone: {@code 2024-07-31 20:00 · 第 12 版 · li.shuju 记录了 KPI 数据}.
     *
     * @param locale the reader's language
     * @param zone   the reader's time zone
     * @return the summary
     */
    public String summary(Locale locale, ZoneId zone) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        String what = command.type().label(locale, "done");
        String time = Moments.show(at, zone);
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage())
                ? time + " · 第 " + revision + " 版 · " + actor().value() + " " + what
                : time + " · revision " + revision + " · " + actor().value() + " " + what;
    }

    /**
     * The {@linkplain #summary(Locale, ZoneId) summary} with the time in UTC.
     *
     * @param locale the reader's language
     * @return the summary
     */
    public String summary(Locale locale) {
        return summary(locale, ZoneOffset.UTC);
    }
}
