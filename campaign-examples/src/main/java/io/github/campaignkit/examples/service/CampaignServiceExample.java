package io.github.campaignkit.examples.service;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.ProfileChange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.examples.Lang;
import io.github.campaignkit.examples.Promotion618;
import io.github.campaignkit.json.CampaignJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The campaign service on a real database, driven by a scripted client: the seed 000 promotion is
 * created over HTTP, changed by commands, refused for each reason a service meets (rules, access, a
 * stale revision, a broken body, a wrong content type), and read back as a document, a journal in
 * JSON Lines and an HTML report. Then the service is stopped and a new one opened on the same
 * database file reads the same campaign from its snapshot and the commands after it.
 *
 * <p>The database is H2 in file mode under the given folder ({@code campaign-service.mv.db}), so
 * nothing is installed by hand. {@code --serve} keeps the service running on port 8080 (or
 * {@code --port N}) for a browser or curl, after the script, until the process is stopped.
 */
public final class CampaignServiceExample {

    /** The id the script creates. */
    public static final CampaignId ID = CampaignId.of("2024-618");
    /** Write a snapshot after this many revisions at the least (further apart for a large campaign). */
    public static final int SNAPSHOT_EVERY = 100;

    private static final MemberId LEAD = Promotion618.LEAD;

    private final Lang lang;
    private final PrintStream out;
    private final CampaignJson json = CampaignJson.standard();
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * An example that prints in a language.
     *
     * @param lang the language
     * @param out  where it prints
     */
    public CampaignServiceExample(Lang lang, PrintStream out) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Runs the script; with {@code --serve}, keeps the service running afterwards.
     *
     * @param args {@code --lang zh|en}, {@code --serve}, {@code --port N}
     * @throws IOException if the database folder or the port cannot be used
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = List.of(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CampaignServiceExample example = new CampaignServiceExample(Lang.fromArgs(args), out);
        Path folder = Path.of("target", "campaign-service");
        example.run(folder);
        if (options.contains("--serve")) {
            int at = options.indexOf("--port");
            int port = at >= 0 && at + 1 < options.size() ? Integer.parseInt(options.get(at + 1)) : 8080;
            example.serve(folder, port);
        }
    }

    /**
     * The H2 database file {@code campaign-service} in a folder and a pool of connections to it,
     * created when missing.
     *
     * @param folder the database's folder
     * @return the pool; {@code dispose()} it when done
     */
    public static JdbcConnectionPool database(Path folder) {
        // WRITE_DELAY=0: a command is on disk when its insert returns, so a killed service loses none.
        return JdbcConnectionPool.create("jdbc:h2:file:" + folder.toAbsolutePath().resolve("campaign-service")
                + ";WRITE_DELAY=0", "sa", "");
    }

    /**
     * Runs the script against a new database in the folder (an old one there is replaced).
     *
     * @param folder where the database file goes, created when missing
     * @return the campaign as the reopened service read it
     * @throws IOException if the folder or a port cannot be used
     */
    public Campaign run(Path folder) throws IOException {
        out.println(lang.pick("== 活动服务：HTTP 接口 + H2 数据库（文件模式），脚本客户端逐步调用 ==",
                "== The campaign service: HTTP in front, H2 (file mode) behind, driven by a scripted client =="));
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        JdbcConnectionPool pool = database(folder);
        try (CampaignService service = new CampaignService(new CampaignStore(pool, SqlDialect.H2, json),
                Lifecycle.standard(), Clock.systemUTC(), SNAPSHOT_EVERY);
             CampaignHttpServer server = new CampaignHttpServer(service, json, Clock.systemUTC(), 0, 4, 1 << 20)) {
            script(server.address());
        } finally {
            pool.dispose();
        }

        step(lang.pick("重启：在同一数据库文件上打开新的服务，由快照与其后的指令恢复活动",
                "Restart: a new service on the same database file rebuilds the campaign from its snapshot and the commands after it"));
        JdbcConnectionPool reopened = database(folder);
        try {
            CampaignStore store = new CampaignStore(reopened, SqlDialect.H2, json);
            Campaign campaign = store.load(ID).orElseThrow();
            out.println(lang.pick("  读回：", "  read back: ") + campaign.profile().name() + " · "
                    + campaign.stage().label(lang.locale()) + lang.pick(" · 第 ", " · revision ") + campaign.revision()
                    + lang.pick(" 版（快照在第 ", " (snapshot at revision ")
                    + store.latestSnapshotRevision(ID).orElseThrow() + lang.pick(" 版）", ")"));
            return campaign;
        } finally {
            reopened.dispose();
        }
    }

