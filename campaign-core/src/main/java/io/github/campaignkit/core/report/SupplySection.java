package io.github.campaignkit.core.report;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.supply.Choice;
import io.github.campaignkit.core.supply.ContractTerms;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.Quote;
import io.github.campaignkit.core.supply.SupplierEvaluation;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplierNeed;
import io.github.campaignkit.core.supply.SupplierProfile;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.supply.SupplyRules;
import io.github.campaignkit.core.supply.Waiver;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The suppliers (供应商比价与物料清单): for every need a comparison of its quotes, one row
 * ({@code tr.quote}) per quote with the supplier, qualification, price, the price in the need's
 * currency, promised delivery and terms, the lowest comparable price marked ({@code lowest}) and
 * the chosen quote marked {@code ✓} ({@code chosen}); then the choice's rationale, a waiver and the
 * contract, and what {@link SupplyRules#standard()} finds about the need. Then the materials, one
 * row ({@code tr.material}) each with its need date, supplier, promised and actual delivery and its
 * status, the delivery problems of the report's day ({@link SupplyRules#deliveries}) marked on the
 * row and listed under the table; then the suppliers' evaluations with their weighted scores.
 */
final class SupplySection {

    private SupplySection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        SupplyPlan plan = campaign.supply();
        page.openSection(ReportSection.SUPPLY);
        if (ReportSection.SUPPLY.isEmpty(campaign)) {
            page.none("html.none.supply");
            page.markup().close();
            return;
        }
        Markup m = page.markup();
        page.paragraph(page.get("html.supply.policy", Integer.toString(plan.policy().minimumQuotes())), "policy");
        Seq<Violation> found = SupplyRules.standard().check(plan);
        if (plan.needs().isEmpty()) {
            page.none("html.none.needs");
        }
        for (int i = 0; i < plan.needs().size(); i++) {
            SupplierNeed need = plan.needs().get(i);
            m.open("div", "class", "need", "data-need", need.id().value());
            need(campaign, plan, need, page);
            String prefix = "needs[" + i + "]";
            page.findings(page.get("html.findings"), found.filter(v -> v.path().equals(prefix)
                    || v.path().startsWith(prefix + ".") || v.path().startsWith(prefix + "[")));
            m.close();
        }
        materials(campaign, plan, page);
        evaluations(campaign, plan, page);
        page.findings(page.get("html.findings"), found.filter(v -> !v.path().startsWith("needs[")));
        m.close();
    }

    private static void need(Campaign campaign, SupplyPlan plan, SupplierNeed need, HtmlPage page) {
        Texts t = page.texts();
        Markup m = page.markup();
        String currency = need.currency().getCurrencyCode();
        m.element("h3", page.get("html.supply.need", need.id().value(), need.item(), need.budgetLine().value(),
                currency, Integer.toString(need.comparableQuotes())));
        if (need.quotes().isEmpty()) {
            page.none("html.none.quotes");
        } else {
            Optional<Money> lowest = need.quotes().stream().map(q -> q.priceIn(need.currency()))
                    .flatMap(Optional::stream).min(Money::compareTo);
            page.openTable("quotes", page.get("html.supply.chosen"), page.get("html.supply.supplier"),
                    page.get("html.supply.qualification"), page.get("html.supply.price"),
                    page.get("html.supply.in", currency), page.get("html.supply.deliveryBy"),
                    page.get("html.supply.terms"), page.get("html.supply.note"));
            for (Quote q : need.quotes()) {
                Optional<SupplierProfile> supplier = plan.supplier(q.supplier());
                Optional<Money> comparable = q.priceIn(need.currency());
                boolean chosen = need.choice().map(Choice::supplier).filter(q.supplier()::equals).isPresent();
                boolean cheapest = comparable.isPresent() && lowest.isPresent()
                        && comparable.get().compareTo(lowest.get()) == 0;
                List<String> notes = new ArrayList<>();
                if (cheapest) {
                    notes.add(page.get("html.supply.lowest"));
                }
                q.exchangeRate().ifPresent(r -> notes.add(page.get("html.supply.rate", Texts.number(r.rate(), false))));
                if (comparable.isEmpty()) {
                    notes.add(page.get("html.supply.incomparable"));
                }
                page.row("quote" + (chosen ? " chosen" : "") + (cheapest ? " lowest" : ""), List.of(
                        chosen ? "✓" : "", supplier.map(SupplierProfile::name).orElse(q.supplier().value()),
                        supplier.map(SupplierProfile::qualification).filter(s -> !s.isBlank()).orElse(Texts.NONE),
                        t.money(q.price()), comparable.map(t::money).orElse(Texts.NONE), q.deliveryBy().toString(),
                        q.terms().isBlank() ? Texts.NONE : q.terms(), String.join(t.chinese() ? "；" : "; ", notes)),
                        3, 4);
            }
            page.closeTable();
        }
        if (need.choice().isPresent()) {
            Choice choice = need.choice().get();
            page.paragraph(page.get("html.supply.choice", supplierName(plan, choice.supplier()),
                    HtmlPage.name(campaign, choice.decidedBy()), choice.rationale()), "choice");
        } else {
            page.paragraph(page.get("html.supply.unchosen"), "none");
        }
        if (need.waiver().isPresent()) {
            Waiver waiver = need.waiver().get();
            page.paragraph(page.get("html.supply.waiver", waiver.reason(),
                    HtmlPage.name(campaign, waiver.grantedBy())), "waiver");
        }
        if (need.contract().isPresent()) {
            ContractTerms contract = need.contract().get();
            page.paragraph(page.get("html.supply.contract", contract.content(), contract.deliveryBy().toString(),
                    contract.penalty()), "contract");
        }
    }

    private static void materials(Campaign campaign, SupplyPlan plan, HtmlPage page) {
        Locale locale = page.locale();
        page.markup().element("h3", page.get("html.supply.materials"));
        if (plan.materials().isEmpty()) {
            page.none("html.none.materials");
            return;
        }
        LocalDate asOf = page.asOf();
        Seq<Violation> deliveries = SupplyRules.deliveries(asOf).check(plan);
        page.openTable("materials", page.get("html.supply.material"), page.get("html.supply.spec"),
                page.get("html.supply.quantity"), page.get("html.supply.needBy"), page.get("html.supply.supplier"),
                page.get("html.supply.promised"), page.get("html.supply.delivered"), page.get("html.supply.status"),
                page.get("html.supply.acceptance"), page.get("html.supply.owner"));
        for (int i = 0; i < plan.materials().size(); i++) {
            Material material = plan.materials().get(i);
            String prefix = "materials[" + i + "].";
            Seq<Violation> problems = deliveries.filter(v -> v.path().startsWith(prefix));
            String css = "material status-" + material.status().name().toLowerCase(Locale.ROOT)
                    + (problems.isEmpty() ? "" : problems.exists(Violation::isError) ? " late error" : " late");
            page.row(css, List.of(material.id().value() + " " + material.name(),
                    material.spec().isBlank() ? Texts.NONE : material.spec(),
                    material.quantity() + (material.unit().isBlank() ? "" : " " + material.unit()),
                    material.needBy().map(LocalDate::toString).orElse(Texts.NONE),
                    material.supplier().map(s -> supplierName(plan, s)).orElse(Texts.NONE),
                    material.delivery().map(Delivery::promised).map(LocalDate::toString).orElse(Texts.NONE),
                    material.delivery().flatMap(Delivery::actual).map(LocalDate::toString).orElse(Texts.NONE),
                    material.status().label(locale),
                    material.acceptance().isBlank() ? Texts.NONE : material.acceptance(),
                    page.member(campaign, Optional.of(material.owner()))), 2);
        }
        page.closeTable();
        page.findings(page.get("html.supply.deliveries", asOf.toString()), deliveries);
    }

    private static void evaluations(Campaign campaign, SupplyPlan plan, HtmlPage page) {
        if (plan.evaluations().isEmpty()) {
            return;
        }
        page.markup().element("h3", page.get("html.supply.evaluations"));
        page.openTable("supplier-evaluations", page.get("html.supply.supplier"), page.get("html.supply.evaluatedOn"),
                page.get("html.supply.evaluatedBy"), page.get("html.supply.score"), page.get("html.supply.comment"));
        for (SupplierEvaluation e : plan.evaluations()) {
            page.row("supplier-evaluation", List.of(supplierName(plan, e.supplier()), e.evaluatedOn().toString(),
                    HtmlPage.member(campaign, e.evaluatedBy(), page.texts().chinese()),
                    e.weightedScore().map(s -> Texts.number(s, false)).getOrElse(Texts.NONE),
                    e.comment().filter(c -> !c.isBlank()).orElse(Texts.NONE)), 3);
        }
        page.closeTable();
    }

    private static String supplierName(SupplyPlan plan, SupplierId id) {
        return plan.supplier(id).map(SupplierProfile::name).filter(n -> !n.isBlank()).orElse(id.value());
    }
}
