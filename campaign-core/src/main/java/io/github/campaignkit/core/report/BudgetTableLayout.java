package io.github.campaignkit.core.report;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.internal.Exact;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
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
            throw InvalidValueException.of(ValueViolation.SIZE, "cells", cells.length, rightAligned.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** The table: the first row, a rule of dashes, then the other rows; lines end in {@code \n}. */
    String render() {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = rows.get(r)[c];
                String pad = " ".repeat(widths[c] - DisplayWidth.of(cell));
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

    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** An amount with grouping and the currency's fraction digits: {@code 12,000.00}. */
    static String amount(Money money) {
        return String.format(Locale.ROOT, "%,." + Money.fractionDigits(money.currency()) + "f", money.amount());
    }

    /** A percentage without trailing zeros: {@code 25%}, {@code 7.35%}, {@code 42.5%}. */
    static String percent(BigDecimal value) {
        return Exact.shortest(value).toPlainString() + "%";
    }

    /** The currency as a column header says it: {@code 元} for CNY in Chinese, the code otherwise. */
    static String currencyName(Currency currency, Locale locale) {
        return isChinese(locale) && currency.getCurrencyCode().equals("CNY") ? "元" : currency.getCurrencyCode();
    }
}
