package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.json.CampaignJson;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #9's number: reading and writing a large campaign document (see {@link LargeCampaign}) each
 * in no more than 1.5 times what Jackson itself needs to read the same bytes into a JsonNode tree
 * and to write that tree, measured in the same run. Ratios: {@code readCampaign / readTree} and
 * {@code writeCampaign / writeTree}; throughput: the document size (printed at setup) divided by
 * the time.
 *
 * <p>Run: {@code mvn -B -o -DskipTests -Pbench package -Dbench.args="JsonBenchmark -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

    private final CampaignJson json = CampaignJson.standard();
    private final JsonMapper jackson = JsonMapper.builder().build();
    private Campaign campaign;
    private byte[] document;
    private JsonNode tree;

    /** Builds the campaign, its document and Jackson's tree of it, and states the document's size. */
    @Setup(Level.Trial)
    public void setUp() {
        campaign = LargeCampaign.build();
        document = json.writeBytes(campaign);
        tree = jackson.readTree(document);
        if (!json.read(document).equals(campaign) || !jackson.writeValueAsString(tree).equals(json.write(campaign))) {
            throw new IllegalStateException("the benchmark's document does not round-trip");
        }
        System.out.printf(Locale.ROOT, "%nJsonBenchmark document: %,d bytes = %.2f MB (%,d board and schedule tasks, "
                        + "%,d budget lines, %,d KPI observations)%n", document.length, document.length / 1e6,
                LargeCampaign.TASKS, LargeCampaign.BUDGET_LINES, LargeCampaign.KPI_OBSERVATIONS);
    }

    /**
     * campaignkit reading the document into a campaign.
     *
     * @return the campaign
     */
    @Benchmark
    public Campaign readCampaign() {
        return json.read(document);
    }

    /**
     * Jackson reading the same bytes into a tree: the baseline of {@link #readCampaign()}.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode readTree() {
        return jackson.readTree(document);
    }

    /**
     * campaignkit writing the campaign as a document.
     *
     * @return the document
     */
    @Benchmark
    public byte[] writeCampaign() {
        return json.writeBytes(campaign);
    }

    /**
     * Jackson writing the tree of the same document: the baseline of {@link #writeCampaign()}.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] writeTree() {
        return jackson.writeValueAsBytes(tree);
    }
}
