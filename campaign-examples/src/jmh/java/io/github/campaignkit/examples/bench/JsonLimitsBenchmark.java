package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.examples.Promotion618;
import io.github.campaignkit.json.CampaignJson;
import io.github.campaignkit.json.CampaignJsonException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The worst a hostile document can make a read cost under the default limits, against an ordinary
 * read: the seed 000 campaign with its approved budget ({@code readSeedDocument}); the same document
 * with one amount of money written as 999,999 digits, just under the string limit
 * ({@code refuseMillionDigitAmount}: refused by counting digits, before any number is built; it took
 * about 15 s when BigDecimal parsed it first); and with an overlong UTF-8 sequence as its last bytes
 * ({@code refuseMalformedUtf8}: the whole document is decoded before the refusal).
 *
 * <p>Run: {@code mvn -B -DskipTests -Pbench package -Dbench.args="JsonLimitsBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonLimitsBenchmark {

    private final CampaignJson json = CampaignJson.standard();
    private byte[] seed;
    private byte[] millionDigits;
    private byte[] malformed;

    /** Writes the seed document and its two hostile variants, and checks that they are refused. */
    @Setup(Level.Trial)
    public void setUp() {
        Campaign campaign = Campaign.builder()
                .from(Campaign.plan(CampaignId.of("2024-618"), Promotion618.completeProfile()))
                .budget(Promotion618.approvedBudget()).build();
        String text = json.write(campaign);
        seed = text.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf("\"amount\":\"") + "\"amount\":\"".length();
        millionDigits = (text.substring(0, at) + "9".repeat(999_999) + text.substring(text.indexOf('"', at)))
                .getBytes(StandardCharsets.UTF_8);
        // An overlong NUL as the very last bytes: the whole document is decoded before it is refused.
        malformed = java.util.Arrays.copyOf(seed, seed.length + 2);
        malformed[seed.length] = (byte) 0xc0;
        malformed[seed.length + 1] = (byte) 0x80;
        for (byte[] hostile : new byte[][] {millionDigits, malformed}) {
            try {
                json.read(hostile);
                throw new IllegalStateException("a hostile document was accepted");
            } catch (CampaignJsonException expected) {
                // refused, as it must be
            }
        }
    }

    /**
     * An ordinary read of the seed document.
     *
     * @return the campaign
     */
    @Benchmark
    public Campaign readSeedDocument() {
        return json.read(seed);
    }

    /**
     * The refusal of a 999,999-digit amount.
     *
     * @return the refusal's code
     */
    @Benchmark
    public String refuseMillionDigitAmount() {
        return refusal(millionDigits);
    }

    /**
     * The refusal of a malformed UTF-8 sequence.
     *
     * @return the refusal's code
     */
    @Benchmark
    public String refuseMalformedUtf8() {
        return refusal(malformed);
    }

    private String refusal(byte[] document) {
        try {
            json.read(document);
            return "accepted";
        } catch (CampaignJsonException e) {
            return e.code();
        }
    }
}
