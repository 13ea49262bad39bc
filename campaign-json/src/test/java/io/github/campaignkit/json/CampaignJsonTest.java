package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamRole;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CampaignJsonTest {

    private static final CampaignJson JSON = CampaignJson.standard();

    private static Campaign sample() {
        CampaignProfile profile = CampaignProfile.builder()
                .name("品牌618促销活动").theme("年中大促·满300减50").kind(CampaignKind.ONLINE).scale(CampaignScale.LARGE)
                .window(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
                .audience(TargetAudience.of("18-35岁女性")).addDepartments(Department.of("市场部"))
                .overallLead(MemberId.of("zhang")).build();
        Campaign planned = Campaign.plan(CampaignId.of("2024-618"), profile)
                .withTeam(Team.builder().addMembers(Member.of(MemberId.of("zhang"), "张经理", TeamRole.OVERALL_LEAD))
                        .build());
        return Lifecycle.standard().apply(planned, CampaignCommand.Advance.by(MemberId.of("zhang")),
                Clock.fixed(Instant.parse("2024-05-20T09:00:00Z"), ZoneOffset.UTC)).get();
    }

    @Property(tries = 300)
    void readingWhatWasWrittenGivesTheSameCampaign(@ForAll("campaigns") Campaign campaign) {
        assertThat(JSON.read(JSON.write(campaign))).isEqualTo(campaign);
    }

    @Property(tries = 100)
    void writingIsCanonical(@ForAll("campaigns") Campaign campaign) {
        String once = JSON.write(campaign);
        assertThat(JSON.write(JSON.read(once))).isEqualTo(once);
        String indented = JSON.withIndentation(true).write(campaign);
        assertThat(JSON.read(indented)).isEqualTo(campaign);
    }

    @Example
    void documentsAreEnvelopedWithPlainIdentifiers() {
        String json = JSON.write(sample());
        assertThat(json).startsWith("{\"schemaVersion\":1,\"campaign\":{\"id\":\"2024-618\"");
        assertThat(json).contains("\"overallLead\":\"zhang\"", "\"departments\":[\"市场部\"]",
                "\"window\":{\"start\":\"2024-06-01\",\"end\":\"2024-06-18\"}", "\"at\":\"2024-05-20T09:00:00Z\"");
        assertThat(json).doesNotContain("terminal");
    }

    @Example
    void unknownPropertiesAreErrorsWithTheirPointer() {
        String json = JSON.write(sample()).replace("\"theme\":", "\"colour\":\"red\",\"theme\":");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> {
                    assertThat(e.pointer()).isEqualTo("/campaign/profile/colour");
                    assertThat(e.reason()).isEqualTo("unknown property");
                });
    }

    @Example
    void constructorInvariantsPointAtTheField() {
        String json = JSON.write(sample()).replace("\"end\":\"2024-06-18\"", "\"end\":\"2024-05-18\"");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> {
                    assertThat(e.pointer()).isEqualTo("/campaign/profile/window/end");
                    assertThat(e.getMessage()).contains("is before start").doesNotContain("io.github", "Exception");
                });
    }

    @Example
    void missingValuesPointAtTheField() {
        String json = JSON.write(sample()).replace("\"name\":\"品牌618促销活动\",", "");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> {
                    assertThat(e.pointer()).isEqualTo("/campaign/profile/name");
                    assertThat(e.getMessage()).doesNotContain("NullPointer", "io.github");
                });
    }

    @Example
    void versionsAreChecked() {
        String json = JSON.write(sample());
        assertThatThrownBy(() -> JSON.read(json.replace("\"schemaVersion\":1,", "")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.reason()).contains("no schemaVersion"));
        assertThatThrownBy(() -> JSON.read(json.replace("\"schemaVersion\":1", "\"schemaVersion\":2")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.reason()).contains("newer than this library knows"));
    }

    @Example
    void malformedDocumentsSayWhere() {
        assertThatThrownBy(() -> JSON.read("{\"schemaVersion\":1,\n \"campaign\": {]")).isInstanceOfSatisfying(
                CampaignJsonException.class, e -> {
                    assertThat(e.line()).contains(2);
                    assertThat(e.reason()).startsWith("malformed JSON");
                });
        assertThatThrownBy(() -> JSON.read("{\"schemaVersion\":1,\"schemaVersion\":1}"))
                .isInstanceOf(CampaignJsonException.class);
        assertThatThrownBy(() -> JSON.read("[]")).isInstanceOf(CampaignJsonException.class);
        String json = JSON.write(sample());
        assertThatThrownBy(() -> JSON.read(json.replace("\"id\":\"2024-618\"", "\"id\":\" \"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/campaign/id"));
        assertThatThrownBy(() -> JSON.read(json.replace("\"stage\":\"PREPARATION\"", "\"stage\":\"DONE\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/campaign/stage"));
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return CampaignArbitraries.campaigns();
    }
}
