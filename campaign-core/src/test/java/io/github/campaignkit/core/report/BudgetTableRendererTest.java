package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.Seed004Budgets;
import io.github.campaignkit.core.budget.Settlement;
import io.github.campaignkit.core.budget.SpendEntry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Seed 004's 预算明细表 and its settlement as text, in Chinese and English. */
class BudgetTableRendererTest {

    private static final String SEED_AS_WRITTEN_ZH = """
                成本类别   | 明细项目                         | 预算金额（元） |   占比 | 实际支出（元） | 差异说明       | 负责人 | 审批人
                ---------------------------------------------------------------------------------------------------------------------------
                人力成本   | 内部团队加班费(3人×5天×800元/天) |      12,000.00 |        |              - | -              | 张*    | 刘*
                           | 外部讲师费用                     |       5,000.00 |        |              - | -              | 李*    | 刘*
                           | 小计                             |      17,000.00 |    25% |              - |                |        |
                物料成本   | 线下展架(5个×200元/个)           |       1,000.00 |        |              - | -              | 王*    | 刘*
                           | 定制礼品(1000份×15元/份)         |      15,000.00 |        |              - | -              | 赵*    | 刘*
                           | 小计                             |      16,000.00 | 23.53% |              - |                |        |
                渠道成本   | 抖音同城投放                     |      20,000.00 |        |              - | -              | 张*    | 刘*
                           | 高校公众号推文合作               |       8,000.00 |        |              - | -              | 李*    | 刘*
                           | 小计                             |      28,000.00 | 41.18% |              - |                |        |
                场地成本   | 场地租赁(2天×1000元/天)          |       2,000.00 |        |              - | -              | 王*    | 刘*
                           | 小计                             |       2,000.00 |  2.94% |              - |                |        |
                应急备用金 | 应急备用金                       |       5,000.00 |        |              - | 按实际使用冲销 | 张*    | 刘*
                           | 小计                             |       5,000.00 |  7.35% |              - |                |        |
                合计       |                                  |      68,000.00 |   100% |              - |                |        |
                申报合计   |                                  |      77,000.00 |        |                |                |        |
                注：申报合计 77,000.00元 与明细合计 68,000.00元 不符（相差 9,000.00元）。
                """;

    private static final String SETTLED_ZH = """
                预算明细表（第 1 版，已批准）
                成本类别   | 明细项目                         | 预算金额（元） |   占比 | 实际支出（元） | 差异说明         | 负责人 | 审批人
                -----------------------------------------------------------------------------------------------------------------------------
                人力成本   | 内部团队加班费(3人×5天×800元/天) |      12,000.00 |        |      12,000.00 | -                | 张*    | 刘*
                           | 外部讲师费用                     |       5,000.00 |        |       5,000.00 | -                | 李*    | 刘*
                           | 小计                             |      17,000.00 |    25% |      17,000.00 |                  |        |
                物料成本   | 线下展架(5个×200元/个)           |       1,000.00 |        |       1,000.00 | -                | 王*    | 刘*
                           | 定制礼品(1000份×15元/份)         |      15,000.00 |        |      18,000.00 | 礼品升级为充电宝 | 赵*    | 刘*
                           | 小计                             |      16,000.00 | 23.53% |      19,000.00 |                  |        |
                渠道成本   | 抖音同城投放                     |      20,000.00 |        |      20,000.00 | -                | 张*    | 刘*
                           | 高校公众号推文合作               |       8,000.00 |        |       8,000.00 | -                | 李*    | 刘*
                           | 小计                             |      28,000.00 | 41.18% |      28,000.00 |                  |        |
                场地成本   | 场地租赁(2天×1000元/天)          |       2,000.00 |        |       2,000.00 | -                | 王*    | 刘*
                           | 小计                             |       2,000.00 |  2.94% |       2,000.00 |                  |        |
                应急备用金 | 应急备用金                       |       5,000.00 |        |           0.00 | 按实际使用冲销   | 张*    | 刘*
                           | 小计                             |       5,000.00 |  7.35% |           0.00 |                  |        |
                合计       |                                  |      68,000.00 |   100% |      66,000.00 |                  |        |
                申报合计   |                                  |      68,000.00 |        |                |                  |        |
                """;

