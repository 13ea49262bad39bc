package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * KPI data, alerts and goal results change through commands: seed 004's dashboard fed through the
 * one door, duplicates refused without overwriting, a batch is one revision.
 */
class KpiCommandsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Lifecycle LIFECYCLE = Lifecycle.withoutGates().withAccessPolicy(AccessPolicy.overallLeadOnly()
            .or(AccessPolicy.alertOwners()));

    private static Clock at(int month, int day, int hour, int minute) {
        return Clock.fixed(LocalDate.of(2024, month, day).atTime(hour, minute).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    /** Seed 004's campaign with its dashboard planned but no data yet. */
    private static Campaign planned() {
        Campaign seed = Seed004Kpi.campaign();
        return LIFECYCLE.apply(Campaign.builder().from(seed).kpi(KpiTracking.empty()).build(),
                CampaignCommand.by(Seed004Kpi.ZHANG, KpiChange.RevisePlan.from(seed.kpi())), at(7, 30, 9, 0)).get();
    }

    @Test
    void aDaysImportIsOneCommandOneRevisionAndOneJournalEntry() {
        Campaign campaign = planned();
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(Observation.of(Seed004Kpi.EXPOSURE, Channel.of("门店" + i), LocalDate.of(2024, 8, 1),
                    BigDecimal.valueOf(i), "门店客流系统"));
        }
        Accepted accepted = LIFECYCLE.execute(campaign, CampaignCommand.by(Seed004Kpi.ZHANG,
                KpiChange.RecordObservations.of(rows)).basedOn(campaign.revision()), at(8, 1, 22, 0)).get();
        assertThat(accepted.campaign().revision()).isEqualTo(campaign.revision() + 1);
        assertThat(accepted.campaign().kpi().observations()).hasSize(10_000).isEqualTo(rows);
        assertThat(accepted.entry().summary(Locale.SIMPLIFIED_CHINESE, SHANGHAI))
                .isEqualTo("2024-08-01 22:00 · 第 " + accepted.entry().revision() + " 版 · zhang 登记了数据");
        assertThat(accepted.entry().summary(Locale.ENGLISH, SHANGHAI))
                .isEqualTo("2024-08-01 22:00 · revision " + accepted.entry().revision() + " · zhang recorded KPI data");
    }

    @Test
    void seed004sDashboardFedThroughTheDoorEqualsTheSeedsOwn() {
        Campaign campaign = planned();
        Campaign fed = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed004Kpi.ZHANG,
                KpiChange.RecordObservations.of(Seed004Kpi.kpi().observations())), at(8, 4, 20, 0)).get();
        assertThat(fed.kpi()).isEqualTo(Seed004Kpi.kpi());
        assertThat(fed.dashboard(Seed004Kpi.DASHBOARD_DAY)).isEqualTo(Seed004Kpi.campaign().dashboard(
                Seed004Kpi.DASHBOARD_DAY));
    }

    @Test
    void aDuplicateIsRefusedAndNothingIsOverwritten() {
        Campaign campaign = LIFECYCLE.apply(planned(), CampaignCommand.by(Seed004Kpi.ZHANG,
                KpiChange.RecordObservations.of(Seed004Kpi.kpi().observations())), at(8, 4, 20, 0)).get();
        Observation again = Observation.of(Seed004Kpi.LEADS, Seed004Kpi.DOUYIN, LocalDate.of(2024, 8, 4),
                BigDecimal.valueOf(999), "抖音后台");
        Observation fresh = Observation.of(Seed004Kpi.LEADS, Seed004Kpi.DOUYIN, LocalDate.of(2024, 8, 5),
                BigDecimal.valueOf(90), "抖音后台");
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed004Kpi.ZHANG,
                KpiChange.RecordObservations.of(fresh, again, fresh)), at(8, 5, 20, 0)).getLeft();
        assertThat(refusal.codes()).containsExactly("kpi.observation.duplicate", "kpi.observation.duplicate");
        assertThat(refusal.violations().map(v -> v.path())).containsExactly("observations[1]", "observations[2]");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).contains("2024-08-04");
    }

    @Property(tries = 50)
    void recordingInBatchesOrAllAtOnceGivesTheSameData(@ForAll @IntRange(min = 1, max = 7) int batch) {
        List<Observation> all = Seed004Kpi.kpi().observations();
        Campaign once = LIFECYCLE.apply(planned(), CampaignCommand.by(Seed004Kpi.ZHANG,
                KpiChange.RecordObservations.of(all)), at(8, 4, 20, 0)).get();
        Campaign split = planned();
        for (int from = 0; from < all.size(); from += batch) {
            split = LIFECYCLE.apply(split, CampaignCommand.by(Seed004Kpi.ZHANG, KpiChange.RecordObservations.of(
                    all.subList(from, Math.min(all.size(), from + batch)))), at(8, 4, 20, 0)).get();
        }
        assertThat(split.kpi()).isEqualTo(once.kpi());
        assertThat(split.revision() - once.revision()).isEqualTo((all.size() + batch - 1) / batch - 1);
    }

    @Test
    void alertsAreRaisedAndAnsweredByTheLinesOwnersThroughCommands() {
        Campaign campaign = LIFECYCLE.apply(planned(), CampaignCommand.by(Seed004Kpi.ZHANG,
                KpiChange.RecordObservations.of(Seed004Kpi.kpi().observations())), at(8, 4, 20, 0)).get();
        campaign = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed004Kpi.ZHANG,
                KpiChange.RaiseAlerts.of(Seed004Kpi.DASHBOARD_DAY)), at(8, 4, 10, 0)).get();
        assertThat(campaign.kpi().alerts()).hasSize(2);
        var shares = campaign.kpi().alerts().get(0);
        // 社群 shares belong to li; zhao owns 抖音 leads and may not answer for them.
        Refusal notTheOwner = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed004Kpi.ZHAO,
                KpiChange.AcknowledgeAlert.of(shares, "社群管理员积极性低")), at(8, 4, 10, 20)).getLeft();
        assertThat(notTheOwner.codes()).containsExactly("campaign.lifecycle.access-denied",
                "campaign.lifecycle.access-denied");
        Campaign answered = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed004Kpi.LI,
                KpiChange.AcknowledgeAlert.of(shares, "社群管理员积极性低")), at(8, 4, 10, 20)).get();
        assertThat(answered.kpi().acknowledgements()).hasSize(1);
        assertThat(answered.kpi().acknowledgements().get(0).by()).isEqualTo(Seed004Kpi.LI);
        assertThat(answered.kpi().acknowledgements().get(0).at()).isEqualTo(at(8, 4, 10, 20).instant());
        Refusal blank = LIFECYCLE.apply(answered, CampaignCommand.by(Seed004Kpi.LI,
                KpiChange.AcknowledgeAlert.of(shares, " ")), at(8, 4, 10, 25)).getLeft();
        assertThat(blank.violations().map(v -> v.path())).containsExactly("analysis");
    }

    @Test
    void goalResultsAreRecordedOnceAndARevisionMayNotRewriteThem() {
        Campaign campaign = Seed004Kpi.campaign();
        MemberId lead = campaign.profile().overallLead();
        List<GoalResult> results = Seed004Kpi.withResults(campaign.goals()).results();
        Campaign recorded = LIFECYCLE.apply(campaign, CampaignCommand.by(lead, GoalChange.RecordResults.of(results)),
                at(8, 13, 9, 0)).get();
        assertThat(recorded.goals().evaluate()).isEqualTo(Seed004Kpi.withResults(campaign.goals()).evaluate());

        Refusal unknown = LIFECYCLE.apply(recorded, CampaignCommand.by(lead, GoalChange.RecordResults.of(
                GoalResult.of(GoalId.of("G9"), BigDecimal.ONE, "无"), GoalResult.of(GoalId.of("G1"), BigDecimal.ONE, "a"),
                GoalResult.of(GoalId.of("G1"), BigDecimal.TEN, "b"))), at(8, 13, 9, 5)).getLeft();
        assertThat(unknown.codes()).containsExactly("goal.result.unknown-goal", "goal.result.duplicate");
        assertThat(unknown.violations().map(v -> v.path())).containsExactly("results[0].goal", "results[2].goal");

        Refusal rewritten = LIFECYCLE.apply(recorded, CampaignCommand.by(lead, GoalChange.ReviseGoals.of(
                campaign.goals())), at(8, 13, 9, 10)).getLeft();
        assertThat(rewritten.codes()).containsExactly("goal.revision.results-rewritten");
        assertThat(rewritten.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] goals.results：修改目标时不能改动已记录的结果；结果须通过“记录目标结果”命令登记。");
    }

    @Test
    void policiesComposeWithOr() {
        Campaign campaign = Seed004Kpi.campaign();
        AccessPolicy leadOrOwner = AccessPolicy.overallLeadOnly().or(AccessPolicy.riskOwners());
        io.github.campaignkit.core.risk.Risk rain = io.github.campaignkit.core.risk.Risk.builder()
                .id(io.github.campaignkit.core.risk.RiskId.of("R1")).scenario("线下遇雨")
                .category(io.github.campaignkit.core.risk.RiskCategory.WEATHER)
                .likelihood(io.github.campaignkit.core.risk.Rating.MEDIUM)
                .impact(io.github.campaignkit.core.risk.Rating.HIGH).owner(Seed004Kpi.WANG).build();
        Campaign withRisk = Campaign.builder().from(campaign).risks(io.github.campaignkit.core.risk.RiskRegister
                .builder().matrix(io.github.campaignkit.core.risk.RiskMatrix.threeByThree()).addEntries(rain).build())
                .build();
        CampaignCommand byOwner = CampaignCommand.by(Seed004Kpi.WANG,
                RiskChange.ChangeRiskStatus.of(rain.id(), RiskStatus.MONITORING, "已关注天气预报"));
        assertThat(leadOrOwner.check(withRisk, byOwner)).isEmpty();
        CampaignCommand byStranger = CampaignCommand.by(MemberId.of("qian"),
                RiskChange.ChangeRiskStatus.of(rain.id(), RiskStatus.MONITORING, "已关注天气预报"));
        assertThat(leadOrOwner.check(withRisk, byStranger).map(v -> v.code()))
                .containsExactly("campaign.lifecycle.access-denied", "campaign.lifecycle.access-denied");
        assertThat(leadOrOwner.check(withRisk, CampaignCommand.by(Seed004Kpi.WANG,
                RiskChange.ReviseRisks.of(withRisk.risks())))).isNotEmpty();
        assertThat(leadOrOwner.check(withRisk, CampaignCommand.by(campaign.profile().overallLead(),
                RiskChange.ReviseRisks.of(withRisk.risks())))).isEmpty();
    }
}
