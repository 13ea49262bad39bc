package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.event.EventRules;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.SegmentKind;
import io.github.campaignkit.core.supply.Choice;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplierNeed;
import io.github.campaignkit.core.supply.SupplyRules;
import io.github.campaignkit.core.team.TeamRole;
import io.github.campaignkit.core.tracking.Escalation;
import io.github.campaignkit.core.tracking.Escalations;
import io.github.campaignkit.core.tracking.IssueStatus;
import io.github.campaignkit.json.CampaignJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchEventTest {

    @TempDir
    Path reports;

    private String run(Lang lang, Campaign[] result) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = new LaunchEvent(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(reports);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsTheSeedLaunchFromItsTeamToTheSupplierEvaluation() throws Exception {
        Campaign[] closed = new Campaign[1];
        String out = run(Lang.ZH, closed);
        assertThat(out).contains(
                "执行组 | T1 场地对接           | A           | R   | I   | C   | R   |",
                "应急备用金占 6.67%（政策 5%–10%）",
                "采购需求 N3 仅比较了 2 家报价，规定至少 3 家，或记录豁免及理由。（位置：supply.needs[2].quotes）",
                "发给行政部（车辆安排）的内部通知计划于 2024-04-12 发送，晚于截止日期 2024-04-11。",
                "  ✓     宏图视听    音视频工程资质   13,800元  13,800元  2024-04-17  含备用麦克风与备用投影仪  最低价",
                "        AV Pro Ltd  ISO 9001        2,000 USD  14,200元  2024-04-16  含备用投影仪              汇率 7.1",
                "13:30–14:00  嘉宾签到  签到  30分钟  孙*",
                "16:15–16:30  合影      合影  15分钟  周*",
                "合计 3小时",
                "  内部通知  销售部（组织20名客户参会）  活动协作函          2024-04-11  2024-04-11  2024-04-11",
                "发给行政部（车辆安排）的内部通知应于 2024-04-11 前发出，截至 2024-04-12 仍未发送。",
                "[警告] notices[3].sentOn：发给行政部（车辆安排）的内部通知于 2024-04-12 发出，晚于截止日期 2024-04-11。",
                "物料定制礼品于 2024-04-16 到货，晚于承诺日期 2024-04-15。",
                "问题 Q-1 未获 zhao 及时答复，已于 2024-04-18 14:45 上报总负责人 market.lead。",
                "突发问题 Q-1 尚未解决（当前为已答复）。",
                "对 S8 的评价各项权重合计 90%，不等于 100%。（位置：evaluation.scores）",
                "已选用供应商 S11，但尚未评价。（位置：supply.evaluations）",
                "宏图视听历次合作：86.00、87.00，平均 86.50",
                "✓ market.lead 推进活动：复盘 → 归档（版本 28）");

        Campaign campaign = closed[0];
        assertThat(campaign.stage()).isEqualTo(Stage.CLOSED);
        // Three quotes compared for each of the seed's four needs (场地、搭建、设备、礼品), one chosen each.
        assertThat(campaign.supply().needs()).hasSize(4).allSatisfy(n -> {
            assertThat(n.comparableQuotes()).isEqualTo(3);
            assertThat(n.choice()).isPresent();
            assertThat(n.contract()).isPresent();
        });
        assertThat(campaign.supply().needs()).extracting(n -> n.choice().map(Choice::supplier).orElseThrow().value())
                .containsExactly("S1", "S5", "S8", "S11");
        SupplierNeed equipment = campaign.supply().need(LaunchEvent.EQUIPMENT).orElseThrow();
        assertThat(equipment.quotes().get(2).priceIn(Currency.getInstance("CNY")))
                .contains(Money.of("14200.00", "CNY"));
        assertThat(SupplyRules.readyForExecution().check(campaign.supply())).isEmpty();
        assertThat(campaign.supply().evaluations()).extracting(e -> e.weightedScore().get().toPlainString())
                .containsExactly("93.00", "92.00", "87.00", "91.00");

        // The run of show 签到 → 开场 → 致辞 → 讲解 → 互动 → 签约 → 合影, three hours inside the booking.
        assertThat(campaign.event().segments()).extracting(s -> s.kind()).containsExactly(SegmentKind.CHECK_IN,
                SegmentKind.OPENING, SegmentKind.SPEECH, SegmentKind.PRESENTATION, SegmentKind.INTERACTION,
                SegmentKind.SIGNING, SegmentKind.PHOTO);
        assertThat(campaign.event().totalDuration()).isEqualTo(Duration.ofHours(3));
        assertThat(campaign.event().booking().orElseThrow().from()).isEqualTo(LocalTime.of(12, 30));
        // Internal notice one week before, external reminder three days before.
        Notice sales = campaign.event().notices().get(0);
        assertThat(sales.audience()).contains("20名客户");
        assertThat(campaign.event().deadline(sales)).contains(LocalDate.of(2024, 4, 11));
        assertThat(campaign.event().deadline(campaign.event().notices().get(4))).contains(LocalDate.of(2024, 4, 15));
        assertThat(EventRules.notices().check(campaign.event()).map(v -> v.code()))
                .containsExactly("event.notice.sent-late");

        // The equipment failure went to the overall lead after 15 minutes and was resolved.
        assertThat(campaign.tracking().issue(LaunchEvent.PROJECTOR).orElseThrow().status())
                .isEqualTo(IssueStatus.RESOLVED);
        List<Escalation> escalations = Escalations.of(campaign.tracking().issue(LaunchEvent.PROJECTOR).orElseThrow(),
                campaign.team(), LaunchEvent.trackingPolicy(),
                LocalDate.of(2024, 4, 18).atTime(14, 50).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(escalations).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(LaunchEvent.ZHAO);
            assertThat(e.to()).isEqualTo(LaunchEvent.LEAD);
            assertThat(e.toRole()).isEqualTo(TeamRole.OVERALL_LEAD);
            assertThat(e.at().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime()).isEqualTo(LocalTime.of(14, 45));
        });

        String json = Files.readString(reports.resolve("seed-002-launch.json"), StandardCharsets.UTF_8);
        assertThat(CampaignJson.standard().read(json)).isEqualTo(campaign);
        assertThat(json).contains("\"supplier\" : \"S8\"", "\"rationale\" : \"报价最低且含配送\"");
        assertThat(campaign.supply().evaluation(SupplierId.of("S8"))).isPresent();
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        String out = run(Lang.EN, new Campaign[1]);
        assertThat(out).contains("RACI matrix (R responsible, A accountable, C consulted, I informed)",
                "Need N3 compares 2 quote(s); the policy asks for at least 3 or a waiver with a reason.",
                "Supplier comparison (at least 3 quotes per need)",
                "Run of show (2024-04-18, 国际会议中心A厅 12:30–17:30)", "Total 3 h",
                "Issue Q-1 was not answered by zhao in time and went up to the overall lead market.lead at 2024-04-18 14:45.",
                "The weights of the evaluation of S8 add up to 90%, not 100%.");
        assertThat(out).doesNotContain("被拒绝");
    }
}
