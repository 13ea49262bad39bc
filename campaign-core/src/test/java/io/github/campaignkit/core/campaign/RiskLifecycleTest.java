package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.risk.TriggerEvaluation;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Risks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The risk register inside a campaign: its gates and the lifecycle's risk commands. */
class RiskLifecycleTest {

    /** The standard access policy with the profile and risk gates only: this test is about risks. */
    private static final Lifecycle LIFECYCLE = Lifecycle.withoutGates()
            .withGate(Stage.PLANNING, Gates.profileComplete())
            .withGate(Stage.PREPARATION, Gates.risksPrepared())
            .withGate(Stage.REVIEW, Gates.risksResolved());
    private static final MemberId LEAD = Seed004Risks.ZHANG;

    private static Campaign planned(RiskRegister risks) {
        CampaignProfile profile = CampaignProfile.builder()
                .name("开学季校园营销活动").theme("开学季·青春焕新计划").slogan("你的大学装备，我们承包")
                .kind(CampaignKind.HYBRID).scale(CampaignScale.MEDIUM)
                .window(DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 10)))
                .phases(Seed004Risks.PHASES)
                .audience(TargetAudience.of("高校新生"))
                .addDepartments(Department.of("市场部"))
                .overallLead(LEAD)
                .build();
        return Campaign.builder().from(Campaign.plan(CampaignId.of("2024-开学季"), profile)).risks(risks).build();
    }

    private static Campaign advance(Campaign campaign, int month, int day) {
        return LIFECYCLE.apply(campaign, CampaignCommand.advance(LEAD), Seed004Risks.clock(month, day, 9, 0)).get();
    }

    @Test
    void anEmptyRegisterPassesEveryGate() {
        Campaign campaign = planned(RiskRegister.empty());
        assertThat(Gates.risksPrepared().check(campaign)).isEmpty();
        assertThat(Gates.risksResolved().check(campaign)).isEmpty();
        assertThat(Gates.defaults(Stage.PREPARATION)).contains(Gates.risksPrepared());
        assertThat(Gates.defaults(Stage.REVIEW)).contains(Gates.risksResolved());
    }

    @Test
    void leavingPreparationNeedsEveryHighRiskPlannedFor() {
        Risk bareRain = Seed004Risks.rain().toBuilder().owner(Optional.empty()).measures(List.of()).build();
        Campaign preparing = advance(planned(Seed004Risks.register().with(bareRain)), 7, 15);
        Refusal refusal = LIFECYCLE.apply(preparing, CampaignCommand.advance(LEAD), Seed004Risks.clock(7, 30, 9, 0))
                .getLeft();
        assertThat(refusal.violations().map(Violation::path))
                .containsExactly("risks.entries[0].owner", "risks.entries[0].measures");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "[错误] risks.entries[0].owner：高风险 R1（线下遇雨）未指定责任人。\n"
                        + "[错误] risks.entries[0].measures：高风险 R1（线下遇雨）没有应对措施。");

        Campaign fixed = LIFECYCLE.apply(preparing, CampaignCommand.by(LEAD, RiskChange.ReviseRisks.of(Seed004Risks.register()))
                .basedOn(preparing.revision()), Seed004Risks.clock(7, 30, 10, 0)).get();
        assertThat(fixed.revision()).isEqualTo(preparing.revision() + 1);
        assertThat(fixed.history()).isEqualTo(preparing.history());
        assertThat(advance(fixed, 7, 30).stage()).isEqualTo(Stage.EXECUTION);
    }

    @Test
    void firedRisksMustBeResolvedBeforeReviewIsLeft() {
        Campaign running = advance(advance(planned(Seed004Risks.registerWithReadings()), 7, 15), 7, 30);
        TriggerEvaluation evaluation = running.risks().evaluate(running.profile().phases(), Seed004Risks.plantedFacts(),
                Seed004Risks.clock(8, 6, 9, 0));
        assertThat(evaluation.fired()).hasSize(4);

        Campaign fired = LIFECYCLE.apply(running, CampaignCommand.by(LEAD, RiskChange.FireRisks.of(evaluation))
                .basedOn(running.revision()), Seed004Risks.clock(8, 6, 9, 5)).get();
        assertThat(fired.revision()).isEqualTo(running.revision() + 1);
        assertThat(fired.risks().openAlerts()).hasSize(4)
                .allSatisfy(alert -> assertThat(alert.at()).isEqualTo(Seed004Risks.at(8, 6, 9, 5)));
        assertThat(fired.risks().find(Seed004Risks.RAIN).orElseThrow().lastChange().orElseThrow().by()).isEqualTo(LEAD);

        // The same evaluation again: stale, and the risks are no longer armed.
        Refusal again = LIFECYCLE.apply(fired, CampaignCommand.by(LEAD, RiskChange.FireRisks.of(evaluation))
                .basedOn(running.revision()), Seed004Risks.clock(8, 6, 9, 6)).getLeft();
        assertThat(again.codes().distinct()).containsExactly("campaign.lifecycle.stale-revision", "risk.status.move-refused");
        assertThat(again.violations().last().path()).isEqualTo("risks.entries[3]");

        Campaign reviewing = advance(fired, 8, 11);
        Refusal unresolved = LIFECYCLE.apply(reviewing, CampaignCommand.advance(LEAD), Seed004Risks.clock(8, 14, 9, 0))
                .getLeft();
        assertThat(unresolved.violations().map(Violation::path))
                .containsExactly("risks.entries[0]", "risks.entries[1]", "risks.entries[2]", "risks.entries[3]");
        assertThat(unresolved.violations().head().message(Locale.ENGLISH)).isEqualTo("Risk R1 (线下遇雨) was triggered and"
                + " is not resolved; record it as mitigated or closed, with a note saying how.");

        Refusal noNote = LIFECYCLE.apply(reviewing, CampaignCommand.by(LEAD, new RiskChange.ChangeRiskStatus(Seed004Risks.RAIN,
                RiskStatus.MITIGATED, Optional.empty())), Seed004Risks.clock(8, 12, 9, 0)).getLeft();
        assertThat(noNote.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] risks.entries[0]：风险 R1 由“已触发”变为“已缓解”，请在备注中说明处理结果。");

        Campaign resolved = reviewing;
        for (var id : evaluation.fired()) {
            resolved = LIFECYCLE.apply(resolved, CampaignCommand.by(LEAD, RiskChange.ChangeRiskStatus.of(id, RiskStatus.MITIGATED,
                    "已按预案处理")).basedOn(resolved.revision()), Seed004Risks.clock(8, 12, 9, 0)).get();
        }
        assertThat(resolved.risks().openAlerts()).isEmpty();
        assertThat(advance(resolved, 8, 14).stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void aRevisionMayNotRewriteWhatTheRegisterRecorded() {
        Campaign running = advance(advance(planned(Seed004Risks.registerWithReadings()), 7, 15), 7, 30);
        Campaign triggered = LIFECYCLE.apply(running, CampaignCommand.by(LEAD,
                RiskChange.ChangeRiskStatus.of(Seed004Risks.TRAFFIC, RiskStatus.TRIGGERED, "首日曝光偏低")),
                Seed004Risks.clock(8, 1, 9, 0)).get();
        Refusal refusal = LIFECYCLE.apply(triggered, CampaignCommand.by(LEAD, RiskChange.ReviseRisks.of(Seed004Risks.register())),
                Seed004Risks.clock(8, 1, 10, 0)).getLeft();
        assertThat(refusal.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "risk.revision.history-changed@risks.entries[2].changes",
                "risk.revision.readings-rewritten@risks.readings");
    }

    @Test
    void riskCommandsAreTheOverallLeadsByDefaultAndEmptyEvaluationsAreRefused() {
        Campaign campaign = planned(Seed004Risks.register());
        TriggerEvaluation nothing = campaign.risks().evaluate(campaign.profile().phases(), Seed004Risks.seedFacts(),
                Seed004Risks.clock(7, 20, 9, 0));
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed004Risks.WANG, RiskChange.FireRisks.of(nothing)),
                Seed004Risks.clock(7, 20, 9, 0)).getLeft();
        assertThat(refusal.codes()).containsExactly("campaign.lifecycle.access-denied", "risk.fire.nothing");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "[错误] actor：wang 无权登记风险触发，此活动中只有总负责人 zhang 可以。\n"
                        + "[错误] risks：2024-07-20 的评估没有触发任何风险，无需应用。");
        assertThat(RiskChange.Type.REVISE_RISKS.label(Locale.ENGLISH)).isEqualTo("revise the risk register");
    }
}