    private static final String SETTLED_EN = """
                Budget (version 1, approved)
                Category            | Item                                     | Budget (CNY) |  Share | Actual (CNY) | Variance note    | Owner | Approver
                -------------------------------------------------------------------------------------------------------------------------------------------
                People              | 内部团队加班费(3 人 × 5 天 × 800 CNY/天) |    12,000.00 |        |    12,000.00 | -                | 张*   | 刘*
                                    | 外部讲师费用                             |     5,000.00 |        |     5,000.00 | -                | 李*   | 刘*
                                    | Subtotal                                 |    17,000.00 |    25% |    17,000.00 |                  |       |
                Materials           | 线下展架(5 个 × 200 CNY/个)              |     1,000.00 |        |     1,000.00 | -                | 王*   | 刘*
                                    | 定制礼品(1000 份 × 15 CNY/份)            |    15,000.00 |        |    18,000.00 | 礼品升级为充电宝 | 赵*   | 刘*
                                    | Subtotal                                 |    16,000.00 | 23.53% |    19,000.00 |                  |       |
                Channels            | 抖音同城投放                             |    20,000.00 |        |    20,000.00 | -                | 张*   | 刘*
                                    | 高校公众号推文合作                       |     8,000.00 |        |     8,000.00 | -                | 李*   | 刘*
                                    | Subtotal                                 |    28,000.00 | 41.18% |    28,000.00 |                  |       |
                Venue               | 场地租赁(2 天 × 1000 CNY/天)             |     2,000.00 |        |     2,000.00 | -                | 王*   | 刘*
                                    | Subtotal                                 |     2,000.00 |  2.94% |     2,000.00 |                  |       |
                Contingency reserve | 应急备用金                               |     5,000.00 |        |         0.00 | 按实际使用冲销   | 张*   | 刘*
                                    | Subtotal                                 |     5,000.00 |  7.35% |         0.00 |                  |       |
                Total               |                                          |    68,000.00 |   100% |    66,000.00 |                  |       |
                Declared total      |                                          |    68,000.00 |        |              |                  |       |
                """;

    private static final String SETTLEMENT_ZH = """
                费用结算单（实际支出 66,000.00 元，结算人 张*，2024-08-20 09:00 UTC）
                合作方    | 分摊比例 | 应分摊（元） | 已支付（元） | 差额（元）
                ---------------------------------------------------------------
                科技公司A |      60% |    39,600.00 |    38,000.00 |  +1,600.00
                健康品牌B |      40% |    26,400.00 |    28,000.00 |  -1,600.00
                合计      |     100% |    66,000.00 |    66,000.00 |       0.00
                差额为正：该合作方尚需支付；为负：应退还该合作方。
                """;

    private static final String SETTLEMENT_EN = """
                Cost settlement (actual spend CNY 66,000.00, settled by 张*, 2024-08-20 09:00 UTC)
                Partner   | Share | Due (CNY) | Paid (CNY) | Balance (CNY)
                ----------------------------------------------------------
                科技公司A |   60% | 39,600.00 |  38,000.00 |     +1,600.00
                健康品牌B |   40% | 26,400.00 |  28,000.00 |     -1,600.00
                Total     |  100% | 66,000.00 |  66,000.00 |          0.00
                A positive balance is still owed by the partner; a negative one is owed to it.
                """;

