package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.campaignkit.core.campaign.Campaign;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The reader refuses malformed UTF-8 at the byte, bounds the work a long decimal can cause, treats
 * its three entry points alike, and a failing stream keeps its cause.
 */
class ReaderRobustnessTest {

    private static final CampaignJson JSON = CampaignJson.standard();
    private static final Duration GUARD = Duration.ofSeconds(10);

    /** The seed 000 document with the profile's name replaced by the given bytes. */
    private static byte[] withName(byte[] name) {
        String json = JSON.write(CampaignJsonTest.sample());
        String marker = "\"name\":\"品牌618促销活动\"";
        int at = json.indexOf(marker);
        byte[] head = json.substring(0, at + "\"name\":\"".length()).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(at + marker.length() - 1).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + name.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(name, 0, all, head.length, name.length);
        System.arraycopy(tail, 0, all, head.length + name.length, tail.length);
        return all;
    }

    @Test
    void everyMalformedSequenceIsRefusedAtItsByte() {
        HexFormat hex = HexFormat.of();
        // overlong NUL, overlong '/', above U+10FFFF, an encoded surrogate, a lone continuation byte,
        // a sequence cut short by the closing quote, an invalid lead byte
        for (String sequence : List.of("41c080", "e080af", "f4908080", "eda080", "80", "e4b8", "ff")) {
            byte[] name = hex.parseHex(sequence);
            byte[] document = withName(name);
            int bad = indexOf(document, name) + (sequence.startsWith("41") ? 1 : 0);
            assertThatThrownBy(() -> JSON.read(document)).as(sequence)
                    .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                        assertThat(e.code()).isEqualTo("json.syntax.invalid-encoding");
                        assertThat(e.pointer()).isEqualTo("/campaign/profile/name");
                        assertThat(e.line()).hasValue(1);
                        assertThat(e.getMessage()).contains("byte offset " + bad);
                    });
        }
        CampaignJson zh = JSON.toBuilder().locale(Locale.SIMPLIFIED_CHINESE).build();
        assertThatThrownBy(() -> zh.read(withName(hex.parseHex("c080")))).hasMessageContaining("字节偏移");
    }

    @Test
    void validUtf8OfEveryLengthReads() {
        String name = "A é 品 😀";
        Campaign read = JSON.read(withName(name.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.profile().name()).isEqualTo(name);
    }

    @Test
    void aByteOrderMarkIsAcceptedFromEveryEntryPoint() {
        String json = JSON.write(CampaignJsonTest.sample());
        Campaign expected = CampaignJsonTest.sample();
        byte[] bom = new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bytes.length + 3];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        assertThat(JSON.read(withBom)).isEqualTo(expected);
        assertThat(JSON.read("\uFEFF" + json)).isEqualTo(expected);
        assertThat(JSON.read(new StringReader("\uFEFF" + json))).isEqualTo(expected);
    }

    @Test
    void theThreeEntryPointsGiveTheSameAnswer() {
        String json = JSON.write(CampaignJsonTest.sample());
        List<String> broken = new ArrayList<>(List.of(
                json.replace("\"revision\":1", "\"revision\":1."),
                json.replace(",\"stage\"", "\"stage\""),
                json.replace("\"theme\":", "\"颜色\":0,\"theme\":"),
                json.substring(0, json.length() / 2),
                json.replace("\"name\":\"品牌618促销活动\"", "\"name\":\"品牌\u0001\""),
                json.replace("\"revision\":1", "\"revision\":\"one\""),
                json + " {}",
                "",
                "[]",
                "{\"schemaVersion\":2,\"schemaVersion\":2}"));
        broken.add("{\n  \"schemaVersion\": 1,\n  \"campaign\": {\"id\": \"品牌\", \"profile\": tru }\n}");
        for (String document : broken) {
            CampaignJsonException fromString = refusal(() -> JSON.read(document));
            CampaignJsonException fromBytes = refusal(() -> JSON.read(document.getBytes(StandardCharsets.UTF_8)));
            CampaignJsonException fromReader = refusal(() -> JSON.read(new StringReader(document)));
            for (CampaignJsonException other : List.of(fromBytes, fromReader)) {
                assertThat(other.code()).as(document).isEqualTo(fromString.code());
                assertThat(other.pointer()).as(document).isEqualTo(fromString.pointer());
                assertThat(other.line()).as(document).isEqualTo(fromString.line());
                assertThat(other.column()).as(document).isEqualTo(fromString.column());
                assertThat(other.getMessage()).as(document).isEqualTo(fromString.getMessage());
            }
        }
    }

    @Test
    void aLongDecimalIsRefusedBeforeItIsParsed() {
        String json = JSON.write(io.github.campaignkit.core.testkit.CampaignArbitraries.plannedCampaigns().sample());
        assertThat(json).contains("\"amount\":\"");
        for (String digits : List.of("9".repeat(999_000), "1" + "0".repeat(500_000) + ".5", "0." + "0".repeat(800_000) + "1",
                "-" + "12345678901234567890".repeat(40_000))) {
            String document = withAmount(json, digits);
            CampaignJsonException e = assertTimeoutPreemptively(GUARD, () -> refusal(() -> JSON.read(document)));
            assertThat(e.code()).as(digits.substring(0, 12)).startsWith("json.limit.decimal-");
            assertThat(e.pointer()).endsWith("/amount");
            assertThat(e.getMessage()).hasSizeLessThan(300);
        }
        // At the bounds, precision 40 and scale 20, the amount is no longer refused for its size.
        CampaignJsonException bounds = refusal(() -> JSON.read(withAmount(json, "9".repeat(20) + "." + "9".repeat(20))));
        assertThat(bounds.code()).doesNotStartWith("json.limit.decimal-");
    }

    @Test
    void aDecimalsBoundsAreReadFromItsTextAsBigDecimalWouldHaveThem() {
        CampaignJsonModule module = new CampaignJsonModule();
        for (String text : List.of("0", "-0", "0.00", "12.50", "010", "0.0012", "1E+3", "1e-20", "-9.99e+5", "100e-2",
                "9".repeat(40), "0." + "0".repeat(19) + "1", "123456789012345678901234567890.1234567891")) {
            java.math.BigDecimal expected = new java.math.BigDecimal(text);
            boolean fits = Math.abs(expected.scale()) <= 20 && expected.precision() <= 40;
            if (fits) {
                assertThat(module.decimal(text)).as(text).isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> module.decimal(text)).as(text).isInstanceOf(InvalidValue.class);
            }
        }
        for (String huge : List.of("1e-" + "9".repeat(200_000), "1e+" + "0".repeat(100_000) + "25", "9".repeat(900_000),
                "0." + "0".repeat(900_000) + "1")) {
            InvalidValue refused = assertTimeoutPreemptively(GUARD, () -> {
                try {
                    module.decimal(huge);
                } catch (InvalidValue e) {
                    return e;
                }
                throw new AssertionError("accepted");
            });
            assertThat(refused.problem()).isIn(Fault.DECIMAL_SCALE, Fault.DECIMAL_PRECISION);
        }
    }

    /** The document with its first amount of money replaced by the given text. */
    private static String withAmount(String json, String amount) {
        int at = json.indexOf("\"amount\":\"") + "\"amount\":\"".length();
        return json.substring(0, at) + amount + json.substring(json.indexOf('"', at));
    }

    @Test
    void aFailingStreamKeepsItsCause() {
        IOException full = new IOException("disk full");
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw full;
            }
        };
        assertThatThrownBy(() -> JSON.write(CampaignJsonTest.sample(), broken))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.io.write-failed");
                    assertThat(e.getCause()).isSameAs(full);
                    assertThat(e.getMessage()).contains("disk full");
                    assertThat(e.pointer()).isEmpty();
                });
        // A stream that fails mid-document, after the writer has flushed some of it.
        // A closed campaign large enough that the writer flushes before the end (most are; a few
        // generated ones are not, so one is picked rather than assumed).
        Campaign large = io.github.campaignkit.core.testkit.CampaignArbitraries.closedCampaigns().sampleStream()
                .filter(c -> JSON.writeBytes(c).length > 20_000).findFirst().orElseThrow();
        assertThat(JSON.writeBytes(large).length).isGreaterThan(20_000);
        OutputStream filling = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 10_000) {
                    throw full;
                }
            }
        };
        assertThatThrownBy(() -> JSON.write(large, filling)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.io.write-failed");
            assertThat(e.getCause()).isSameAs(full);
            assertThat(e.pointer()).isEmpty();
        });
        ByteArrayOutputStream fine = new ByteArrayOutputStream();
        JSON.write(CampaignJsonTest.sample(), fine);
        assertThat(fine.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(CampaignJsonTest.sample()));
    }

    @Test
    void whatWouldNotWriteBackAsReadIsRefusedWithAPointer() {
        String json = JSON.write(io.github.campaignkit.core.testkit.CampaignArbitraries.plannedCampaigns()
                .filter(c -> !c.event().segments().isEmpty() && c.schedule().calendar().workingDays().size() >= 2)
                .sample());
        String duration = firstValue(json, "duration");
        assertThat(refusal(() -> JSON.read(json.replace("\"duration\":\"" + duration + "\"",
                "\"duration\":\"" + duration.toLowerCase(Locale.ROOT) + "\""))).code())
                .isEqualTo("json.value.non-canonical");
        CampaignJsonException padded = refusal(() -> JSON.read(json.replaceFirst("\"stage\":\"PLANNING\"",
                "\"stage\":\" PLANNING\"")));
        assertThat(padded.code()).isEqualTo("json.value.unknown-name");
        assertThat(padded.pointer()).isEqualTo("/campaign/stage");
        int days = json.indexOf("\"workingDays\":[") + "\"workingDays\":[".length();
        String first = json.substring(days, json.indexOf(',', days));
        CampaignJsonException repeated = refusal(() -> JSON.read(json.substring(0, days) + first + ","
                + json.substring(days)));
        assertThat(repeated.code()).isEqualTo("json.value.duplicate-element");
        assertThat(repeated.pointer()).isEqualTo("/campaign/schedule/calendar/workingDays/1");
        String days2 = json.substring(days, json.indexOf(']', days));
        java.util.List<String> reversed = new ArrayList<>(List.of(days2.split(",")));
        java.util.Collections.reverse(reversed);
        CampaignJsonException unordered = refusal(() -> JSON.read(json.replace("\"workingDays\":[" + days2 + "]",
                "\"workingDays\":[" + String.join(",", reversed) + "]")));
        assertThat(unordered.code()).isEqualTo("json.value.non-canonical");
        assertThat(unordered.pointer()).isEqualTo("/campaign/schedule/calendar/workingDays");
    }

    @Test
    void messagesSayWhatToFix() {
        String json = JSON.write(CampaignJsonTest.sample());
        CampaignJsonException newer = refusal(() -> JSON.read(json.replace("\"schemaVersion\":2",
                "\"schemaVersion\":9999999999")));
        assertThat(newer.code()).isEqualTo("json.version.newer");
        assertThat(newer.reason()).contains("9999999999");
        assertThat(refusal(() -> JSON.read(json.replace("\"schemaVersion\":2", "\"schemaVersion\":-9999999999")))
                .code()).isEqualTo("json.version.older");
        CampaignJsonException comma = refusal(() -> JSON.read(json.replace(",\"stage\"", "\"stage\"")));
        assertThat(comma.code()).isEqualTo("json.syntax.missing-comma");
        assertThat(comma.reason()).isEqualTo("a comma is missing before \"\\\"\": separate the entries of an object or an"
                + " array with commas");
        CampaignJsonException colon = refusal(() -> JSON.read(json.replace("\"stage\":", "\"stage\" ")));
        assertThat(colon.code()).isEqualTo("json.syntax.missing-colon");
        CampaignJsonException revision = refusal(() -> JSON.read(json.replace("\"revision\":1", "\"revision\":\"1\"")));
        assertThat(revision.reason()).isEqualTo("expected a whole number, found a string");
        String typed = JSON.write(io.github.campaignkit.core.testkit.CampaignArbitraries.plannedCampaigns().sample());
        int at = typed.indexOf("\"type\":\"");
        String once = typed.substring(at, typed.indexOf('"', at + 8) + 1);
        CampaignJsonException twice = refusal(() -> JSON.read(typed.substring(0, at) + once + "," + typed.substring(at)));
        assertThat(twice.code()).isEqualTo("json.syntax.duplicate-property");
        assertThat(twice.reason()).isEqualTo("property \"type\" appears twice");
    }

    /** The text of the first string property of that name. */
    private static String firstValue(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(at, json.indexOf('"', at));
    }

    private static CampaignJsonException refusal(Supplier<Campaign> read) {
        try {
            read.get();
        } catch (CampaignJsonException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    private static int indexOf(byte[] in, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= in.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (in[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
