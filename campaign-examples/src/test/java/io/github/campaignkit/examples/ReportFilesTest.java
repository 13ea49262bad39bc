package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.json.CampaignJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's files are the same bytes however often and wherever it runs. */
class ReportFilesTest {

    @TempDir
    Path folder;

    private static Campaign run(Lang lang, Path reports) throws Exception {
        return new Promotion618(lang, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(reports);
    }

    @Test
    void runningPromotion618TwiceWritesByteIdenticalFiles() throws Exception {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        run(Lang.ZH, first);
        byte[] json = Files.readAllBytes(first.resolve("seed-000-618.json"));
        byte[] html = Files.readAllBytes(first.resolve("seed-000-618.html"));
        run(Lang.ZH, first);
        run(Lang.ZH, second);
        for (Path reports : new Path[] {first, second}) {
            assertThat(Files.readAllBytes(reports.resolve("seed-000-618.json"))).isEqualTo(json);
            assertThat(Files.readAllBytes(reports.resolve("seed-000-618.html"))).isEqualTo(html);
        }
        try (var files = Files.list(first)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("seed-000-618.html", "seed-000-618.json");
        }
    }

    @Test
    void theReportSpeaksTheScenariosLanguageAndTheDocumentDoesNot() throws Exception {
        Path zh = folder.resolve("zh");
        Path en = folder.resolve("en");
        run(Lang.ZH, zh);
        run(Lang.EN, en);
        assertThat(Files.readAllBytes(en.resolve("seed-000-618.json")))
                .isEqualTo(Files.readAllBytes(zh.resolve("seed-000-618.json")));
        assertThat(Files.readString(en.resolve("seed-000-618.html"), StandardCharsets.UTF_8))
                .contains("lang=\"en\"", "<h2>Gantt chart and critical path</h2>");
        assertThat(Files.readString(zh.resolve("seed-000-618.html"), StandardCharsets.UTF_8))
                .contains("lang=\"zh-CN\"", "<h2>执行甘特图与关键路径</h2>");
    }

    @Test
    void writesBothFilesForAnyCampaign() throws Exception {
        Campaign campaign = run(Lang.ZH, folder.resolve("run"));
        ReportFiles.Written written = ReportFiles.in(folder.resolve("a/b"), Lang.EN)
                .write("618", campaign, LocalDate.of(2024, 6, 10));
        assertThat(written.json()).isEqualTo(folder.resolve("a/b/618.json"));
        assertThat(written.html()).isEqualTo(folder.resolve("a/b/618.html"));
        assertThat(CampaignJson.standard().read(Files.readString(written.json(), StandardCharsets.UTF_8)))
                .isEqualTo(campaign);
        assertThat(Files.readString(written.html(), StandardCharsets.UTF_8)).contains("As of 2024-06-10");
    }

    @Test
    void badNamesAreRefused() {
        ReportFiles files = ReportFiles.in(folder, Lang.ZH);
        Campaign campaign = Campaign.plan(io.github.campaignkit.core.campaign.CampaignId.of("x"),
                Promotion618.draftProfile());
        LocalDate day = LocalDate.of(2024, 6, 1);
        for (String name : new String[] {"", " ", "../up", "a/b", "a\\\\b", ".hidden"}) {
            assertThatThrownBy(() -> files.write(name, campaign, day)).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name: ");
        }
        assertThatThrownBy(() -> ReportFiles.in(null, Lang.ZH)).hasMessage("folder");
        assertThatThrownBy(() -> ReportFiles.in(folder, null)).hasMessage("lang");
        assertThatThrownBy(() -> files.write("x", null, day)).hasMessage("campaign");
        assertThatThrownBy(() -> files.write("x", campaign, null)).hasMessage("asOf");
        assertThatThrownBy(() -> new ReportFiles.Written(null, folder)).hasMessage("json");
    }
}
