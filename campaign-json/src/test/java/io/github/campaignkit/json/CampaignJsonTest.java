package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
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
        Campaign planned = Campaign.plan(CampaignId.of("2024-618"), profile);
        // The profile gate alone: this document is about the profile and the history, not the goals.
        Lifecycle profileOnly = Lifecycle.withoutGates().withGate(Stage.PLANNING, Gates.profileComplete());
        return profileOnly.apply(planned, CampaignCommand.Advance.by(MemberId.of("zhang")),
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
    void goalsAndKpiTrackingReadBackWithClosedNames() {
        io.github.campaignkit.core.goal.GoalSheet goals = io.github.campaignkit.core.Seed004.withResults(
                io.github.campaignkit.core.Seed004.campaign().goals());
        Campaign campaign = io.github.campaignkit.core.Seed004.campaign().withGoals(goals)
                .withKpi(io.github.campaignkit.core.Seed004.kpi().withAlerting(
                        io.github.campaignkit.core.kpi.AlertPolicy.defaults().withPace(
                                io.github.campaignkit.core.kpi.Pace.byPhase(java.util.Map.of(
                                        io.github.campaignkit.core.schedule.PhaseKind.BURST, java.math.BigDecimal.ONE)))));
        String json = JSON.write(campaign);
        assertThat(JSON.read(json)).isEqualTo(campaign);
        assertThat(json).contains("\"target\":{\"type\":\"at-least\",\"value\":5000000}",
                "\"rate\":{\"numerator\":\"converted\",\"denominator\":\"followed\"}",
                "\"cadence\":{\"type\":\"daily\"}", "\"pace\":{\"type\":\"by-phase\",\"weights\":{\"BURST\":1}}",
                "{\"type\":\"below-pace\",\"points\":10}", "\"responseTime\":\"PT30M\"", "\"channel\":\"抖音\"",
                "\"actual\":16.2", "\"department\":\"市场部\"");
    }

    @Example
    void aMoneyMetricCarriesItsCurrencyCode() {
        io.github.campaignkit.core.goal.GoalSheet goals = io.github.campaignkit.core.goal.GoalSheet.empty().withMetric(
                io.github.campaignkit.core.goal.Metric.of("sales", "活动期销售额",
                        io.github.campaignkit.core.goal.MetricUnit.money(java.util.Currency.getInstance("CNY"))));
        Campaign campaign = sample().withGoals(goals);
        String json = JSON.write(campaign);
        assertThat(json).contains("\"unit\":{\"kind\":\"CURRENCY\",\"currency\":\"CNY\"}");
        assertThat(JSON.read(json)).isEqualTo(campaign);
        assertThatThrownBy(() -> JSON.read(json.replace("\"currency\":\"CNY\"", "\"currency\":\"XYZ\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).startsWith("/campaign/goals/metrics/0/unit/currency"));
    }

    @Example
    void sealedTypesAreReadByTheirClosedNamesOnly() {
        Campaign campaign = io.github.campaignkit.core.Seed004.campaign();
        String json = JSON.write(campaign);
        assertThatThrownBy(() -> JSON.read(json.replaceFirst("\"type\":\"at-least\"", "\"type\":\"atLeast\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).startsWith("/campaign/goals/goals/0/target"));
        Campaign scaled = campaign.withGoals(campaign.goals().withResult(io.github.campaignkit.core.goal.GoalResult.of(
                io.github.campaignkit.core.goal.GoalId.of("G3"), new java.math.BigDecimal("16.20"), "")));
        String written = JSON.write(scaled);
        assertThat(written).contains("\"actual\":16.20");
        assertThat(JSON.read(written).goals().results().get(0).actual().scale()).isEqualTo(2);
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
