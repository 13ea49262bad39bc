package io.github.campaignkit.core.report;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.campaign.Campaign;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The budget by category: a horizontal bar per category that has lines, its planned subtotal and,
 * once spending is recorded, its actual beneath; then the 预算明细表 with the lines grouped by
 * category, each group's subtotal and share, and the total.
 */
final class BudgetSection {

    private static final int LABEL = 120;
    private static final int BARS = 360;
    private static final int FIGURES = 220;
    private static final int ROW = 34;

    private BudgetSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        Budget budget = campaign.budget();
        BudgetPlan plan = budget.plan();
        Locale locale = page.locale();
        page.openSection(ReportSection.BUDGET);
        page.paragraph(page.get("html.budget.version", Integer.toString(budget.version()),
                budget.status().label(locale)), "budget-status");
        if (ReportSection.BUDGET.isEmpty(campaign)) {
            page.none("html.none.budget");
            page.markup().close();
            return;
        }
        boolean spent = !budget.spend().isEmpty();
        chart(budget, spent, page);
        table(campaign, budget, spent, page);
        page.markup().close();
    }

    private static void chart(Budget budget, boolean spent, HtmlPage page) {
        BudgetPlan plan = budget.plan();
        Map<BudgetCategory, Money> subtotals = plan.subtotals();
        BigDecimal max = BigDecimal.ZERO;
        for (Map.Entry<BudgetCategory, Money> e : subtotals.entrySet()) {
            max = max.max(e.getValue().amount());
            if (spent) {
                max = max.max(budget.actual(e.getKey()).amount());
            }
        }
        Markup m = page.markup();
        int height = subtotals.size() * ROW + 28;
        int width = LABEL + BARS + FIGURES;
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "budget-chart", "role", "img",
                "width", Integer.toString(width), "height", Integer.toString(height),
                "viewBox", "0 0 " + width + " " + height);
        m.element("title", page.get("html.budget.chart", BudgetTableLayout.currencyName(plan.currency(), page.locale())));
        int y = 4;
        for (Map.Entry<BudgetCategory, Money> e : subtotals.entrySet()) {
            BudgetCategory category = e.getKey();
            Money planned = e.getValue();
            String share = plan.share(category).map(BudgetTableLayout::percent).orElse(Texts.NONE);
            String figures = BudgetTableLayout.amount(planned) + " (" + share + ")";
            Optional<Money> actual = spent ? Optional.of(budget.actual(category)) : Optional.empty();
            m.open("g", "class", "budget-bar", "data-category", category.name().toLowerCase(Locale.ROOT));
            m.element("title", page.get("html.budget.bar", category.label(page.locale()), figures)
                    + actual.map(a -> page.get("html.budget.spent", BudgetTableLayout.amount(a))).orElse(""));
            m.element("text", capitalized(category.label(page.locale())), "x", "0", "y", Integer.toString(y + 12));
            m.empty("rect", "class", "planned", "x", Integer.toString(LABEL), "y", Integer.toString(y),
                    "width", Integer.toString(Texts.scale(planned.amount(), max, BARS)), "height", "14",
                    "fill", HtmlStyle.PLANNED);
            m.element("text", figures, "x", Integer.toString(LABEL + BARS + 8), "y", Integer.toString(y + 12));
            if (actual.isPresent()) {
                m.empty("rect", "class", "actual", "x", Integer.toString(LABEL), "y", Integer.toString(y + 17),
                        "width", Integer.toString(Texts.scale(actual.get().amount(), max, BARS)), "height", "9",
                        "fill", HtmlStyle.ACTUAL);
                m.element("text", BudgetTableLayout.amount(actual.get()), "x", Integer.toString(LABEL + BARS + 8),
                        "y", Integer.toString(y + 26), "class", "actual-figure");
            }
            m.close();
            y += ROW;
        }
        legend(m, page, spent, y + 12);
        m.close();
    }

    private static void legend(Markup m, HtmlPage page, boolean spent, int y) {
        m.empty("rect", "x", Integer.toString(LABEL), "y", Integer.toString(y - 9), "width", "10", "height", "10",
                "fill", HtmlStyle.PLANNED);
        m.element("text", page.get("html.budget.planned"), "x", Integer.toString(LABEL + 14), "y", Integer.toString(y));
        if (spent) {
            m.empty("rect", "x", Integer.toString(LABEL + 110), "y", Integer.toString(y - 9), "width", "10",
                    "height", "10", "fill", HtmlStyle.ACTUAL);
            m.element("text", page.get("html.budget.actual"), "x", Integer.toString(LABEL + 124),
                    "y", Integer.toString(y));
        }
    }

    private static void table(Campaign campaign, Budget budget, boolean spent, HtmlPage page) {
        BudgetPlan plan = budget.plan();
        Locale locale = page.locale();
        boolean zh = page.texts().chinese();
        String unit = BudgetTableLayout.currencyName(plan.currency(), locale);
        page.openTable("budget", page.get("html.budget.category"), page.get("html.budget.item"),
                page.get("html.budget.amount", unit), page.get("html.budget.share"),
                page.get("html.budget.actualAmount", unit), page.get("html.budget.note"),
                page.get("html.budget.owner"), page.get("html.budget.approver"));
        for (Map.Entry<BudgetCategory, Money> group : plan.subtotals().entrySet()) {
            List<BudgetLine> lines = plan.lines(group.getKey());
            for (int i = 0; i < lines.size(); i++) {
                BudgetLine line = lines.get(i);
                page.row("", List.of(i == 0 ? capitalized(group.getKey().label(locale)) : "",
                        BudgetTableRenderer.item(line, zh), BudgetTableLayout.amount(line.amount()), "",
                        budget.actual(line.id()).map(BudgetTableLayout::amount).orElse(Texts.NONE),
                        budget.explanation(line.id()).or(line::notes).orElse(Texts.NONE),
                        page.member(campaign, line.owner()), page.member(campaign, line.approver())), 2, 3, 4);
            }
            List<String> subtotal = new ArrayList<>(List.of("", page.get("html.budget.subtotal"),
                    BudgetTableLayout.amount(group.getValue()),
                    plan.share(group.getKey()).map(BudgetTableLayout::percent).orElse(Texts.NONE),
                    spent ? BudgetTableLayout.amount(budget.actual(group.getKey())) : Texts.NONE, "", "", ""));
            page.row("subtotal", subtotal, 2, 3, 4);
        }
        Money total = plan.total();
        page.row("total", List.of(page.get("html.budget.total"), "", BudgetTableLayout.amount(total),
                total.isZero() ? Texts.NONE : "100%", spent ? BudgetTableLayout.amount(budget.actualTotal()) : Texts.NONE,
                "", "", ""), 2, 3, 4);
        plan.declaredTotal().ifPresent(declared -> page.row("declared", List.of(page.get("html.budget.declared"), "",
                BudgetTableLayout.amount(declared), "", "", "", "", ""), 2, 3, 4));
        page.closeTable();
    }

    private static String capitalized(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
