package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.campaign.Campaign;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The migration chain, on a fixture history (no field of the real documents has been renamed yet):
 * version 1 called the profile {@code summary} and the history {@code changes}; version 2 renamed
 * {@code summary} to {@code profile}; version 3 (today's shape) renamed {@code changes} to
 * {@code history}. A reader at version 3 reads all three; a reader at version 2 with only the
 * first step refuses a version-3 document as newer.
 */
class MigrationTest {

    private static final Migration SUMMARY_TO_PROFILE = campaign -> rename(campaign, "summary", "profile");
    private static final Migration CHANGES_TO_HISTORY = campaign -> rename(campaign, "changes", "history");
    private static final CampaignJson V3 = CampaignJson.builder()
            .schema(3, Map.of(1, SUMMARY_TO_PROFILE, 2, CHANGES_TO_HISTORY)).build();
    private static final CampaignJson V2 = CampaignJson.builder().schema(2, Map.of(1, SUMMARY_TO_PROFILE)).build();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private static JsonNode rename(ObjectNode campaign, String from, String to) {
        if (!campaign.has(from)) {
            throw new IllegalArgumentException(from + ": missing, so it cannot become " + to);
        }
        JsonNode value = campaign.remove(from);
        ObjectNode renamed = campaign.objectNode();
        campaign.properties().forEach(e -> renamed.set(e.getKey(), e.getValue()));
        renamed.set(to, value);
        return renamed;
    }

    /** The document of a campaign as an older version wrote it. */
    private static String olderDocument(Campaign campaign, int version) {
        ObjectNode root = (ObjectNode) TREES.readTree(V3.write(campaign));
        ObjectNode body = (ObjectNode) root.get("campaign");
        if (version <= 2) {
            body.set("changes", body.remove("history"));
        }
        if (version <= 1) {
            body.set("summary", body.remove("profile"));
        }
        root.put("schemaVersion", version);
        return TREES.writeValueAsString(root);
    }

    @Property(tries = 100)
    void everyOlderVersionIsMigratedToTheSameCampaign(@ForAll("campaigns") Campaign campaign) {
        String current = V3.write(campaign);
        assertThat(current).startsWith("{\"schemaVersion\":3,");
        assertThat(V3.read(current)).isEqualTo(campaign);
        for (int version = 1; version <= 2; version++) {
            String older = olderDocument(campaign, version);
            assertThat(V3.read(older)).as("from version %d", version).isEqualTo(campaign);
            // migrated documents are written back at the current version, canonically
            assertThat(V3.write(V3.read(older))).isEqualTo(current);
        }
    }

    @Example
    void versionsOutsideTheChainAreRefused() {
        Campaign campaign = CampaignJsonTest.sample();
        assertThatThrownBy(() -> V2.read(V3.write(campaign))).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("json.version.newer");
                    assertThat(e.reason()).isEqualTo("schemaVersion 3 is newer than this library knows (2); "
                            + "upgrade campaignkit to read it");
                });
        assertThatThrownBy(() -> V3.read(olderDocument(campaign, 1).replace("\"schemaVersion\":1", "\"schemaVersion\":0")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.version.older");
                    assertThat(e.reason()).isEqualTo("schemaVersion 0 is older than this library reads (from 1)");
                });
        assertThatThrownBy(() -> V3.read(V3.write(campaign).replace("\"schemaVersion\":3,", "")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.reason()).isEqualTo(
                                "the document has no schemaVersion; this library reads versions 1 to 3"));
    }

    @Example
    void aMigrationThatCannotProceedSaysWhy() {
        String broken = olderDocument(CampaignJsonTest.sample(), 1).replace("\"summary\":", "\"resume\":");
        assertThatThrownBy(() -> V3.read(broken)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.version.migration-failed");
            assertThat(e.pointer()).isEqualTo("/campaign");
            assertThat(e.reason()).isEqualTo("cannot migrate from schemaVersion 1: missing, so it cannot become profile");
        });
    }

    @Example
    void errorsInMigratedDocumentsPointIntoTheMigratedShapeWithoutPlaces() {
        String older = olderDocument(CampaignJsonTest.sample(), 2).replace("\"revision\":1", "\"revision\":-1");
        assertThatThrownBy(() -> V3.read(older)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/revision");
            assertThat(e.line()).isEmpty();
        });
    }

    @Example
    void aChainMustLeadToTheCurrentVersion() {
        assertThatThrownBy(() -> CampaignJson.builder().schema(2, Map.of(2, SUMMARY_TO_PROFILE)))
                .hasMessageContaining("does not lead to version 2");
        assertThat(CampaignJson.standard().schemaVersion()).isEqualTo(2);
    }

    /**
     * The real chain: a version 1 document (0.1.0's, without a board task's parent), command and
     * journal entry read through the step to version 2 and mean the same.
     */
    @Property(tries = 100)
    void aVersionOneDocumentCommandAndEntryReadAsVersionTwo(@ForAll("campaigns") Campaign campaign,
                                                            @ForAll io.github.campaignkit.core.campaign.CampaignCommand command) {
        CampaignJson json = CampaignJson.standard();
        Campaign withoutParents = Campaign.builder().from(campaign).board(campaign.board().toBuilder()
                .tasks(campaign.board().tasks().stream().map(t -> t.toBuilder().parent(java.util.Optional.empty()).build())
                        .collect(java.util.stream.Collectors.toList())).build()).build();
        String v2 = json.write(withoutParents);
        assertThat(v2).startsWith("{\"schemaVersion\":2,").doesNotContain("\"parent\"");
        assertThat(json.read(v2.replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":1"))).isEqualTo(withoutParents);
        String c2 = json.writeCommand(command);
        assertThat(json.readCommand(c2.replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":1"))).isEqualTo(command);
        io.github.campaignkit.core.campaign.JournalEntry entry = new io.github.campaignkit.core.campaign.JournalEntry(3,
                java.time.Instant.parse("2024-06-01T00:00:00Z"), command);
        assertThat(json.readEntry(json.writeEntry(entry).replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":1")))
                .isEqualTo(entry);
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return Documents.campaigns();
    }
}
