package io.github.campaignkit.core.report;

import io.github.campaignkit.core.risk.HeatCell;
import io.github.campaignkit.core.risk.HeatMap;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.ScoredRisk;
import io.github.campaignkit.core.risk.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders a risk heat map (风险热力图) and the register sorted by score as plain text in zh-CN or
 * English. Rows run from the highest likelihood down, columns from the lowest impact across; each
 * cell shows its score, its level and the risks in it. Columns are aligned for a monospaced font
 * in which a Chinese character takes two columns.
 *
 * <pre>
 * 风险热力图（可能性 3 级 × 影响 3 级）
 * 可能性＼影响 | 低   | 中         | 高
 * 高           | 3 中 | 6 高       | 9 高
 * 中           | 2 低 | 4 中：R3   | 6 高：R1
 * 低           | 1 低 | 2 低       | 3 中：R2、R4
 * </pre>
 */
public final class RiskHeatMapRenderer {

    private RiskHeatMapRenderer() {
    }

    /**
     * The heat map as text, lines separated by {@code \n}, without a trailing line break.
     *
     * @param map    the heat map
     * @param locale the reader's language
     * @return the text
     */
    public static String render(HeatMap map, Locale locale) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(locale, "locale");
        boolean zh = isChinese(locale);
        RiskMatrix matrix = map.matrix();
        int rows = matrix.likelihood().size();
        int columns = matrix.impact().size();
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(zh ? "可能性＼影响" : "likelihood \\ impact");
        for (int i = 1; i <= columns; i++) {
            header.add(matrix.impact().level(i).label(locale));
        }
        table.add(header);
        for (int l = rows; l >= 1; l--) {
            List<String> row = new ArrayList<>();
            row.add(matrix.likelihood().level(l).label(locale));
            for (int i = 1; i <= columns; i++) {
                row.add(cell(map.at(Cell.of(l, i)), locale));
            }
            table.add(row);
        }
        StringBuilder out = new StringBuilder(zh
                ? "风险热力图（可能性 " + rows + " 级 × 影响 " + columns + " 级）"
                : "Risk heat map (likelihood " + rows + " levels × impact " + columns + " levels)");
        int[] widths = new int[columns + 1];
        for (List<String> row : table) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    line.append(" | ");
                }
                line.append(c == row.size() - 1 ? row.get(c) : DisplayWidth.padRight(row.get(c), widths[c]));
            }
            out.append('\n').append(line.toString().stripTrailing());
        }
        if (!map.unplaced().isEmpty()) {
            out.append('\n').append(zh ? "未能定位（评级不在矩阵的量表中）：" : "Not placed (ratings not on the matrix's scales): ")
                    .append(map.unplaced().stream().map(Object::toString).collect(Collectors.joining(zh ? "、" : ", ")));
        }
        return out.toString();
    }

    /**
     * The register's heat map followed by its risks sorted by score, one line each with scenario,
     * category, ratings, score, level, owner and status.
     *
     * @param register the register
     * @param locale   the reader's language
     * @return the text, lines separated by {@code \n}, without a trailing line break
     */
    public static String renderRegister(RiskRegister register, Locale locale) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(locale, "locale");
        boolean zh = isChinese(locale);
        StringBuilder out = new StringBuilder(render(register.heatMap(), locale));
        List<ScoredRisk> scored = register.scored();
        if (scored.isEmpty()) {
            return out.toString();
        }
        out.append('\n').append(zh ? "按分值排序：" : "By score:");
        int rank = 1;
        for (ScoredRisk s : scored) {
            RiskMatrix m = register.matrix();
            String owner = s.risk().owner().map(Object::toString).orElse(zh ? "未指定" : "none");
            out.append('\n').append("  ").append(rank++).append(". ").append(s.risk().id()).append(' ')
                    .append(s.risk().scenario())
                    .append(zh ? "（" + s.risk().category().label(locale) + "）" : " (" + s.risk().category().label(locale) + ")")
                    .append("  ")
                    .append(m.likelihoodOf(s.cell()).label(locale)).append(zh ? "×" : " × ")
                    .append(m.impactOf(s.cell()).label(locale)).append(" = ").append(s.score().toPlainString())
                    .append(zh ? "  等级：" : "  level: ").append(s.level().label(locale))
                    .append(zh ? "  责任人：" : "  owner: ").append(owner)
                    .append(zh ? "  状态：" : "  status: ").append(s.risk().status().label(locale));
        }
        return out.toString();
    }

    private static String cell(HeatCell cell, Locale locale) {
        boolean zh = isChinese(locale);
        String text = cell.score().toPlainString() + " " + cell.level().label(locale);
        if (cell.risks().isEmpty()) {
            return text;
        }
        return text + (zh ? "：" : ": ")
                + cell.risks().stream().map(Object::toString).collect(Collectors.joining(zh ? "、" : ", "));
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

}
