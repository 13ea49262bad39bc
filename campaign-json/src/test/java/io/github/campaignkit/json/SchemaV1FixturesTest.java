package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents campaignkit 0.1.0's examples wrote at schemaVersion 1 (copied unchanged from the
 * project's shared fixtures) still read through the migration chain, and write back as version 2
 * saying all they said: every check the reader gained since refuses only what 0.1.0 never wrote.
 * What is written reads again into the same campaign.
 */
class SchemaV1FixturesTest {

    private static final CampaignJson JSON = CampaignJson.standard();
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TestFactory
    Stream<DynamicTest> everyDocumentOf010ReadsAndWritesBackAsRead() {
        return Stream.of("seed-000-618.json", "seed-002-launch.json", "seed-003-cobrand.json",
                "seed-004-back-to-school-campaign.json", "seed-004-back-to-school.json", "seed-004-risks.json")
                .map(name -> DynamicTest.dynamicTest(name, () -> readsAndWritesBack(name)));
    }

    private static void readsAndWritesBack(String name) throws IOException {
        byte[] document;
        try (InputStream in = SchemaV1FixturesTest.class.getResourceAsStream("schema-v1/" + name)) {
            assertThat(in).as(name).isNotNull();
            document = in.readAllBytes();
        }
        assertThat(TREES.readTree(document).get("schemaVersion").asInt()).isEqualTo(1);
        Campaign campaign = JSON.read(document);
        assertThat(campaign.id().value()).isNotBlank();
        tools.jackson.databind.node.ObjectNode asVersion2 = (tools.jackson.databind.node.ObjectNode) TREES.readTree(document);
        asVersion2.put("schemaVersion", CampaignJson.SCHEMA_VERSION);
        String written = JSON.write(campaign);
        assertThat(TREES.readTree(written)).isEqualTo(asVersion2);
        assertThat(JSON.read(written)).isEqualTo(campaign);
    }

    /**
     * 0.1.0 kept seed 004's two task tables apart: its Gantt rows are not on the board. Such a
     * document still reads; the whole-campaign rules report each row, naming it.
     */
    @org.junit.jupiter.api.Test
    void aVersionOneCampaignWhoseTaskTablesDisagreeReadsWithTheViolations() throws IOException {
        byte[] document;
        try (InputStream in = SchemaV1FixturesTest.class.getResourceAsStream("schema-v1/seed-004-back-to-school-campaign.json")) {
            document = in.readAllBytes();
        }
        ValidatedCampaign read = JSON.readValidated(document);
        java.util.List<io.github.campaignkit.core.rule.Violation> apart = read.violations()
                .filter(v -> v.code().equals("campaign.agreement.task-not-on-board")).toJavaList();
        assertThat(apart).isNotEmpty().allMatch(v -> !v.isError());
        assertThat(apart.get(0).message(java.util.Locale.SIMPLIFIED_CHINESE)).startsWith("执行甘特图中的任务")
                .endsWith("不在执行分工表中。");
        assertThat(read.campaign().schedule().tasks()).hasSizeGreaterThanOrEqualTo(apart.size());
    }
}
