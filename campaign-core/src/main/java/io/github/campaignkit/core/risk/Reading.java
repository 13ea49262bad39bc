package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An external reading recorded in the risk register: a weather forecast, a sentiment score, an
 * equipment test. Seed 004: 降雨概率 for 08-07, 70, recorded on 08-04 from the weather service.
 *
 * <p>Readings are a log: a new forecast for the same day is a new reading, and triggers read the
 * latest one recorded at the time they are evaluated, so an evaluation at an earlier instant sees
 * what was known then.
 *
 * @param indicator  what is measured
 * @param about      the day the reading is about (a forecast's day, a score's day)
 * @param value      the value, for example a probability in percent
 * @param recordedAt when it was recorded
 * @param source     where it came from, e.g. {@code 中国天气网 08-04 预报}: not blank
 */
@Value.Builder
public record Reading(Indicator indicator, LocalDate about, BigDecimal value, Instant recordedAt, String source) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the source is blank
     */
    public Reading {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw InvalidValueException.of(ValueViolation.BLANK, "source");
        }
    }

    /**
     * A builder for a reading.
     *
     * @return a new builder
     */
    public static ReadingBuilder builder() {
        return new ReadingBuilder();
    }

    /**
     * A builder that starts from this reading.
     *
     * @return a builder holding every component of this reading
     */
    public ReadingBuilder toBuilder() {
        return new ReadingBuilder().from(this);
    }
}
