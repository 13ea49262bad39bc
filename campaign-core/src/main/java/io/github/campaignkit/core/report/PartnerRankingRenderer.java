package io.github.campaignkit.core.report;

import io.github.campaignkit.core.partner.Contact;
import io.github.campaignkit.core.partner.Duty;
import io.github.campaignkit.core.partner.Partner;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.partner.RankedCandidate;
import io.github.campaignkit.core.partner.Ranking;
import io.github.campaignkit.core.partner.ScoreLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders a partner ranking (合作方评估排名) with every score explained: one line per candidate with
 * its rank, weighted total and, per criterion, the raw score and its weighted contribution
 * ({@code 9 → 2.7}: weight × score ÷ 100), then what decided each tie; and the partners'
 * duties list (合作方职责清单): role, duties, contacts, decision process, cost share and brand-exposure
 * share. Immutable and thread-safe.
 */
public final class PartnerRankingRenderer {

    private static final PartnerRankingRenderer STANDARD = new PartnerRankingRenderer();

    private PartnerRankingRenderer() {
    }

    /**
     * The renderer.
     *
     * @return the shared instance
     */
    public static PartnerRankingRenderer standard() {
        return STANDARD;
    }

    /**
     * The ranking: a title, one line per candidate, a legend, and a line per tie broken.
     *
     * @param ranking the ranking
     * @param locale  the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String render(Ranking ranking, Locale locale) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        StringBuilder out = new StringBuilder(t.get("partners.ranking.title")).append('\n');
        if (ranking.entries().isEmpty()) {
            return out.append(t.get("partners.ranking.none")).append('\n').toString();
        }
        List<ScoreLine> columns = ranking.entries().get(0).lines();
        List<String> headers = new ArrayList<>(List.of(t.get("partners.rank"), t.get("partners.partner"),
                t.get("partners.total")));
        boolean[] right = new boolean[3 + columns.size()];
        right[0] = true;
        right[2] = true;
        for (int i = 0; i < columns.size(); i++) {
            ScoreLine c = columns.get(i);
            headers.add(t.get("partners.criterion", c.criterion(), Texts.percent(c.weight())));
            right[3 + i] = true;
        }
        TextTable table = new TextTable(headers, right);
        for (RankedCandidate entry : ranking.entries()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(entry.rank()), name(entry),
                    Texts.number(entry.total(), false)));
            for (ScoreLine line : entry.lines()) {
                cells.add(Texts.number(line.score(), false) + " → " + Texts.number(line.contribution(), false));
            }
            table.add(cells);
        }
        out.append(table.render()).append(t.get("partners.legend")).append('\n');
        for (int i = 1; i < ranking.entries().size(); i++) {
            RankedCandidate entry = ranking.entries().get(i);
            if (entry.placedBy() != io.github.campaignkit.core.partner.TieBreak.TOTAL) {
                out.append(t.get("partners.tie", name(ranking.entries().get(i - 1)), name(entry),
                        entry.placedBy().label(locale))).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The partners' duties list (合作方职责清单): per partner its role, cost share, exposure share,
     * contacts and decision process, then its duties.
     *
     * @param plan   the partner plan
     * @param locale the reader's language
     * @return the text, lines ending in {@code \n}
     */
    public String renderPartners(PartnerPlan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locale, "locale");
        Texts t = new Texts(locale);
        StringBuilder out = new StringBuilder(t.get("partners.duties.title")).append('\n');
        if (plan.partners().isEmpty()) {
            return out.append(t.get("partners.none")).append('\n').toString();
        }
        String separator = t.chinese() ? "；" : "; ";
        TextTable table = new TextTable(List.of(t.get("partners.partner"), t.get("partners.role"),
                t.get("partners.costShare"), t.get("partners.exposureShare"), t.get("partners.contacts"),
                t.get("partners.decision")), false, false, true, true);
        for (Partner partner : plan.partners()) {
            table.add(List.of(partner.id().value().equals(partner.name()) ? partner.name()
                            : partner.name() + " (" + partner.id().value() + ")",
                    partner.role().label(locale), Texts.percent(partner.costShare()),
                    Texts.percent(partner.exposureShare()),
                    partner.contacts().isEmpty() ? Texts.NONE : partner.contacts().stream()
                            .map(PartnerRankingRenderer::contact).collect(Collectors.joining(separator)),
                    partner.decisionProcess().isBlank() ? Texts.NONE : partner.decisionProcess()));
        }
        out.append(table.render());
        for (Partner partner : plan.partners()) {
            out.append(t.get("partners.duties.of", partner.name(), partner.role().label(locale))).append('\n');
            if (partner.duties().isEmpty()) {
                out.append("  ").append(Texts.NONE).append('\n');
            }
            for (int i = 0; i < partner.duties().size(); i++) {
                Duty duty = partner.duties().get(i);
                out.append("  ").append(i + 1).append(". ").append(duty.task());
                if (!duty.deliverable().isBlank()) {
                    out.append(t.get("partners.deliverable", duty.deliverable()));
                }
                duty.due().ifPresent(d -> out.append(t.get("partners.due", d.toString())));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A candidate as the ranking names it: {@code 健康品牌 (P2)}, or the id alone. */
    static String name(RankedCandidate entry) {
        return entry.name().isBlank() || entry.name().equals(entry.id().value()) ? entry.id().value()
                : entry.name() + " (" + entry.id().value() + ")";
    }

    /** A contact on one line: name, title, how to reach them. */
    static String contact(Contact contact) {
        StringBuilder text = new StringBuilder(contact.name());
        if (!contact.title().isBlank()) {
            text.append(' ').append(contact.title());
        }
        if (!contact.reach().isBlank()) {
            text.append(' ').append(contact.reach());
        }
        return text.toString();
    }
}
