package io.github.campaignkit.core.report;

import io.github.campaignkit.core.budget.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the budget renderers' tables: columns padded to the widest cell by display width (a
 * Chinese character takes two columns of a terminal), cells separated by {@code " | "}, numbers
 * right-aligned.
 */
final class BudgetTableLayout {

    static final String NONE = "-";

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    BudgetTableLayout(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    BudgetTableLayout row(String... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("cells: " + cells.length + " for " + rightAligned.length + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    /** The table: the first row, a rule of dashes, then the other rows; lines end in {@code \n}. */
    String render() {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = rows.get(r)[c];
                String pad = " ".repeat(widths[c] - width(cell));
                if (c > 0) {
                    line.append(" | ");
                }
                line.append(rightAligned[c] ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w;
                }
                out.append("-".repeat(total + 3 * (widths.length - 1))).append('\n');
            }
        }
        return out.toString();
    }

    /** The number of terminal columns a text takes: two for East Asian wide characters. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** An amount with grouping and the currency's fraction digits: {@code 12,000.00}. */
    static String amount(Money money) {
        return String.format(Locale.ROOT, "%,." + Money.fractionDigits(money.currency()) + "f", money.amount());
    }

    /** A percentage without trailing zeros: {@code 25%}, {@code 7.35%}, {@code 42.5%}. */
    static String percent(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
    }

    /** The currency as a column header says it: {@code 元} for CNY in Chinese, the code otherwise. */
    static String currencyName(Currency currency, Locale locale) {
        return isChinese(locale) && currency.getCurrencyCode().equals("CNY") ? "元" : currency.getCurrencyCode();
    }
}
