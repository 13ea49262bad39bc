package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.partner.Duty;
import io.github.campaignkit.core.partner.Partner;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.partner.PartnerRules;
import io.github.campaignkit.core.partner.RankedCandidate;
import io.github.campaignkit.core.partner.Ranking;
import io.github.campaignkit.core.partner.ScoreLine;
import io.github.campaignkit.core.partner.TieBreak;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partners (合作方评估与职责): the ranking with every score explained, one row
 * ({@code tr.candidate}) per ranked candidate with its rank, weighted total and, per criterion, the
 * raw score and its weighted contribution ({@code 9 → 2.7}), and what decided each tie; then one
 * row ({@code tr.partner}) per partner with its role, cost share, brand-exposure share, contacts
 * and decision process, the shares also drawn as two 100% bars ({@code svg.shares}, one
 * {@code rect.share} per partner in each); then each partner's duties; then what
 * {@link PartnerRules#scoring()} and {@link PartnerRules#agreement()} find. A ranking the scoring
 * problems prevent is replaced by those problems.
 */
final class PartnerSection {

    private static final int LABEL = 120;
    private static final int BAR = 480;
    private static final int ROW = 26;

    /** Fills of the partners' parts of a share bar, in plan order, repeating. */
    private static final List<String> FILLS = List.of("#5c6bc0", "#26a69a", "#ffb300", "#8d6e63", "#ab47bc",
            "#78909c");

    private PartnerSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        PartnerPlan plan = campaign.partners();
        page.openSection(ReportSection.PARTNERS);
        if (ReportSection.PARTNERS.isEmpty(campaign)) {
            page.none("html.none.partners");
            page.markup().close();
            return;
        }
        if (!plan.candidates().isEmpty()) {
            Validation<Seq<Violation>, Ranking> ranking = plan.ranking();
            if (ranking.isValid()) {
                ranking(ranking.get(), page);
            }
        }
        if (plan.partners().isEmpty()) {
            page.paragraph(page.get("partners.none"), "none");
        } else {
            partners(plan, page);
            shares(plan, page);
            duties(plan, page);
        }
        page.findings(page.get("html.findings"),
                PartnerRules.scoring().check(plan).appendAll(PartnerRules.agreement().check(plan)));
        page.markup().close();
    }

    private static void ranking(Ranking ranking, HtmlPage page) {
        Texts t = page.texts();
        Markup m = page.markup();
        m.element("h3", t.get("partners.ranking.title"));
        if (ranking.entries().isEmpty()) {
            page.paragraph(t.get("partners.ranking.none"), "none");
            return;
        }
        List<ScoreLine> columns = ranking.entries().get(0).lines();
        List<String> headers = new ArrayList<>(List.of(t.get("partners.rank"), t.get("partners.partner"),
                t.get("partners.total")));
        for (ScoreLine c : columns) {
            headers.add(t.get("partners.criterion", c.criterion(), Texts.percent(c.weight())));
        }
        page.openTable("ranking", headers.toArray(new String[0]));
        int[] numeric = new int[headers.size() - 1];
        numeric[0] = 0;
        for (int i = 1; i < numeric.length; i++) {
            numeric[i] = i + 1;
        }
        for (RankedCandidate entry : ranking.entries()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(entry.rank()), PartnerRankingRenderer.name(entry),
                    Texts.number(entry.total(), false)));
            for (ScoreLine line : entry.lines()) {
                cells.add(Texts.number(line.score(), false) + " → " + Texts.number(line.contribution(), false));
            }
            page.row(entry.rank() == 1 ? "candidate first" : "candidate", cells, numeric);
        }
        page.closeTable();
        page.paragraph(t.get("partners.legend"), "legend");
        for (int i = 1; i < ranking.entries().size(); i++) {
            RankedCandidate entry = ranking.entries().get(i);
            if (entry.placedBy() != TieBreak.TOTAL) {
                page.paragraph(t.get("partners.tie", PartnerRankingRenderer.name(ranking.entries().get(i - 1)), PartnerRankingRenderer.name(entry),
                        entry.placedBy().label(page.locale())), "tie");
            }
        }
    }

    private static void partners(PartnerPlan plan, HtmlPage page) {
        Texts t = page.texts();
        Locale locale = page.locale();
        String separator = t.chinese() ? "；" : "; ";
        page.markup().element("h3", t.get("partners.duties.title"));
        page.openTable("partners", t.get("partners.partner"), t.get("partners.role"), t.get("partners.costShare"),
                t.get("partners.exposureShare"), t.get("partners.contacts"), t.get("partners.decision"));
        for (Partner partner : plan.partners()) {
            page.row(partner.leads() ? "partner lead" : "partner", List.of(name(partner), partner.role().label(locale),
                    Texts.percent(partner.costShare()), Texts.percent(partner.exposureShare()),
                    partner.contacts().isEmpty() ? Texts.NONE : partner.contacts().stream()
                            .map(PartnerRankingRenderer::contact).collect(Collectors.joining(separator)),
                    partner.decisionProcess().isBlank() ? Texts.NONE : partner.decisionProcess()), 2, 3);
        }
        page.row("total", List.of(page.get("html.budget.total"), "", Texts.percent(plan.totalCostShare()),
                Texts.percent(plan.totalExposureShare()), "", ""), 2, 3);
        page.closeTable();
    }

    /** Two bars, cost and exposure, each split among the partners by their shares of 100. */
    private static void shares(PartnerPlan plan, HtmlPage page) {
        Markup m = page.markup();
        int width = LABEL + BAR + 2;
        int height = 2 * ROW + 8;
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "shares", "role", "img",
                "width", Integer.toString(width), "height", Integer.toString(height),
                "viewBox", "0 0 " + width + " " + height);
        m.element("title", page.get("html.partners.shares"));
        bar(plan, page, 0, page.get("partners.costShare"), "cost", Partner::costShare);
        bar(plan, page, 1, page.get("partners.exposureShare"), "exposure", Partner::exposureShare);
        m.close();
    }

    private static void bar(PartnerPlan plan, HtmlPage page, int index, String label, String kind,
                            Function<Partner, BigDecimal> share) {
        Markup m = page.markup();
        int y = 4 + index * ROW;
        m.open("g", "class", "share-bar " + kind);
        m.element("text", label, "x", "2", "y", Integer.toString(y + 15));
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < plan.partners().size(); i++) {
            Partner partner = plan.partners().get(i);
            BigDecimal value = share.apply(partner).max(BigDecimal.ZERO);
            int x = Texts.scale(before, Percentages.HUNDRED, BAR);
            int end = Texts.scale(before.add(value), Percentages.HUNDRED, BAR);
            before = before.add(value);
            m.open("g", "class", "share", "data-partner", partner.id().value());
            m.element("title", name(partner) + " " + Texts.percent(share.apply(partner)));
            m.empty("rect", "class", "share", "x", Integer.toString(LABEL + x), "y", Integer.toString(y),
                    "width", Integer.toString(end - x), "height", Integer.toString(ROW - 6),
                    "fill", FILLS.get(i % FILLS.size()), "stroke", "#ffffff");
            if (end - x >= 60) {
                m.element("text", HtmlPage.cut(partner.name(), 8) + " " + Texts.percent(share.apply(partner)),
                        "x", Integer.toString(LABEL + x + 4), "y", Integer.toString(y + 15), "fill", "#ffffff");
            }
            m.close();
        }
        m.close();
    }

    private static void duties(PartnerPlan plan, HtmlPage page) {
        Markup m = page.markup();
        Texts t = page.texts();
        for (Partner partner : plan.partners()) {
            m.open("div", "class", "duties", "data-partner", partner.id().value());
            m.element("p", t.get("partners.duties.of", partner.name(), partner.role().label(page.locale())),
                    "class", "caption");
            if (partner.duties().isEmpty()) {
                page.paragraph(Texts.NONE, "none");
            } else {
                m.open("ol");
                for (Duty duty : partner.duties()) {
                    StringBuilder text = new StringBuilder(duty.task());
                    if (!duty.deliverable().isBlank()) {
                        text.append(t.get("partners.deliverable", duty.deliverable()));
                    }
                    duty.due().ifPresent(d -> text.append(t.get("partners.due", d.toString())));
                    m.element("li", text.toString(), "class", "duty");
                }
                m.close();
            }
            m.close();
        }
    }

    private static String name(Partner partner) {
        return partner.name().isBlank() || partner.id().value().equals(partner.name()) ? partner.id().value()
                : partner.name() + " (" + partner.id().value() + ")";
    }
}
