package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.risk.Cell;
import io.github.campaignkit.core.risk.HeatCell;
import io.github.campaignkit.core.risk.HeatMap;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskLevel;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.ScoredRisk;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The risk heat map (风险热力图) as SVG: one {@code g} element of class {@code heat-cell} per cell of
 * the register's matrix, likelihood rising upwards and impact rightwards, filled by the cell's
 * level and showing its score, its level and the risks rated into it; then the register sorted by
 * score, and the risks the matrix cannot place.
 */
final class HeatMapSection {

    private static final int LABEL = 96;
    private static final int TOP = 26;
    private static final int CELL_W = 128;
    private static final int CELL_H = 60;

    private HeatMapSection() {
    }

    static void write(Campaign campaign, HtmlPage page) {
        RiskRegister register = campaign.risks();
        page.openSection(ReportSection.RISKS);
        if (ReportSection.RISKS.isEmpty(campaign)) {
            page.none("html.none.risks");
            page.markup().close();
            return;
        }
        map(register, page);
        table(campaign, register, page);
        HeatMap map = register.heatMap();
        if (!map.unplaced().isEmpty()) {
            page.paragraph(page.get("html.risks.unplaced",
                    page.join(map.unplaced().stream().map(RiskId::value).collect(Collectors.toList()))), "unplaced");
        }
        page.markup().close();
    }

    static String colour(RiskLevel level) {
        switch (level) {
            case HIGH:
                return HtmlStyle.HIGH;
            case MEDIUM:
                return HtmlStyle.MEDIUM;
            default:
                return HtmlStyle.LOW;
        }
    }

    private static void map(RiskRegister register, HtmlPage page) {
        HeatMap map = register.heatMap();
        Locale locale = page.locale();
        RiskMatrix matrix = map.matrix();
        int rows = matrix.likelihood().size();
        int columns = matrix.impact().size();
        int width = LABEL + columns * CELL_W + 2;
        int height = TOP + rows * CELL_H + 22;
        Markup m = page.markup();
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "heat-map", "role", "img",
                "width", Integer.toString(width), "height", Integer.toString(height),
                "viewBox", "0 0 " + width + " " + height);
        m.element("title", page.get("html.risks.title", Integer.toString(rows), Integer.toString(columns)));
        m.element("text", page.get("html.risks.axis"), "x", "2", "y", "16", "class", "axis");
        for (int i = 1; i <= columns; i++) {
            m.element("text", matrix.impact().level(i).label(locale), "x",
                    Integer.toString(LABEL + (i - 1) * CELL_W + CELL_W / 2), "y", "18", "text-anchor", "middle");
        }
        for (int l = rows; l >= 1; l--) {
            int y = TOP + (rows - l) * CELL_H;
            m.element("text", matrix.likelihood().level(l).label(locale), "x", "4", "y",
                    Integer.toString(y + CELL_H / 2 + 4));
            for (int i = 1; i <= columns; i++) {
                cell(register, map.at(Cell.of(l, i)), LABEL + (i - 1) * CELL_W, y, page);
            }
        }
        m.element("text", page.get("html.risks.likelihood") + " ↑  " + page.get("html.risks.impact") + " →",
                "x", Integer.toString(LABEL), "y", Integer.toString(TOP + rows * CELL_H + 16), "class", "axis");
        m.close();
    }

    /**
     * A cell: its score and level, then its risks by id and scenario (R1 下雨), two lines at most,
     * the rest counted; the tooltip names every risk in full.
     */
    private static void cell(RiskRegister register, HeatCell cell, int x, int y, HtmlPage page) {
        Locale locale = page.locale();
        Markup m = page.markup();
        List<String> named = cell.risks().stream()
                .map(id -> register.find(id).map(r -> id.value() + " " + r.scenario()).orElse(id.value()))
                .collect(Collectors.toList());
        String level = cell.level().name().toLowerCase(Locale.ROOT);
        m.open("g", "class", "heat-cell level-" + level, "data-likelihood", Integer.toString(cell.cell().likelihood()),
                "data-impact", Integer.toString(cell.cell().impact()), "data-risks", Integer.toString(named.size()));
        m.element("title", page.get("html.risks.cell", cell.score().toPlainString(), cell.level().label(locale),
                named.isEmpty() ? Texts.NONE : page.join(named)));
        m.empty("rect", "x", Integer.toString(x), "y", Integer.toString(y), "width", Integer.toString(CELL_W - 2),
                "height", Integer.toString(CELL_H - 2), "fill", colour(cell.level()), "stroke", "#ffffff");
        m.element("text", cell.score().toPlainString() + " " + cell.level().label(locale), "x",
                Integer.toString(x + 6), "y", Integer.toString(y + 18), "class", "score");
        for (int i = 0; i < Math.min(2, named.size()); i++) {
            String line = i == 1 && named.size() > 2 ? page.get("html.risks.more", named.size() - 1)
                    : HtmlPage.cut(named.get(i), 12);
            m.element("text", line, "x", Integer.toString(x + 6), "y", Integer.toString(y + 34 + 16 * i),
                    "class", "risks", "font-weight", "bold");
        }
        m.close();
    }

    private static void table(Campaign campaign, RiskRegister register, HtmlPage page) {
        Locale locale = page.locale();
        RiskMatrix matrix = register.matrix();
        page.openTable("risks", page.get("html.risks.id"), page.get("html.risks.scenario"),
                page.get("html.risks.category"), page.get("html.risks.likelihood"), page.get("html.risks.impact"),
                page.get("html.risks.score"), page.get("html.risks.level"), page.get("html.risks.owner"),
                page.get("html.risks.status"));
        for (ScoredRisk s : register.scored()) {
            page.row("level-" + s.level().name().toLowerCase(Locale.ROOT), List.of(s.risk().id().value(),
                    s.risk().scenario(), s.risk().category().label(locale), matrix.likelihoodOf(s.cell()).label(locale),
                    matrix.impactOf(s.cell()).label(locale), s.score().toPlainString(), s.level().label(locale),
                    page.member(campaign, s.risk().owner()), s.risk().status().label(locale)), 5);
        }
        page.closeTable();
    }
}
