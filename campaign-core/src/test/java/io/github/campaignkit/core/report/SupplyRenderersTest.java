package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.NoticeKind;
import io.github.campaignkit.core.event.Segment;
import io.github.campaignkit.core.event.SegmentKind;
import io.github.campaignkit.core.event.VenueBooking;
import io.github.campaignkit.core.supply.Choice;
import io.github.campaignkit.core.supply.ContractTerms;
import io.github.campaignkit.core.supply.ExchangeRate;
import io.github.campaignkit.core.supply.NeedId;
import io.github.campaignkit.core.supply.Quote;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplierNeed;
import io.github.campaignkit.core.supply.SupplierProfile;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupplyRenderersTest {

    private static final MemberId ZHU = MemberId.of("zhu");
    private static final LocalDate DAY = LocalDate.of(2024, 4, 18);

    static SupplyPlan plan() {
        SupplierId a = SupplierId.of("A");
        SupplierId b = SupplierId.of("B");
        SupplierId c = SupplierId.of("C");
        SupplierId d = SupplierId.of("D");
        return SupplyPlan.builder()
                .addSuppliers(SupplierProfile.builder().id(a).name("云展会议中心").qualification("甲级场馆").build(),
                        SupplierProfile.builder().id(b).name("星河酒店").qualification("五星").build(),
                        SupplierProfile.builder().id(c).name("创意园").qualification("").build(),
                        SupplierProfile.builder().id(d).name("Expo Ltd").qualification("ISO 9001").build())
                .addNeeds(SupplierNeed.builder().id(NeedId.of("N1")).item("场地租赁").budgetLine(BudgetLineId.of("B1"))
                        .currency(Currency.getInstance("CNY"))
                        .addQuotes(Quote.of(a, Money.of("38000", "CNY"), DAY.minusDays(1), "含桌椅"),
                                Quote.of(b, Money.of("45000", "CNY"), DAY.minusDays(1), "含茶歇"),
                                Quote.of(c, Money.of("32000", "CNY"), DAY.minusDays(2), ""),
                                Quote.of(d, Money.of("5000.00", "USD"), DAY.minusDays(2), "")
                                        .withExchangeRate(ExchangeRate.of(Currency.getInstance("USD"),
                                                Currency.getInstance("CNY"), "7.1")))
                        .choice(new Choice(a, "交通便利，容量适合200人", ZHU))
                        .contract(new ContractTerms("主会场及休息室", DAY.minusDays(1), "违约金为合同额20%"))
                        .build())
                .build();
    }

    @Test
    void theComparisonPutsQuotesSideBySideAndMarksTheChoice() {
        String zh = SupplierComparisonRenderer.standard().render(plan(), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).startsWith("供应商比价表（每项需求至少比较 3 家）\n\nN1 场地租赁（预算科目 B1，CNY；比较 4 家）\n")
                .contains("  ✓     云展会议中心  甲级场馆   38,000元  38,000元  2024-04-17  含桌椅\n",
                        "        创意园        -          32,000元  32,000元  2024-04-16  -       最低价\n",
                        "        Expo Ltd      ISO 9001  5,000 USD  35,500元  2024-04-16  -       汇率 7.1\n",
                        "  选定：云展会议中心（zhu）；理由：交通便利，容量适合200人",
                        "  合同：主会场及休息室；交付 2024-04-17；违约责任：违约金为合同额20%");
        assertThat(zh.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
        String en = SupplierComparisonRenderer.standard().render(plan(), Locale.ENGLISH);
        assertThat(en).contains("Supplier comparison (at least 3 quotes per need)",
                "  Chosen: 云展会议中心 (by zhu); rationale: 交通便利，容量适合200人", "lowest");
    }

    @Test
    void aQuoteThatCannotBeComparedSaysWhy() {
        SupplyPlan plan = plan();
        SupplierNeed need = plan.needs().get(0);
        Quote bare = Quote.of(SupplierId.of("D"), Money.of("5000.00", "USD"), DAY, "");
        SupplyPlan broken = plan.toBuilder().needs(java.util.List.of(need.toBuilder().quotes(java.util.List.of(
                need.quotes().get(0), bare)).build())).build();
        String en = SupplierComparisonRenderer.standard().render(broken, Locale.ENGLISH);
        assertThat(en).contains("no rate, not comparable",
                "  [error] needs[0].quotes[1].price: The quote of D for need N1 is in USD, the need in CNY, and no"
                        + " exchange rate from USD to CNY is given.");
    }

    @Test
    void theRunOfShowListsSegmentsInOrderWithOwnersAndNotices() {
        Team team = Team.builder().addMembers(Member.of(ZHU, "朱主管", TeamRole.OVERALL_LEAD)).build();
        EventPlan event = EventPlan.builder().date(DAY)
                .booking(new VenueBooking("3号厅", LocalTime.of(13, 0), LocalTime.of(17, 30)))
                .addSegments(Segment.of("开场", SegmentKind.OPENING, LocalTime.of(14, 0), 10, ZHU),
                        Segment.of("嘉宾签到", SegmentKind.CHECK_IN, LocalTime.of(13, 30), 30, ZHU),
                        Segment.of("产品讲解", SegmentKind.PRESENTATION, LocalTime.of(14, 10), 75, MemberId.of("guest")))
                .addNotices(Notice.scheduled(NoticeKind.INTERNAL, "销售部", "邮件", DAY.minusDays(7)),
                        Notice.scheduled(NoticeKind.EXTERNAL, "受邀客户", "短信", DAY.minusDays(3)))
                .build();
        String zh = RunOfShowRenderer.standard().render(event, team, Optional.of(DAY.minusDays(5)),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).isEqualTo(String.join("\n",
                "活动流程（2024-04-18，3号厅 13:00–17:30）",
                "时间         环节      类型         时长  负责人",
                "-----------  --------  ----  -----------  ------",
                "13:30–14:00  嘉宾签到  签到       30分钟  朱主管",
                "14:00–14:10  开场      开场       10分钟  朱主管",
                "14:10–15:25  产品讲解  讲解  1小时15分钟  guest",
                "合计 1小时55分钟",
                "通知：",
                "  类型      对象      渠道  截止        计划        已发",
                "  --------  --------  ----  ----------  ----------  ----",
                "  内部通知  销售部    邮件  2024-04-11  2024-04-11  -",
                "  外部提醒  受邀客户  短信  2024-04-15  2024-04-15  -",
                "问题：",
                "  [错误] notices[0].sentOn：发给销售部的内部通知应于 2024-04-11 前发出，截至 2024-04-13 仍未发送。"));
        String en = RunOfShowRenderer.standard().render(event, team, Locale.ENGLISH);
        assertThat(en).contains("Run of show (2024-04-18, 3号厅 13:00–17:30)", "1 h 15 min", "Total 1 h 55 min")
                .doesNotContain("Findings");
    }
}
