package io.github.campaignkit.core.report;

/**
 * The report's inline style sheet. It holds no {@code <}, {@code >} or {@code &}, so it reads the
 * same in the XML and the HTML serialisation; SVG shapes carry their colours as attributes too,
 * so the charts keep them where the style sheet is stripped.
 */
final class HtmlStyle {

    /** The colour of a critical task's bar. */
    static final String CRITICAL = "#d32f2f";
    /** The colour of another task's bar. */
    static final String TASK = "#5c6bc0";
    /** The colour of a finished task's bar. */
    static final String DONE = "#9e9e9e";
    /** The shade of a day off. */
    static final String DAY_OFF = "#eeeeee";
    /** The colour of the as-of line. */
    static final String AS_OF = "#ff6f00";
    /** The grey of tracks, grid lines and axes. */
    static final String GRID = "#bdbdbd";
    /** A campaign phase's band under the Gantt chart. */
    static final String PHASE = "#e3f2fd";
    /** The colour of planned amounts. */
    static final String PLANNED = "#5c6bc0";
    /** The colour of actual amounts. */
    static final String ACTUAL = "#26a69a";

    /** The fill of a low-risk cell. */
    static final String LOW = "#c8e6c9";
    /** The fill of a medium-risk cell. */
    static final String MEDIUM = "#ffe082";
    /** The fill of a high-risk cell. */
    static final String HIGH = "#ef9a9a";
    /** The colour of a normal dashboard row. */
    static final String NORMAL = "#43a047";
    /** The colour of a dashboard row in warning. */
    static final String WARNING = "#f9a825";
    /** The colour of a critical dashboard row. */
    static final String ALERT = "#e53935";

    static final String CSS = String.join("\n",
            "",
            "body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Helvetica Neue\",Arial,sans-serif;"
                    + "margin:2em auto;max-width:1200px;padding:0 1em;color:#212121;line-height:1.5}",
            "h1{margin-bottom:0.2em}h2{border-bottom:2px solid #5c6bc0;padding-bottom:0.2em;margin-top:2em}",
            ".theme{font-size:1.2em;color:#3949ab;margin:0}.as-of{color:#616161}",
            "table{border-collapse:collapse;margin:0.8em 0;font-size:0.92em}",
            "th,td{border:1px solid #e0e0e0;padding:0.3em 0.6em;text-align:left;vertical-align:top}",
            // Headings (编号, 负责人) and first columns (a channel, a task) never break inside a word.
            "th{background:#f5f5f5;white-space:nowrap}td.num{text-align:right;white-space:nowrap}",
            "td:first-child{word-break:keep-all;overflow-wrap:normal}",
            "tr.subtotal td{background:#fafafa;font-style:italic}tr.total td{font-weight:bold;background:#f5f5f5}",
            "tr.critical td:first-child{border-left:4px solid " + CRITICAL + "}",
            ".none{color:#757575;font-style:italic}.caption{margin-bottom:0.2em;font-weight:bold}",
            ".findings li.error{color:#c62828}.findings li.warning{color:#8d6e00}",
            "td.alert-normal{background:#e8f5e9}td.alert-warning{background:#fff8e1}td.alert-critical{background:#ffebee}",
            "tr.met td:first-child{border-left:4px solid #43a047}tr.missed td:first-child{border-left:4px solid #e53935}",
            "svg{display:block;margin:0.6em 0;max-width:100%;height:auto;font-size:12px}",
            "svg.progress{display:inline-block;margin:0;vertical-align:middle}",
            ".legend span{display:inline-block;margin-right:1.2em}",
            ".swatch{display:inline-block;width:0.9em;height:0.9em;margin-right:0.3em;vertical-align:middle}",
            "footer{margin-top:3em;color:#9e9e9e;font-size:0.85em}",
            "");

    private HtmlStyle() {
    }
}
