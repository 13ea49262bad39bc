package io.github.campaignkit.core.report;

import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * A monospaced table: columns padded to the widest cell by display width (East Asian wide and
 * full-width characters count as two columns), separated by two spaces, with a rule under the
 * header. Numeric columns are right-aligned.
 */
final class TextTable {

    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers, boolean... right) {
        this.headers = List.copyOf(headers);
        this.right = new boolean[headers.size()];
        System.arraycopy(right, 0, this.right, 0, Math.min(right.length, this.right.length));
    }

    TextTable add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw InvalidValueException.of(ValueViolation.SIZE, "cells", cells.size(), headers.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = DisplayWidth.of(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        for (int c = 0; c < widths.length; c++) {
            out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.append('\n');
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - DisplayWidth.of(cell));
            line.append(c == 0 ? "" : "  ").append(right[c] ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

}