    /**
     * Serves the database in the folder until the process is stopped.
     *
     * @param folder the database's folder
     * @param port   the port
     * @throws IOException if the port cannot be bound
     * @throws InterruptedException when interrupted
     */
    public void serve(Path folder, int port) throws IOException, InterruptedException {
        JdbcConnectionPool pool = database(folder);
        CampaignService service = new CampaignService(new CampaignStore(pool, SqlDialect.H2, json),
                Lifecycle.standard(), Clock.systemUTC(), SNAPSHOT_EVERY);
        CampaignHttpServer server = new CampaignHttpServer(service, json, Clock.systemUTC(), port, 8, 1 << 20);
        out.println(lang.pick("服务运行中：", "Serving at ") + server.address() + "/campaigns/" + ID.value()
                + lang.pick("（Ctrl-C 停止）", " (Ctrl-C stops it)"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            service.close();
            pool.dispose();
        }));
        Thread.currentThread().join();
    }

    private void script(URI base) {
        URI campaigns = base.resolve("/campaigns");
        URI commands = base.resolve("/campaigns/" + ID.value() + "/commands");

        step(lang.pick("创建活动：POST /campaigns，正文为活动文档（策划稿）", "Create: POST /campaigns with the draft's document"));
        show(post(campaigns, null, json.write(Campaign.plan(ID, Promotion618.draftProfile()))));

        step(lang.pick("推进阶段：规则不允许（422），问题详情逐条列出原因", "Advance: the rules refuse it (422), every reason listed"));
        show(post(commands, "\"0\"", json.writeCommand(CampaignCommand.advance(LEAD))));

        step(lang.pick("完善活动资料：接受（200），新版本号在 ETag 中", "Complete the profile: accepted (200), the new revision in the ETag"));
        show(post(commands, "\"0\"", json.writeCommand(CampaignCommand.by(LEAD,
                ProfileChange.ReviseProfile.of(Promotion618.completeProfile())))));

        step(lang.pick("组建团队：非团队成员无权操作（403）", "Form the team: someone not on it may not (403)"));
        String team = json.writeCommand(CampaignCommand.by(MemberId.of("visitor"), TeamChange.ReviseTeam.of(Promotion618.team())));
        show(post(commands, "\"1\"", team));

        step(lang.pick("组建团队：依据的版本已过时（409），客户端按 ETag 重试", "Form the team on an old revision (409); the client retries with the ETag"));
        String byLead = json.writeCommand(CampaignCommand.by(LEAD, TeamChange.ReviseTeam.of(Promotion618.team())));
        HttpResponse<String> stale = post(commands, "\"0\"", byLead);
        show(stale);
        show(post(commands, stale.headers().firstValue("ETag").orElseThrow(), byLead));

        step(lang.pick("无法读取的指令：未知类型（400），指出位置", "An unreadable command: an unknown type (400), with where"));
        show(post(commands, "\"2\"", "{\"schemaVersion\":2,\"command\":{\"actor\":\"zhang.jingli\",\"change\":{\"type\":\"stage.teleport\"}}}"));

        step(lang.pick("内容类型不对（415）", "The wrong content type (415)"));
        show(send(HttpRequest.newBuilder(commands).header("If-Match", "\"2\"").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("advance")).build()));

        step(lang.pick("读日志：GET …/journal（JSON Lines，每行一条指令）", "Read the journal: GET …/journal (JSON Lines, one command a line)"));
        HttpResponse<String> journal = send(HttpRequest.newBuilder(base.resolve("/campaigns/" + ID.value() + "/journal")).GET().build());
        out.println("  " + journal.statusCode() + " " + journal.headers().firstValue("Content-Type").orElse("") + " · "
                + journal.body().lines().count() + lang.pick(" 行", " lines"));
        journal.body().lines().forEach(line -> out.println("    " + cut(line, 150)));

        step(lang.pick("按需写快照：POST …/snapshots", "A snapshot on demand: POST …/snapshots"));
        show(send(HttpRequest.newBuilder(base.resolve("/campaigns/" + ID.value() + "/snapshots"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()));

        step(lang.pick("读报告：GET …/report（中文；Accept-Language: en 为英文）", "Read the report: GET …/report (Chinese; English with Accept-Language: en)"));
        HttpResponse<String> report = send(HttpRequest.newBuilder(base.resolve("/campaigns/" + ID.value() + "/report?asOf=2024-06-01"))
                .header("Accept-Language", lang.locale().toLanguageTag()).GET().build());
        out.println("  " + report.statusCode() + " " + report.headers().firstValue("Content-Type").orElse("") + " · "
                + report.body().length() + lang.pick(" 个字符，标题：", " characters, title: ") + title(report.body()));

        step(lang.pick("读文档：GET /campaigns/2024-618", "Read the document: GET /campaigns/2024-618"));
        HttpResponse<String> document = send(HttpRequest.newBuilder(base.resolve("/campaigns/" + ID.value())).GET().build());
        out.println("  " + document.statusCode() + " ETag " + document.headers().firstValue("ETag").orElse("") + " · "
                + cut(document.body(), 110));
    }

    private HttpResponse<String> post(URI uri, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Accept-Language", lang.locale().toLanguageTag())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Prints a response as it came back: the status, the ETag, the content type and the body. */
    private void show(HttpResponse<String> response) {
        StringBuilder line = new StringBuilder("  ").append(response.statusCode());
        response.headers().firstValue("ETag").ifPresent(etag -> line.append(" ETag ").append(etag));
        response.headers().firstValue("Content-Type").ifPresent(type -> line.append(" ").append(type));
        out.println(line);
        if (!response.body().isEmpty()) {
            out.println("    " + cut(response.body(), 420));
        }
    }

    private void step(String title) {
        out.println();
        out.println("-- " + title);
    }

    private static String title(String html) {
        int start = html.indexOf("<title>");
        int end = html.indexOf("</title>");
        return start < 0 || end < start ? "" : html.substring(start + "<title>".length(), end);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }
}
