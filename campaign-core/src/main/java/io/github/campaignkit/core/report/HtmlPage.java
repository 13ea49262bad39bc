package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One report being written: the markup, the reader's words, the message renderer and the day the
 * report is as of, with the helpers every section shares (headings, "none" lines, tables, lists
 * of findings, names of members, pixel arithmetic without floating point).
 */
final class HtmlPage {

    private final Markup markup;
    private final Texts texts;
    private final MessageRenderer messages;
    private final LocalDate asOf;
    private final java.util.Set<ReportSection> sections;

    HtmlPage(Markup markup, Locale locale, MessageRenderer messages, LocalDate asOf,
             java.util.Set<ReportSection> sections) {
        this.markup = markup;
        this.texts = new Texts(locale);
        this.messages = messages;
        this.asOf = asOf;
        this.sections = sections;
    }

    /** Whether the report shows a section, so that another need not repeat what it draws. */
    boolean shows(ReportSection section) {
        return sections.contains(section);
    }

    Markup markup() {
        return markup;
    }

    Texts texts() {
        return texts;
    }

    Locale locale() {
        return texts.locale();
    }

    LocalDate asOf() {
        return asOf;
    }

    /** The text of a key of the report bundle. */
    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** Opens a section: {@code <section id="…" class="section"><h2>label</h2>}. */
    void openSection(ReportSection section) {
        String id = section.name().toLowerCase(Locale.ROOT);
        markup.open("section", "id", id, "class", "section " + id);
        markup.element("h2", section.label(locale()));
    }

    /** The explicit line a section shows when its part of the campaign is empty. */
    void none(String key) {
        markup.element("p", get(key), "class", "none");
    }

    /** A paragraph of plain text with a class. */
    void paragraph(String text, String cssClass) {
        markup.element("p", text, "class", cssClass);
    }

    /** Opens a table with a header row. */
    void openTable(String cssClass, String... headers) {
        markup.open("table", "class", cssClass);
        markup.open("thead").open("tr");
        for (String header : headers) {
            markup.element("th", header, "scope", "col");
        }
        markup.close().close();
        markup.open("tbody");
    }

    /** Closes a table opened by {@link #openTable}. */
    void closeTable() {
        markup.close().close();
    }

    /** A body row of plain cells, numeric columns (by index) right-aligned. */
    void row(String cssClass, List<String> cells, int... numeric) {
        if (cssClass.isEmpty()) {
            markup.open("tr");
        } else {
            markup.open("tr", "class", cssClass);
        }
        for (int c = 0; c < cells.size(); c++) {
            if (contains(numeric, c)) {
                markup.element("td", cells.get(c), "class", "num");
            } else {
                markup.element("td", cells.get(c));
            }
        }
        markup.close();
    }

    /** A list of findings, each described with its path, under a caption; nothing when there are none. */
    void findings(String caption, Iterable<Violation> found) {
        if (!found.iterator().hasNext()) {
            return;
        }
        markup.open("div", "class", "findings");
        markup.element("p", caption, "class", "caption");
        markup.open("ul");
        // The severity and the message in prose; the path, for tools, in an attribute.
        for (Violation v : found) {
            markup.element("li", "[" + v.severity().label(locale()) + "] " + messages.message(v, locale()),
                    "class", v.isError() ? "error" : "warning", "data-path", v.path());
        }
        markup.close().close();
    }

    /** A violation's message without its path. */
    String message(Violation violation) {
        return messages.message(violation, locale());
    }

    /** A member as a reader knows them: see {@link MemberNames}. */
    static String member(Campaign campaign, MemberId id, boolean zh) {
        return MemberNames.name(campaign.team(), id, zh);
    }

    /** A member's name alone, for texts that already sit in brackets; the id when not in the team. */
    static String name(Campaign campaign, MemberId id) {
        return MemberNames.plain(campaign.team(), id);
    }

    String member(Campaign campaign, Optional<MemberId> id) {
        return id.map(m -> member(campaign, m, texts.chinese())).orElse(Texts.NONE);
    }

    /** Joins texts with the language's list separator. */
    String join(List<String> parts) {
        return parts.isEmpty() ? Texts.NONE : String.join(texts.chinese() ? "、" : ", ", parts);
    }

    /** Cuts a text to at most {@code max} code points, ending it with an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
