package io.github.campaignkit.core.report;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.ValueViolation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A self-contained HTML report of a campaign, in zh-CN or English: the profile, the goals, the
 * RACI matrix, the partners (ranking explained, cost and exposure shares), the channel matrix and
 * creative plan, the budget by category, the Gantt chart with its critical path, the risk heat map,
 * the supplier comparison and materials, the run of show as a timeline, the KPI dashboard with
 * progress bars and alert colours, the evaluation table, and the evaluation report with its ROI
 * and the retrospective, drawn with inline SVG and an inline style sheet, with no script and
 * nothing fetched from elsewhere.
 *
 * <pre>{@code
 * String html = HtmlReport.of(Locale.SIMPLIFIED_CHINESE).render(campaign, LocalDate.of(2024, 8, 4));
 * HtmlReport.of(Locale.ENGLISH).withSections(ReportSection.SCHEDULE, ReportSection.RISKS)
 *         .write(campaign, asOf, Path.of("report.html"));
 * }</pre>
 *
 * <p>The output is well-formed XML (the XHTML serialisation of HTML5, UTF-8): every text of the
 * campaign is escaped, and characters XML cannot hold are replaced by U+FFFD, so it can be parsed,
 * transformed or embedded as well as opened in a browser. It is deterministic: the same campaign,
 * day, language and sections give the same characters, since nothing reads a clock, a random
 * number or the default locale. Sections appear in {@link ReportSection} order whatever order
 * they were selected in. A section whose part of the campaign is empty is left out of the full
 * report; one asked for by name ({@link #withSections}), or every one after
 * {@link #withEmptySections()}, is shown and says in one line that there is nothing yet. The
 * dashboard is computed for the {@code asOf} day ({@link Campaign#dashboard(LocalDate)}), the
 * Gantt chart from the schedule's forecast with that day marked.
 *
 * <p>Instances are immutable and thread-safe; the {@code with…} methods return changed copies.
 */
public final class HtmlReport {

    private static final Set<ReportSection> ALL = Collections.unmodifiableSet(EnumSet.allOf(ReportSection.class));

    private final Locale locale;
    private final Set<ReportSection> sections;
    private final MessageRenderer messages;
    private final boolean emptyShown;

    private HtmlReport(Locale locale, Set<ReportSection> sections, MessageRenderer messages, boolean emptyShown) {
        this.locale = locale;
        this.sections = sections;
        this.messages = messages;
        this.emptyShown = emptyShown;
    }

    /**
     * A report in the given language with every section that has something to show, and the
     * standard messages.
     *
     * @param locale the reader's language: Chinese for {@code zh}, English otherwise
     * @return the report
     */
    public static HtmlReport of(Locale locale) {
        return new HtmlReport(Objects.requireNonNull(locale, "locale"), ALL, MessageRenderer.standard(), false);
    }

    /**
     * This report with only the given sections, each shown even when its part of the campaign is
     * empty.
     *
     * @param selected the sections to show, at least one
     * @return a copy
     * @throws IllegalArgumentException if none is given
     */
    public HtmlReport withSections(ReportSection... selected) {
        Objects.requireNonNull(selected, "selected");
        return withSections(Arrays.asList(selected));
    }

    /**
     * This report with only the given sections, each shown even when its part of the campaign is
     * empty.
     *
     * @param selected the sections to show, at least one
     * @return a copy
     * @throws IllegalArgumentException if the collection is empty
     */
    public HtmlReport withSections(Collection<ReportSection> selected) {
        Objects.requireNonNull(selected, "selected");
        if (selected.isEmpty()) {
            throw InvalidValueException.of(ValueViolation.EMPTY, "selected");
        }
        for (ReportSection section : selected) {
            Objects.requireNonNull(section, "selected");
        }
        return new HtmlReport(locale, Collections.unmodifiableSet(EnumSet.copyOf(selected)), messages, true);
    }

    /**
     * This report without the given sections.
     *
     * @param left the sections to leave out
     * @return a copy
     * @throws IllegalArgumentException if no section would be left
     */
    public HtmlReport without(ReportSection... left) {
        Objects.requireNonNull(left, "left");
        EnumSet<ReportSection> kept = EnumSet.copyOf(sections);
        for (ReportSection section : left) {
            kept.remove(Objects.requireNonNull(section, "left"));
        }
        if (kept.isEmpty()) {
            throw InvalidValueException.of(ValueViolation.EMPTY, "sections");
        }
        return new HtmlReport(locale, Collections.unmodifiableSet(kept), messages, emptyShown);
    }

    /**
     * This report showing its sections even when their part of the campaign is empty, each saying
     * so in one line: a skeleton of everything still to fill in.
     *
     * @return a copy
     */
    public HtmlReport withEmptySections() {
        return new HtmlReport(locale, sections, messages, true);
    }

    /**
     * This report in another language.
     *
     * @param newLocale the reader's language
     * @return a copy
     */
    public HtmlReport withLocale(Locale newLocale) {
        return new HtmlReport(Objects.requireNonNull(newLocale, "newLocale"), sections, messages, emptyShown);
    }

    /**
     * This report with another message renderer for violations and findings (one that knows an
     * application's own codes, say).
     *
     * @param renderer the message renderer
     * @return a copy
     */
    public HtmlReport withMessages(MessageRenderer renderer) {
        return new HtmlReport(locale, sections, Objects.requireNonNull(renderer, "renderer"), emptyShown);
    }

    /**
     * The report's language.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The sections shown, in report order (those with nothing to show left out unless asked for).
     *
     * @return an unmodifiable set
     */
    public Set<ReportSection> sections() {
        return sections;
    }

    /**
     * The report as of a day.
     *
     * @param campaign the campaign
     * @param asOf     the day the report is as of: the dashboard's day, the day marked on the Gantt chart
     * @return the document, lines ending in {@code \n}
     */
    public String render(Campaign campaign, LocalDate asOf) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(asOf, "asOf");
        StringBuilder out = new StringBuilder(16_384);
        Markup markup = new Markup(out);
        Set<ReportSection> shown = EnumSet.noneOf(ReportSection.class);
        for (ReportSection section : sections) {
            if (emptyShown || !section.isEmpty(campaign)) {
                shown.add(section);
            }
        }
        HtmlPage page = new HtmlPage(markup, locale, messages, asOf, shown);
        markup.raw("<!DOCTYPE html>");
        markup.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", languageTag(),
                "xml:lang", languageTag());
        markup.open("head");
        markup.empty("meta", "charset", "UTF-8");
        markup.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        markup.element("title", page.get("html.title", campaign.profile().name()));
        markup.element("style", HtmlStyle.CSS);
        markup.close();
        markup.open("body");
        markup.open("header");
        markup.element("h1", campaign.profile().name());
        if (!campaign.profile().theme().isBlank()) {
            markup.element("p", campaign.profile().theme()
                    + campaign.profile().slogan().filter(s -> !s.isBlank()).map(s -> " · " + s).orElse(""),
                    "class", "theme");
        }
        markup.element("p", page.get("html.asOf", asOf.toString(), campaign.stage().label(locale),
                campaign.heldStage().map(s -> page.get("html.held", s.label(locale))).orElse(""),
                Long.toString(campaign.revision()),
                campaign.id().value()), "class", "as-of");
        markup.close();
        markup.open("main");
        for (ReportSection section : shown) {
            section.write(campaign, page);
        }
        markup.close();
        markup.open("footer");
        markup.element("p", page.get("html.footer", asOf.toString()));
        markup.close();
        markup.close().close();
        if (markup.depth() != 0) {
            throw new IllegalStateException("unbalanced markup: " + markup.depth() + " elements left open");
        }
        return out.append('\n').toString();
    }

    /**
     * The report as of the clock's current day in the clock's zone.
     *
     * @param campaign the campaign
     * @param clock    the clock to read the day from
     * @return the document
     */
    public String render(Campaign campaign, Clock clock) {
        return render(campaign, LocalDate.now(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Appends the report as of a day to a writer, a string builder or any other appendable.
     *
     * @param campaign the campaign
     * @param asOf     the day the report is as of
     * @param out      where to append it
     * @throws IOException if the appendable fails
     */
    public void renderTo(Campaign campaign, LocalDate asOf, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.append(render(campaign, asOf));
    }

    /**
     * Writes the report as of a day to a file in UTF-8, replacing it; creates missing parent
     * folders.
     *
     * @param campaign the campaign
     * @param asOf     the day the report is as of
     * @param file     the file
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public Path write(Campaign campaign, LocalDate asOf, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String html = render(campaign, asOf);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(html);
        }
        return file;
    }

    private String languageTag() {
        return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    @Override
    public String toString() {
        return "HtmlReport[" + languageTag() + ", " + sections + (emptyShown ? ", empty sections shown" : "") + "]";
    }
}
