package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, part 6: a Spring Boot 3 application carries Jackson 2 ({@code com.fasterxml.jackson}),
 * campaign-json is Jackson 3 ({@code tools.jackson}). Both load on one classpath, each with its own
 * packages, and documents pass between them unchanged.
 */
class JacksonNeighboursTest {

    @Test
    void jackson2AndCampaignJsonShareAClasspath() throws Exception {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);

        Campaign campaign = Seed004Kpi.campaign();
        CampaignJson json = CampaignJson.standard();
        String document = json.write(campaign);

        // An application's Jackson 2 mapper reads the document as a tree and writes it back ...
        ObjectMapper jackson2 = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = jackson2.readValue(document, LinkedHashMap.class);
        assertThat(tree.get("schemaVersion")).isEqualTo(CampaignJson.SCHEMA_VERSION);
        String rewritten = jackson2.writeValueAsString(tree);

        // ... and campaign-json reads what Jackson 2 wrote into the same campaign, byte for byte.
        assertThat(json.read(rewritten)).isEqualTo(campaign);
        assertThat(json.write(json.read(rewritten))).isEqualTo(document);

        // Problem details travel the same way.
        String problem = ProblemDetails.of(io.github.campaignkit.core.rule.Refusal.of(
                io.github.campaignkit.core.rule.Violation.of(
                        io.github.campaignkit.core.campaign.LifecycleViolation.STALE_REVISION, "basedOnRevision", 3L, 5L)))
                .toJson(java.util.Locale.ENGLISH);
        assertThat(jackson2.readTree(problem).get("status").asInt()).isEqualTo(409);
    }
}
