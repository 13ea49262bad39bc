package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.ScoringModel;
import io.github.campaignkit.core.risk.TriggerEvaluation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Risks;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Example;

/** Risk registers in campaign documents: closed type names, decimals that keep their scale, checked matrices. */
class RiskJsonTest {

    private static final CampaignJson JSON = CampaignJson.standard();

    private static Campaign withRisks(RiskRegister risks) {
        CampaignProfile profile = CampaignProfile.builder().name("开学季校园营销活动").theme("开学季·青春焕新计划")
                .kind(CampaignKind.HYBRID).scale(CampaignScale.MEDIUM)
                .window(DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 10)))
                .phases(Seed004Risks.PHASES).audience(TargetAudience.of("高校新生"))
                .addDepartments(Department.of("市场部")).overallLead(Seed004Risks.ZHANG).build();
        return Campaign.builder().from(Campaign.plan(CampaignId.of("2024-开学季"), profile)).risks(risks).build();
    }

    private static RiskRegister fired() {
        RiskRegister register = Seed004Risks.registerWithReadings();
        TriggerEvaluation e = register.evaluate(Seed004Risks.PHASES, Seed004Risks.plantedFacts(), Seed004Risks.clock(8, 6, 9, 0));
        return register.fire(e, MemberId.of("monitor"), e.at()).get().register();
    }

    @Example
    void theSeedRegisterAfterFiringReadsBackTheSame() {
        Campaign campaign = withRisks(fired());
        String json = JSON.write(campaign);
        assertThat(JSON.read(json)).isEqualTo(campaign);
        assertThat(json).contains(
                "\"trigger\":{\"type\":\"reading\",\"indicator\":\"降雨概率\",\"period\":{\"type\":\"in-phase\","
                        + "\"phase\":\"BURST\"},\"comparison\":\"AT_LEAST\",\"threshold\":\"60\"}",
                "\"period\":{\"type\":\"phase-day\",\"phase\":\"WARM_UP\",\"day\":1}",
                "{\"type\":\"material-overdue\",\"material\":\"快闪店物料\",\"by\":\"2024-08-01\"}",
                "\"scoring\":{\"type\":\"product\"}",
                "{\"type\":\"scores\",\"level\":\"HIGH\",\"min\":\"6\",\"max\":\"9\"}",
                "\"evidence\":[{\"type\":\"metric-observed\",\"metric\":\"曝光量\",\"figure\":\"DAILY\",\"day\":\"2024-07-31\","
                        + "\"value\":\"320000\"",
                "\"budgetLine\":\"应急备用金\"",
                "\"likelihood\":\"MEDIUM\",\"impact\":\"HIGH\"");
    }

    @Example
    void decimalsKeepTheirScale() {
        RiskRegister register = RiskRegister.empty().withMatrix(RiskMatrix.threeByThree().toBuilder()
                .scoring(ScoringModel.weighted(new BigDecimal("1.50"), new BigDecimal("2"))).bands(java.util.List.of(
                        io.github.campaignkit.core.risk.Band.scores(io.github.campaignkit.core.risk.RiskLevel.LOW,
                                new BigDecimal("3.50"), new BigDecimal("2E+1")))).build());
        Campaign campaign = withRisks(register);
        String json = JSON.write(campaign);
        assertThat(json).contains("\"likelihoodWeight\":\"1.50\"", "\"max\":\"2E+1\"");
        Campaign back = JSON.read(json);
        assertThat(back).isEqualTo(campaign);
        assertThat(((ScoringModel.Weighted) back.risks().matrix().scoring()).likelihoodWeight().scale()).isEqualTo(2);
    }

    @Example
    void decimalsMustBeStringsWrittenAsTheLibraryWritesThem() {
        String json = JSON.write(withRisks(Seed004Risks.register()));
        assertThatThrownBy(() -> JSON.read(json.replace("\"threshold\":\"60\"", "\"threshold\":60")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.value.decimal-as-number");
                    assertThat(e.pointer()).isEqualTo("/campaign/risks/entries/0/trigger/threshold");
                });
        assertThatThrownBy(() -> JSON.read(json.replace("\"threshold\":\"60\"", "\"threshold\":\"060\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.value.non-canonical");
                    assertThat(e.reason()).startsWith("write \"060\" as \"60\"");
                });
        assertThatThrownBy(() -> JSON.read(json.replace("\"threshold\":\"60\"", "\"threshold\":60.5")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/campaign/risks/entries/0/trigger/threshold"));
        assertThatThrownBy(() -> JSON.read(json.replace("\"threshold\":\"60\"", "\"threshold\":\"六十\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/campaign/risks/entries/0/trigger/threshold"));
        assertThatThrownBy(() -> JSON.read(json.replace("\"threshold\":\"60\"", "\"threshold\":\"1E+99\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/campaign/risks/entries/0/trigger/threshold"));
    }

    @Example
    void aMatrixWithAGapIsRefusedWhereItIs() {
        String json = JSON.write(withRisks(Seed004Risks.register()))
                .replace("{\"type\":\"scores\",\"level\":\"HIGH\",\"min\":\"6\",\"max\":\"9\"}",
                        "{\"type\":\"scores\",\"level\":\"HIGH\",\"min\":\"7\",\"max\":\"9\"}");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/risks/matrix/bands");
            assertThat(e.getMessage()).contains("The cell likelihood medium × impact high (score 6) lies in no band.");
        });
    }

    @Example
    void unknownTriggerKindsAreErrors() {
        String json = JSON.write(withRisks(Seed004Risks.register())).replace("\"type\":\"material-overdue\"",
                "\"type\":\"io.github.campaignkit.core.risk.Trigger$MaterialOverdue\"");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(CampaignJsonException.class,
                e -> assertThat(e.pointer()).startsWith("/campaign/risks/entries/1/trigger"));
    }
}
