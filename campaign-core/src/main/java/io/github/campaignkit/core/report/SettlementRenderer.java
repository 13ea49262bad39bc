package io.github.campaignkit.core.report;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.Settlement;
import io.github.campaignkit.core.budget.SettlementLine;
import io.github.campaignkit.core.internal.Moments;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a settlement statement between partners (费用结算单): per partner its share in percent,
 * its part of the actual costs, what it paid and the balance (positive: still owes; negative: is
 * owed), then the totals. Every line of the text ends in {@code \n}.
 */
public final class SettlementRenderer {

    private SettlementRenderer() {
    }

    /**
     * The statement, with the moment of settlement shown in UTC ({@code 2024-08-20 09:00 UTC}).
     *
     * @param settlement the settlement
     * @param locale     the reader's language: Chinese for {@code zh}, English otherwise
     * @return the heading, the table and a line on how to read the balances
     */
    public static String render(Settlement settlement, Locale locale) {
        return render(settlement, locale, ZoneOffset.UTC);
    }

    /**
     * The statement, with the moment of settlement shown to the minute in the readers' zone
     * ({@code 2024-08-20 17:00} in Asia/Shanghai).
     *
     * @param settlement the settlement
     * @param locale     the reader's language: Chinese for {@code zh}, English otherwise
     * @param zone       the zone the readers' clocks show
     * @return the heading, the table and a line on how to read the balances; without partners, the
     *         heading and a line saying the campaign bears the whole cost
     */
    public static String render(Settlement settlement, Locale locale, ZoneId zone) {
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        String at = Moments.showMarkingUtc(settlement.at(), zone);
        boolean zh = BudgetTableLayout.isChinese(locale);
        String unit = BudgetTableLayout.currencyName(settlement.total().currency(), locale);
        String heading = zh
                ? "费用结算单（实际支出 " + BudgetTableLayout.amount(settlement.total()) + " " + unit + "，结算人 "
                        + settlement.settledBy() + "，" + at + "）\n"
                : "Cost settlement (actual spend " + unit + " " + BudgetTableLayout.amount(settlement.total())
                        + ", settled by " + settlement.settledBy() + ", " + at + ")\n";
        if (!settlement.isShared()) {
            return heading + (zh ? "无合作方分摊：全部费用由本方承担。\n"
                    : "No partner shares the costs: the campaign bears all of them.\n");
        }
        BudgetTableLayout table = new BudgetTableLayout(false, true, true, true, true);
        table.row(zh ? "合作方" : "Partner", zh ? "分摊比例" : "Share", zh ? "应分摊（" + unit + "）" : "Due (" + unit + ")",
                zh ? "已支付（" + unit + "）" : "Paid (" + unit + ")", zh ? "差额（" + unit + "）" : "Balance (" + unit + ")");
        Money paid = Money.zero(settlement.total().currency());
        Money balance = Money.zero(settlement.total().currency());
        for (SettlementLine line : settlement.lines()) {
            table.row(line.partner().value(), BudgetTableLayout.percent(line.percent()),
                    BudgetTableLayout.amount(line.share()), BudgetTableLayout.amount(line.paid()),
                    signed(line.balance()));
            paid = paid.plus(line.paid());
            balance = balance.plus(line.balance());
        }
        table.row(zh ? "合计" : "Total", "100%", BudgetTableLayout.amount(settlement.total()),
                BudgetTableLayout.amount(paid), signed(balance));
        String legend = zh ? "差额为正：该合作方尚需支付；为负：应退还该合作方。\n"
                : "A positive balance is still owed by the partner; a negative one is owed to it.\n";
        return heading + table.render() + legend;
    }

    private static String signed(Money money) {
        String text = BudgetTableLayout.amount(money);
        return money.isPositive() ? "+" + text : text;
    }
}
