package io.github.campaignkit.core.event;

import io.github.campaignkit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A notice about an event (通知发布): the internal 活动协作函 to the departments that help, or the
 * reminder to the external audience. Its deadline follows from the event's date and the
 * {@link NoticePolicy}; a notice scheduled or sent after it is late.
 *
 * @param kind        internal or external
 * @param audience    who receives it, e.g. {@code 销售部（组织20名客户参会）}
 * @param channel     how it is sent: e-mail, SMS, WeChat official account, …
 * @param scheduledOn the day it is planned to go out; empty in a template
 * @param sentOn      the day it went out, once sent
 */
@Value.Builder
public record Notice(NoticeKind kind, String audience, String channel, Optional<LocalDate> scheduledOn,
                     Optional<LocalDate> sentOn) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null, naming it
     */
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(channel, "channel");
        Checks.optional(scheduledOn, "scheduledOn");
        Checks.optional(sentOn, "sentOn");
    }

    /**
     * A builder for a notice.
     *
     * @return a new builder
     */
    public static NoticeBuilder builder() {
        return new NoticeBuilder();
    }

    /**
     * A notice scheduled for a day, not yet sent.
     *
     * @param kind        internal or external
     * @param audience    who receives it
     * @param channel     how it is sent
     * @param scheduledOn the day it is planned to go out
     * @return the notice
     */
    public static Notice scheduled(NoticeKind kind, String audience, String channel, LocalDate scheduledOn) {
        return new Notice(kind, audience, channel, Optional.of(scheduledOn), Optional.empty());
    }

    /**
     * This notice sent on a day.
     *
     * @param day the day it went out
     * @return a copy
     */
    public Notice sentOn(LocalDate day) {
        return new Notice(kind, audience, channel, scheduledOn, Optional.of(day));
    }
}
