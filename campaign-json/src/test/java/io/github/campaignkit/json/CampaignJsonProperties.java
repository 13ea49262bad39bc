package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lossless and canonical over thousands of generated campaigns (Chinese text, emoji, every stage,
 * empty and full optionals), by every input form, and the same from 8 threads as from one.
 */
class CampaignJsonProperties {

    private static final CampaignJson JSON = CampaignJson.standard();
    private static final CampaignJson PRETTY = JSON.withIndentation(true);

    @Property(tries = 1000)
    void readingWhatWasWrittenGivesTheSameCampaign(@ForAll("campaigns") Campaign campaign) {
        assertThat(JSON.read(JSON.write(campaign))).isEqualTo(campaign);
        assertThat(JSON.read(JSON.writeBytes(campaign))).isEqualTo(campaign);
    }

    @Property(tries = 1000)
    void writingWhatWasReadGivesTheSameBytes(@ForAll("campaigns") Campaign campaign) {
        byte[] once = JSON.writeBytes(campaign);
        assertThat(JSON.writeBytes(JSON.read(once))).isEqualTo(once);
        String indented = PRETTY.write(campaign);
        assertThat(PRETTY.write(PRETTY.read(indented))).isEqualTo(indented);
        assertThat(JSON.write(PRETTY.read(indented))).isEqualTo(new String(once, StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void theTreePathReadsWhatTheStreamingPathReads(@ForAll("campaigns") Campaign campaign) {
        String json = JSON.write(campaign);
        String campaignPart = json.substring(json.indexOf("\"campaign\":"), json.length() - 1);
        String reordered = "{" + campaignPart + ",\"schemaVersion\":" + CampaignJson.SCHEMA_VERSION + "}";
        assertThat(JSON.read(reordered)).isEqualTo(campaign);
    }

    @Property(tries = 300)
    void equalCampaignsWriteEqualBytes(@ForAll("campaigns") Campaign campaign) {
        Campaign copy = Campaign.builder().from(campaign).build();
        assertThat(JSON.writeBytes(copy)).isEqualTo(JSON.writeBytes(campaign));
    }

    @Property(tries = 200)
    void generatedCampaignsPassTheDomainRulesOnLoad(@ForAll("lived") Campaign campaign) {
        ValidatedCampaign read = JSON.readValidated(JSON.write(campaign));
        assertThat(read.campaign()).isEqualTo(campaign);
        assertThat(read.errors()).as("%s, revision %d", campaign.stage(), campaign.revision()).isEmpty();
        assertThat(read.isValid()).isTrue();
    }

    @Example
    void oneInstanceGivesTheSameResultsFrom8ThreadsAsFromOne() throws Exception {
        List<Campaign> campaigns = Documents.campaigns().sampleStream().limit(500)
                .collect(Collectors.toList());
        List<String> documents = new ArrayList<>();
        for (Campaign campaign : campaigns) {
            String json = JSON.write(campaign);
            documents.add(json);
            // a broken twin of every document, so that the failures are compared too
            documents.add(json.replace("\"revision\":", "\"revision\":-").replace("\"stage\":\"", "\"stage\":\"X"));
        }
        CampaignJson zh = JSON.toBuilder().locale(Locale.CHINESE).build();
        List<String> alone = new ArrayList<>();
        for (String document : documents) {
            alone.add(outcome(zh, document));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 125;
                runs.add(pool.submit(() -> {
                    List<String> seen = new ArrayList<>(documents.size());
                    for (int i = 0; i < documents.size(); i++) {
                        // each thread starts at another document, so that all of them run at once
                        seen.add(null);
                    }
                    for (int k = 0; k < documents.size(); k++) {
                        int i = (k + offset) % documents.size();
                        seen.set(i, outcome(zh, documents.get(i)));
                    }
                    return seen;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(alone).filteredOn(o -> o.startsWith("error")).hasSize(campaigns.size());
    }

    /** What reading a document gives: the written form of the campaign, or the whole error. */
    private static String outcome(CampaignJson json, String document) {
        try {
            return "ok " + json.write(json.read(document));
        } catch (CampaignJsonException e) {
            return "error " + e.code() + " " + e.pointer() + " " + e.line() + " " + e.column() + " " + e.getMessage();
        }
    }

    @Provide
    Arbitrary<Campaign> lived() {
        return Arbitraries.oneOf(CampaignArbitraries.campaigns(), CampaignArbitraries.plannedCampaigns());
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return Documents.campaigns();
    }
}
