package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast ISO-8601 readers give exactly what LocalDate.parse and Instant.parse give, or refuse alike. */
class IsoTimesProperties {

    @Property(tries = 2000)
    void instantsReadBackExactly(@ForAll("instants") Instant instant) {
        assertThat(IsoTimes.instant(instant.toString())).isEqualTo(instant);
    }

    @Property(tries = 1000)
    void datesReadBackExactly(@ForAll("dates") LocalDate date) {
        assertThat(IsoTimes.date(date.toString())).isEqualTo(date);
    }

    @Property(tries = 2000)
    void anyTextGivesWhatTheJdkGives(@ForAll("timeLike") String text) {
        assertThat(outcome(() -> IsoTimes.instant(text))).isEqualTo(outcome(() -> Instant.parse(text)));
        assertThat(outcome(() -> IsoTimes.date(text))).isEqualTo(outcome(() -> LocalDate.parse(text)));
    }

    @Example
    void edgeForms() {
        for (String text : List.of("2024-02-29T23:59:60Z", "+10000-01-01T00:00:00Z", "2024-05-20T09:00:00.1Z",
                "2024-05-20T09:00:00.123456789Z", "2024-05-20T09:00:00.Z", "2024-05-20T09:00:00+08:00",
                "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-20t09:00:00z")) {
            assertThat(outcome(() -> IsoTimes.instant(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
        }
        for (String text : List.of("2024-02-29", "2023-02-29", "2024-06-31", "+10000-01-01", "2024-6-01", "２０２４-06-01")) {
            assertThat(outcome(() -> IsoTimes.date(text))).as(text).isEqualTo(outcome(() -> LocalDate.parse(text)));
        }
        assertThatThrownBy(() -> IsoTimes.date("2024-06-31")).isInstanceOf(DateTimeException.class);
    }

    private static Object outcome(java.util.function.Supplier<Object> read) {
        try {
            return read.get();
        } catch (DateTimeException e) {
            return "refused";
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()),
                        Arbitraries.of(0, 1, 3, 6, 9), Arbitraries.integers().between(0, 999_999_999))
                .as((seconds, digits, nanos) -> Instant.ofEpochSecond(seconds,
                        digits == 0 ? 0 : nanos - nanos % (int) Math.pow(10, 9 - digits)));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> timeLike() {
        Arbitrary<String> valid = Arbitraries.oneOf(instants().map(Instant::toString), dates().map(LocalDate::toString));
        return net.jqwik.api.Combinators.combine(valid, Arbitraries.integers().between(0, 29),
                        Arbitraries.of('0', '9', '-', ':', 'T', 'Z', '.', '+', 'x', '6'))
                .as((text, at, c) -> text.substring(0, at % text.length()) + c + text.substring(at % text.length() + 1))
                .injectDuplicates(0.01)
                .edgeCases(e -> e.add("2024-05-20T09:00:00Z"));
    }
}
