package io.github.campaignkit.core.report;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.BudgetRules;
import io.github.campaignkit.core.budget.BudgetViolation;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.Pricing;
import io.github.campaignkit.core.budget.Quantity;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Team;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a budget as the seeds' 预算明细表: one row per line, grouped by category in category
 * order, each group closed by its subtotal and its share of the total, then the total; with
 * actual spend and variance notes when rendering a {@link Budget}.
 *
 * <p>A line priced per unit shows its computation after the item, as the seeds write it:
 * {@code 内部团队加班费(3人×5天×800元/天)}. A declared total is shown beside the computed one,
 * and a mismatch is spelled out below the table. Amounts are written with grouping and the
 * currency's fraction digits ({@code 12,000.00}); shares without trailing zeros ({@code 7.35%}).
 * Every line of the text ends in {@code \n}.
 */
public final class BudgetTableRenderer {

    private BudgetTableRenderer() {
    }

    /**
     * The table of a plan, without actuals.
     *
     * @param plan   the plan
     * @param locale the reader's language: Chinese for {@code zh}, English otherwise
     * @return the table
     */
    public static String render(BudgetPlan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locale, "locale");
        return render(plan, line -> Optional.empty(), line -> Optional.empty(), Team.empty(), locale);
    }

    /**
     * The table of a budget's current plan, with each line's actual spend and its variance
     * explanation (or its notes), under a heading that gives the version and its approval status.
     *
     * @param budget the budget
     * @param locale the reader's language: Chinese for {@code zh}, English otherwise
     * @return the heading and the table
     */
    public static String render(Budget budget, Locale locale) {
        return render(budget, Team.empty(), locale);
    }

    /**
     * The table of a budget's current plan, as {@link #render(Budget, Locale)}, with the lines'
     * owners and approvers named from a team (张*, not zhang).
     *
     * @param budget the budget
     * @param names  the campaign's team
     * @param locale the reader's language: Chinese for {@code zh}, English otherwise
     * @return the heading and the table
     */
    public static String render(Budget budget, Team names, Locale locale) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(locale, "locale");
        boolean zh = BudgetTableLayout.isChinese(locale);
        String heading = zh
                ? "预算明细表（第 " + budget.version() + " 版，" + budget.status().label(locale) + "）\n"
                : "Budget (version " + budget.version() + ", " + budget.status().label(locale) + ")\n";
        return heading + render(budget.plan(), line -> budget.actual(line.id()),
                line -> budget.explanation(line.id()), names, locale);
    }

    private static String render(BudgetPlan plan, Function<BudgetLine, Optional<Money>> actuals,
                                 Function<BudgetLine, Optional<String>> explanations, Team names, Locale locale) {
        boolean zh = BudgetTableLayout.isChinese(locale);
        String unit = BudgetTableLayout.currencyName(plan.currency(), locale);
        BudgetTableLayout table = new BudgetTableLayout(false, false, true, true, true, false, false, false);
        table.row(zh ? "成本类别" : "Category", zh ? "明细项目" : "Item",
                zh ? "预算金额（" + unit + "）" : "Budget (" + unit + ")", zh ? "占比" : "Share",
                zh ? "实际支出（" + unit + "）" : "Actual (" + unit + ")", zh ? "差异说明" : "Variance note",
                zh ? "负责人" : "Owner", zh ? "审批人" : "Approver");
        Money actualTotal = Money.zero(plan.currency());
        boolean anyActual = false;
        for (Map.Entry<BudgetCategory, Money> group : plan.subtotals().entrySet()) {
            List<BudgetLine> lines = plan.lines(group.getKey());
            Money groupActual = Money.zero(plan.currency());
            boolean groupHasActual = false;
            for (int i = 0; i < lines.size(); i++) {
                BudgetLine line = lines.get(i);
                Optional<Money> actual = actuals.apply(line);
                if (actual.isPresent()) {
                    groupActual = groupActual.plus(actual.get());
                    groupHasActual = true;
                }
                table.row(i == 0 ? capitalized(group.getKey().label(locale)) : "", item(line, zh),
                        BudgetTableLayout.amount(line.amount()), "",
                        actual.map(BudgetTableLayout::amount).orElse(BudgetTableLayout.NONE),
                        explanations.apply(line).or(line::notes).orElse(BudgetTableLayout.NONE),
                        line.owner().map(id -> MemberNames.name(names, id, zh)).orElse(BudgetTableLayout.NONE),
                        line.approver().map(id -> MemberNames.name(names, id, zh)).orElse(BudgetTableLayout.NONE));
            }
            table.row("", zh ? "小计" : "Subtotal", BudgetTableLayout.amount(group.getValue()),
                    plan.share(group.getKey()).map(BudgetTableLayout::percent).orElse(BudgetTableLayout.NONE),
                    groupHasActual ? BudgetTableLayout.amount(groupActual) : BudgetTableLayout.NONE, "", "", "");
            actualTotal = actualTotal.plus(groupActual);
            anyActual |= groupHasActual;
        }
        Money total = plan.total();
        table.row(zh ? "合计" : "Total", "", BudgetTableLayout.amount(total),
                total.isZero() ? BudgetTableLayout.NONE : "100%",
                anyActual ? BudgetTableLayout.amount(actualTotal) : BudgetTableLayout.NONE, "", "", "");
        plan.declaredTotal().ifPresent(declared -> table.row(zh ? "申报合计" : "Declared total", "",
                BudgetTableLayout.amount(declared), "", "", "", "", ""));
        StringBuilder out = new StringBuilder(table.render());
        for (Violation violation : BudgetRules.plan().check(plan)) {
            if (violation.code().equals(BudgetViolation.TOTAL_MISMATCH.code())) {
                out.append(zh ? "注：" : "Note: ").append(violation.message(locale)).append('\n');
            }
        }
        return out.toString();
    }

    /** The item, followed by its computation when it is priced per unit: {@code 定制礼品(1000份×15元/份)}. */
    static String item(BudgetLine line, boolean zh) {
        if (!(line.pricing() instanceof Pricing.PerUnit)) {
            return line.item();
        }
        Pricing.PerUnit perUnit = (Pricing.PerUnit) line.pricing();
        return line.item() + "(" + computation(perUnit.quantity(), perUnit.unitPrice(), zh) + ")";
    }

    private static String computation(Quantity quantity, UnitPrice price, boolean zh) {
        String times = zh ? "×" : " × ";
        String factors = quantity.factors().stream()
                .map(f -> f.value().toPlainString() + (zh || f.unit().isEmpty() ? "" : " ") + f.unit())
                .collect(Collectors.joining(times));
        String per = quantity.perUnit().isEmpty() ? "" : "/" + quantity.perUnit();
        String currency = price.currency().getCurrencyCode();
        String amount = plain(price.amount());
        String priced = zh && currency.equals("CNY") ? amount + "元" + per
                : amount + " " + currency + per;
        return factors + times + priced;
    }

    private static String capitalized(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
