package io.github.campaignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one command of README: every example in order, readable in both languages, four reports written. */
class RunAllTest {

    /** An enum constant's name as Java spells it, or a stage or level the reader should see translated. */
    private static final Pattern RAW_ENUM = Pattern.compile(
            "\\b[A-Z]{2,}_[A-Z_]+\\b|\\b(PLANNING|PREPARATION|EXECUTION|REVIEW|CLOSED|ON_HOLD|CANCELLED|HIGH|MEDIUM|LOW"
                    + "|CRITICAL|WARNING|NORMAL|DRAFT|SUBMITTED|APPROVED|REJECTED|MET|NOT_MET)\\b");

    /** Object.toString's class@hash. */
    private static final Pattern IDENTITY = Pattern.compile("[A-Za-z]@[0-9a-f]{5,}");

    @TempDir
    Path folder;

    private String run(Lang lang, List<Path> written) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        written.addAll(new RunAll(lang, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(folder));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsTheFourSeedScenariosFirstThenTheFocusedExamplesThenTheQuickStart() throws Exception {
        List<Path> written = new java.util.ArrayList<>();
        String out = run(Lang.ZH, written);
        assertThat(out).containsSubsequence("第一部分 · 四个种子活动", "== 种子 000：品牌618促销活动",
                "== 种子 004：开学季·青春焕新计划，从目标到明年的模板 ==", "== 种子 003：跨行业联名活动",
                "== 种子 002：智启未来·2024新品发布会", "第二部分 · 种子 004 专题示例",
                "== 种子 004：开学季·青春焕新计划（目标、数据看板与效果评估）==", "（执行分工与跟踪）", "执行甘特图 ==",
                "风险预案表 ==", "第三部分 · 快速上手", "== README 中的快速上手", "第四部分 · 嵌入服务",
                "-- 推进阶段：规则不允许（422）", "  422 ETag \"0\" application/problem+json", "  403 ETag \"1\"",
                "  409 ETag \"1\"", "  200 ETag \"2\"", "  400 application/problem+json", "  415 application/problem+json",
                "读回：品牌618促销活动 · 策划 · 第 2 版（快照在第 2 版）", "HTML 报告（用浏览器打开）");
        assertThat(written).containsExactly(folder.resolve("seed-000-618.html"),
                folder.resolve("seed-004-back-to-school-campaign.html"), folder.resolve("seed-003-cobrand.html"),
                folder.resolve("seed-002-launch.html"));
        for (Path html : written) {
            assertThat(html).exists();
            assertThat(html.resolveSibling(html.getFileName().toString().replace(".html", ".json"))).exists();
            assertThat(out).contains("  " + html);
        }
        readable(out);
    }

    @Test
    void speaksEnglishOnRequestWithEveryCommandReadingAsASentence() throws Exception {
        List<Path> written = new java.util.ArrayList<>();
        String out = run(Lang.EN, written);
        assertThat(out).containsSubsequence("Part 1 · The four seed campaigns", "== Seed 000:", "== Seed 004:",
                "== Seed 003:", "== Seed 002:", "Part 2 · Focused seed 004 examples", "Part 3 · Quick start",
                "HTML reports (open them in a browser)");
        assertThat(out).contains("✓ zhang.jingli revised the profile (revision 4)",
                "✓ zhang.jingli advanced the stage, planning → preparation (revision 14)",
                "✗ li.cehua asked to advance the campaign; refused because:",
                "✓ head.market signed the goals for a department, 市场部 (revision 3)",
                "Budget CNY 150,000.00, contingency 6.67%", "Budget: draft CNY 70,000.00");
        assertThat(out).doesNotContain(" of: ", "for: ", " on: ", " in: ", "（版本", "预算总额");
        readable(out);
        assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8)).contains("lang=\"en\"");
    }

    /** No Java spelling reaches the reader: no null, no Optional, no class or enum names. */
    private static void readable(String out) {
        assertThat(out).doesNotContain("null", "Optional[", "Optional.empty", "io.github", "Campaign[", "{0}");
        // A response body of the service example is printed as it came back: JSON for programs, whose
        // constants (a severity, a command type) are names, not prose.
        assertThat(out.lines().filter(line -> !line.startsWith("    {"))
                .filter(line -> RAW_ENUM.matcher(line).find() || IDENTITY.matcher(line).find()))
                .isEmpty();
    }
}
