package io.github.campaignkit.examples;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.report.HtmlReport;
import io.github.campaignkit.json.CampaignJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes what a scenario leaves behind, side by side in one folder: its campaign document
 * ({@code <name>.json}, by {@link CampaignJson}, indented) and its HTML report
 * ({@code <name>.html}, by {@link HtmlReport}, in the scenario's language). Both are
 * deterministic: the same campaign, day and language give byte-identical files, so a scenario
 * run twice leaves the folder unchanged.
 *
 * <pre>{@code
 * ReportFiles.in(reports, lang).write("seed-000-618", campaign, LocalDate.of(2024, 6, 25));
 * }</pre>
 *
 * <p>Immutable and thread-safe (the files themselves are not locked).
 */
public final class ReportFiles {

    private static final CampaignJson JSON = CampaignJson.standard().withIndentation(true);

    private final Path folder;
    private final Lang lang;

    private ReportFiles(Path folder, Lang lang) {
        this.folder = folder;
        this.lang = lang;
    }

    /**
     * Files written into a folder, the report in a language.
     *
     * @param folder the folder, created when missing
     * @param lang   the report's language
     * @return the writer
     */
    public static ReportFiles in(Path folder, Lang lang) {
        return new ReportFiles(Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(lang, "lang"));
    }

    /**
     * The two files written for one scenario.
     *
     * @param json the campaign document
     * @param html the HTML report
     */
    public record Written(Path json, Path html) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Written {
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(html, "html");
        }
    }

    /**
     * Writes {@code <name>.json} and {@code <name>.html}, replacing earlier ones, in UTF-8.
     *
     * @param name     the files' name without extension, e.g. {@code seed-000-618}
     * @param campaign the campaign
     * @param asOf     the day the report is as of (the dashboard's day, the day marked on the Gantt
     *                 chart); a scenario passes a fixed day, never today's
     * @return the two files
     * @throws IOException              if the folder or the report cannot be written
     * @throws io.github.campaignkit.json.CampaignJsonException if the document cannot be written
     * @throws IllegalArgumentException if the name is blank or is not a plain file name
     */
    public Written write(String name, Campaign campaign, LocalDate asOf) throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(asOf, "asOf");
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("name: a plain file name without extension expected, not '" + name + "'");
        }
        Files.createDirectories(folder);
        Path json = folder.resolve(name + ".json");
        JSON.write(campaign, json);
        Path html = HtmlReport.of(lang.locale()).write(campaign, asOf, folder.resolve(name + ".html"));
        return new Written(json, html);
    }
}
