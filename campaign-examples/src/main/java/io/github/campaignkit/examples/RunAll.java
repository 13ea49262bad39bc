package io.github.campaignkit.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs every example in turn and writes their documents under {@code target/campaign-reports/}.
 * Chinese by default; {@code --lang en} for English.
 */
public final class RunAll {

    private RunAll() {
    }

    /**
     * Runs every example.
     *
     * @param args {@code --lang zh|en}
     * @throws Exception if an example fails
     */
    public static void main(String[] args) throws Exception {
        Lang lang = Lang.fromArgs(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path reports = Path.of("target", "campaign-reports");
        new Promotion618(lang, out).run(reports);
        out.println();
        new CampusTracking(lang, out).run();
        new BackToSchool(lang, out).run(reports);
        new BackToSchoolGantt(lang, out).run();
        out.println();
        new QuickStart(out).run();
        out.println();
        new CampusRiskPlan(lang, out).run(reports);
        out.println();
        new CoBrand(lang, out).run(reports);
        new LaunchEvent(lang, out).run(reports);
        out.println();
        new BackToSchoolCampaign(lang, out).run(reports);
    }
}
