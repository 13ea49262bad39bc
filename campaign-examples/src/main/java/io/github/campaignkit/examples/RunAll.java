package io.github.campaignkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Runs every example in turn and writes their documents and HTML reports under a folder
 * ({@code target/campaign-reports/} from the command line). Chinese by default; {@code --lang en}
 * for English.
 *
 * <p>First the four seed scenarios, each taking one kind of campaign through its life
 * ({@link Promotion618}, {@link BackToSchoolCampaign}, {@link CoBrand}, {@link LaunchEvent}), each
 * writing {@code <name>.json} and {@code <name>.html}; then the focused seed 004 examples
 * ({@link BackToSchool}, {@link CampusTracking}, {@link BackToSchoolGantt}, {@link CampusRiskPlan});
 * then README's {@link QuickStart}. Each scenario prints its own heading; this class adds the parts'
 * headings, the separators and, at the end, the list of HTML reports written. Every day and time
 * comes from the scenarios' fixed clocks, so two runs write the same files.
 */
public final class RunAll {

    private static final String RULE = "=".repeat(72);
    private static final String SEPARATOR = "-".repeat(72);

    private final Lang lang;
    private final PrintStream out;

    /**
     * All the examples, printing in a language to a stream.
     *
     * @param lang the language
     * @param out  where to print
     */
    public RunAll(Lang lang, PrintStream out) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Runs every example.
     *
     * @param args {@code --lang zh|en}
     * @throws IOException if a document or a report cannot be written
     */
    public static void main(String[] args) throws IOException {
        Lang lang = Lang.fromArgs(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new RunAll(lang, out).run(Path.of("target", "campaign-reports"));
    }

    /**
     * Runs every example, writing into a folder.
     *
     * @param reports the folder for the campaign documents and the HTML reports, created when missing
     * @return the HTML reports of the four seed scenarios, in the order they ran
     * @throws IOException if a document or a report cannot be written
     */
    public List<Path> run(Path reports) throws IOException {
        Objects.requireNonNull(reports, "reports");
        out.println(lang.pick("campaignkit 示例：四个种子活动从策划到复盘，另附种子 004 的专题示例与快速上手。",
                "campaignkit examples: four seed campaigns from planning to review, then focused seed 004 "
                        + "examples and the quick start."));
        out.println(lang.pick("活动文档（JSON）与 HTML 报告写入 ", "Campaign documents (JSON) and HTML reports go to ")
                + reports + lang.pick("；英文输出请加 --lang en。", "; Chinese is the default, without --lang en."));

        part(lang.pick("第一部分 · 四个种子活动", "Part 1 · The four seed campaigns"));
        new Promotion618(lang, out).run(reports);
        next();
        new BackToSchoolCampaign(lang, out).run(reports);
        next();
        new CoBrand(lang, out).run(reports);
        next();
        new LaunchEvent(lang, out).run(reports);

        part(lang.pick("第二部分 · 种子 004 专题示例", "Part 2 · Focused seed 004 examples"));
        new BackToSchool(lang, out).run(reports);
        next();
        new CampusTracking(lang, out).run();
        next();
        new BackToSchoolGantt(lang, out).run();
        next();
        new CampusRiskPlan(lang, out).run(reports);

        part(lang.pick("第三部分 · 快速上手", "Part 3 · Quick start"));
        out.println(lang.pick("== README 中的快速上手（原样照录，输出为中文）==",
                "== The quick start of README.md, verbatim (it prints in Chinese) =="));
        new QuickStart(out).run();

        part(lang.pick("第四部分 · 嵌入服务：HTTP + 数据库", "Part 4 · Embedded in a service: HTTP and a database"));
        new io.github.campaignkit.examples.service.CampaignServiceExample(lang, out).run(reports.resolve("campaign-service"));

        List<Path> written = List.of(reports.resolve(Promotion618.FILES + ".html"),
                reports.resolve(BackToSchoolCampaign.FILES + ".html"), reports.resolve(CoBrand.FILES + ".html"),
                reports.resolve(LaunchEvent.FILES + ".html"));
        part(lang.pick("HTML 报告（用浏览器打开）", "HTML reports (open them in a browser)"));
        written.forEach(file -> out.println("  " + file));
        return written;
    }

    private void part(String title) {
        out.println();
        out.println(RULE);
        out.println(title);
        out.println(RULE);
        out.println();
    }

    private void next() {
        out.println();
        out.println(SEPARATOR);
        out.println();
    }
}
