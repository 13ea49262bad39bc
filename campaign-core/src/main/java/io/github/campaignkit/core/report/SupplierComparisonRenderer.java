package io.github.campaignkit.core.report;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.supply.Choice;
import io.github.campaignkit.core.supply.ContractTerms;
import io.github.campaignkit.core.supply.Quote;
import io.github.campaignkit.core.supply.SupplierNeed;
import io.github.campaignkit.core.supply.SupplierProfile;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.supply.SupplyRules;
import io.github.campaignkit.core.supply.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a supply plan's supplier comparison (供应商比价表): for every need a table of its quotes
 * side by side (supplier, qualification, price, the price in the need's currency, promised delivery,
 * terms), the lowest comparable price marked, the chosen quote marked {@code ✓}, then the rationale
 * of the choice, a waiver if any, the contract's terms, and what {@link SupplyRules#standard()} finds
 * about the need. Columns are aligned for a fixed-width font in which Chinese characters take two
 * columns; lines end without trailing spaces and are joined by {@code \n}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SupplierComparisonRenderer {

    private static final SupplierComparisonRenderer STANDARD = new SupplierComparisonRenderer(
            MessageRenderer.standard());

    private final MessageRenderer messages;

    private SupplierComparisonRenderer(MessageRenderer messages) {
        this.messages = messages;
    }

    /**
     * The renderer with the standard message renderer.
     *
     * @return the renderer
     */
    public static SupplierComparisonRenderer standard() {
        return STANDARD;
    }

    /**
     * This renderer writing findings with another message renderer.
     *
     * @param renderer the message renderer
     * @return a new renderer
     */
    public SupplierComparisonRenderer withMessages(MessageRenderer renderer) {
        return new SupplierComparisonRenderer(Objects.requireNonNull(renderer, "renderer"));
    }

    /**
     * Renders the comparison of every need of a plan.
     *
     * @param plan   the supply plan
     * @param locale the reader's language: Chinese for {@code zh}, English otherwise
     * @return the text
     */
    public String render(SupplyPlan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locale, "locale");
        Texts texts = new Texts(locale);
        boolean zh = texts.chinese();
        StringBuilder out = new StringBuilder();
        out.append(zh ? "供应商比价表（每项需求至少比较 " + plan.policy().minimumQuotes() + " 家）"
                : "Supplier comparison (at least " + plan.policy().minimumQuotes() + " quotes per need)").append('\n');
        io.vavr.collection.Seq<io.github.campaignkit.core.rule.Violation> found = SupplyRules.standard().check(plan);
        for (int i = 0; i < plan.needs().size(); i++) {
            SupplierNeed need = plan.needs().get(i);
            out.append('\n');
            out.append(need(plan, need, texts));
            String prefix = "needs[" + i + "]";
            found.filter(v -> v.path().equals(prefix) || v.path().startsWith(prefix + ".") || v.path().startsWith(prefix
                    + "["))
                    .forEach(v -> out.append("  ").append(messages.describe(v, locale)).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    private String need(SupplyPlan plan, SupplierNeed need, Texts texts) {
        boolean zh = texts.chinese();
        String currency = need.currency().getCurrencyCode();
        StringBuilder out = new StringBuilder();
        out.append(zh ? need.id() + " " + need.item() + "（预算科目 " + need.budgetLine() + "，" + currency + "；比较 "
                        + need.comparableQuotes() + " 家）"
                : need.id() + " " + need.item() + " (budget line " + need.budgetLine() + ", " + currency + "; "
                        + need.comparableQuotes() + " compared)").append('\n');
        if (need.quotes().isEmpty()) {
            out.append(zh ? "  尚无报价" : "  no quote yet").append('\n');
        } else {
            Optional<Money> lowest = need.quotes().stream().map(q -> q.priceIn(need.currency()))
                    .flatMap(Optional::stream).min(Money::compareTo);
            TextTable table = new TextTable(zh
                    ? List.of("选定", "供应商", "资质", "报价", "折合" + currency, "交付日期", "条款", "备注")
                    : List.of("Chosen", "Supplier", "Qualification", "Price", "In " + currency, "Delivery by", "Terms",
                            "Note"),
                    false, false, false, true, true, false, false, false);
            for (Quote q : need.quotes()) {
                Optional<SupplierProfile> supplier = plan.supplier(q.supplier());
                Optional<Money> comparable = q.priceIn(need.currency());
                boolean chosen = need.choice().map(Choice::supplier).filter(q.supplier()::equals).isPresent();
                List<String> notes = new ArrayList<>();
                if (comparable.isPresent() && lowest.isPresent() && comparable.get().compareTo(lowest.get()) == 0) {
                    notes.add(zh ? "最低价" : "lowest");
                }
                q.exchangeRate().ifPresent(r -> notes.add((zh ? "汇率 " : "rate ") + Texts.number(r.rate(), false)));
                if (comparable.isEmpty()) {
                    notes.add(zh ? "无汇率，不可比" : "no rate, not comparable");
                }
                table.add(List.of(chosen ? "✓" : "", supplier.map(SupplierProfile::name).orElse(q.supplier().value()),
                        supplier.map(SupplierProfile::qualification).filter(t -> !t.isBlank()).orElse(Texts.NONE),
                        money(q.price(), zh), comparable.map(m -> money(m, zh)).orElse(Texts.NONE),
                        q.deliveryBy().toString(), q.terms().isBlank() ? Texts.NONE : q.terms(),
                        String.join(zh ? "；" : "; ", notes)));
            }
            for (String line : table.render().split("\n")) {
                out.append("  ").append(line).append('\n');
            }
        }
        if (need.choice().isPresent()) {
            Choice choice = need.choice().get();
            String name = plan.supplier(choice.supplier()).map(SupplierProfile::name).orElse(choice.supplier().value());
            out.append(zh ? "  选定：" + name + "（" + choice.decidedBy() + "）；理由：" + choice.rationale()
                    : "  Chosen: " + name + " (by " + choice.decidedBy() + "); rationale: " + choice.rationale())
                    .append('\n');
        } else {
            out.append(zh ? "  尚未选定供应商" : "  No supplier chosen yet").append('\n');
        }
        if (need.waiver().isPresent()) {
            Waiver waiver = need.waiver().get();
            out.append(zh ? "  豁免：" + waiver.reason() + "（批准人 " + waiver.grantedBy() + "）"
                    : "  Waiver: " + waiver.reason() + " (granted by " + waiver.grantedBy() + ")").append('\n');
        }
        if (need.contract().isPresent()) {
            ContractTerms contract = need.contract().get();
            out.append(zh ? "  合同：" + contract.content() + "；交付 " + contract.deliveryBy() + "；违约责任："
                            + contract.penalty()
                    : "  Contract: " + contract.content() + "; delivery by " + contract.deliveryBy() + "; penalty: "
                            + contract.penalty()).append('\n');
        }
        return out.toString();
    }

    private static String money(Money money, boolean zh) {
        return new Texts(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).money(money);
    }
}