    @Test
    void theSeedsBudgetTableAsWrittenWithTheMismatchSpelledOut() {
        assertThat(BudgetTableRenderer.render(Seed004Budgets.asWritten(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(SEED_AS_WRITTEN_ZH);
    }

    @Test
    void everyLineOfTheSeedTableReadsAsTheSeedWritesIt() {
        String table = BudgetTableRenderer.render(Seed004Budgets.asWritten(), Locale.SIMPLIFIED_CHINESE);
        List<String> rows = table.lines().map(line -> String.join("|",
                java.util.Arrays.stream(line.split("\\|", -1)).map(String::strip).toList())).toList();
        assertThat(rows).contains(
                "人力成本|内部团队加班费(3人×5天×800元/天)|12,000.00||-|-|张*|刘*",
                "|外部讲师费用|5,000.00||-|-|李*|刘*",
                "物料成本|线下展架(5个×200元/个)|1,000.00||-|-|王*|刘*",
                "|定制礼品(1000份×15元/份)|15,000.00||-|-|赵*|刘*",
                "渠道成本|抖音同城投放|20,000.00||-|-|张*|刘*",
                "|高校公众号推文合作|8,000.00||-|-|李*|刘*",
                "场地成本|场地租赁(2天×1000元/天)|2,000.00||-|-|王*|刘*",
                "应急备用金|应急备用金|5,000.00||-|按实际使用冲销|张*|刘*",
                "申报合计||77,000.00|||||");
    }

    @Test
    void aBudgetWithActualsAndExplanationsInBothLanguages() {
        Budget budget = Seed004Budgets.settled();
        assertThat(BudgetTableRenderer.render(budget, Locale.SIMPLIFIED_CHINESE)).isEqualTo(SETTLED_ZH);
        assertThat(BudgetTableRenderer.render(budget, Locale.ENGLISH)).isEqualTo(SETTLED_EN);
    }

    @Test
    void theSettlementStatementInBothLanguages() {
        Budget budget = Seed004Budgets.settled();
        assertThat(SettlementRenderer.render(budget.settlement().orElseThrow(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(SETTLEMENT_ZH);
        assertThat(SettlementRenderer.render(budget.settlement().orElseThrow(), Locale.ENGLISH))
                .isEqualTo(SETTLEMENT_EN);
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        assertThat(SettlementRenderer.render(budget.settlement().orElseThrow(), Locale.SIMPLIFIED_CHINESE, shanghai))
                .isEqualTo(SETTLEMENT_ZH.replace("2024-08-20 09:00 UTC", "2024-08-20 17:00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SettlementRenderer.render(
                budget.settlement().orElseThrow(), Locale.ENGLISH, null)).hasMessage("zone");
    }

    @Test
    void aStatementWithoutPartnersSaysTheCampaignBearsTheCost() {
        Settlement alone = Settlement.unshared(java.util.Currency.getInstance("CNY"), List.of(
                SpendEntry.of(BudgetLineId.of("L1"), java.time.LocalDate.of(2024, 8, 12), Money.of("12000", "CNY")),
                SpendEntry.of(BudgetLineId.of("L2"), java.time.LocalDate.of(2024, 8, 12), Money.of("5000", "CNY"))),
                java.time.Instant.parse("2024-08-20T09:00:00Z"), io.github.campaignkit.core.team.MemberId.of("liu"));
        assertThat(SettlementRenderer.render(alone, Locale.SIMPLIFIED_CHINESE, java.time.ZoneId.of("Asia/Shanghai")))
                .isEqualTo("费用结算单（实际支出 17,000.00 元，结算人 liu，2024-08-20 17:00）\n无合作方分摊：全部费用由本方承担。\n");
        assertThat(SettlementRenderer.render(alone, Locale.ENGLISH)).isEqualTo("Cost settlement (actual spend CNY "
                + "17,000.00, settled by liu, 2024-08-20 09:00 UTC)\nNo partner shares the costs: the campaign bears all "
                + "of them.\n");
        // A spend entry naming a payer has no partner to be settled with.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settlement.unshared(java.util.Currency.getInstance("CNY"),
                List.of(new SpendEntry(BudgetLineId.of("L1"), java.time.LocalDate.of(2024, 8, 12), Money.of("1", "CNY"),
                        java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.of(io.github.campaignkit.core.budget.PartnerId.of("科技公司A")))),
                java.time.Instant.EPOCH, io.github.campaignkit.core.team.MemberId.of("liu")))
                .hasMessageStartingWith("spend: ");
    }

    @Test
    void columnsAlignByDisplayWidth() {
        List<String> lines = SETTLED_ZH.lines().skip(1).filter(l -> !l.startsWith("-")).toList();
        List<Integer> header = separators(lines.get(0));
        assertThat(header).hasSize(7);
        for (String line : lines) {
            assertThat(separators(line)).as(line).isEqualTo(header.subList(0, separators(line).size()));
        }
        assertThat(DisplayWidth.of("预算ab（）")).isEqualTo(10);
    }

    /** The display columns at which the cell separators of a table line stand. */
    private static List<Integer> separators(String line) {
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                found.add(DisplayWidth.of(line.substring(0, i)));
            }
        }
        return found;
    }

    @Test
    void anEmptyPlanStillRenders() {
        String table = BudgetTableRenderer.render(BudgetPlan.empty(java.util.Currency.getInstance("USD")), Locale.ENGLISH);
        assertThat(table).contains("Budget (USD)", "Total").doesNotContain("Subtotal");
    }
}
