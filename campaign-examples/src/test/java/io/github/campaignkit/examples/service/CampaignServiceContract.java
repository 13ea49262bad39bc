package io.github.campaignkit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.JournalEntry;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import io.github.campaignkit.json.CampaignJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service over real HTTP on a real database, the same tests for each database the store runs
 * on ({@link H2ServiceTest}, {@link PostgresServiceTest}): every endpoint and every way a request
 * goes wrong answers as documented; eight clients writing one campaign at once lose nothing and
 * store nothing twice; a killed service comes back with the same state; two services on one
 * database never both store a revision; the 0.1.0 documents import.
 */
abstract class CampaignServiceContract {

    private static final CampaignJson JSON = CampaignJson.standard();
    private static final MemberId LEAD = Seed004Kpi.ZHANG;
    private static final CampaignId ID = Seed004Kpi.campaign().id();

    @TempDir
    Path folder;

    private JdbcConnectionPool pool;
    private CampaignService service;
    private CampaignHttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The database's dialect. */
    abstract SqlDialect dialect();

    /** A pool of connections to an empty database; for a file database, in the folder. */
    abstract JdbcConnectionPool open(Path folder) throws Exception;

    /** How a service process started for the kill test finds the same database: its arguments. */
    abstract List<String> processArguments(Path folder);

    @BeforeEach
    void start() throws Exception {
        pool = open(folder);
        service = new CampaignService(new CampaignStore(pool, dialect(), JSON), Lifecycle.standard(),
                Clock.systemUTC(), 100);
        server = new CampaignHttpServer(service, JSON, Clock.systemUTC(), 0, 8, 64 * 1024);
    }

    @AfterEach
    void stop() {
        server.close();
        service.close();
        pool.dispose();
    }

    private URI uri(String path) {
        return server.address().resolve(path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String ifMatch, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).GET().build());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"urn:campaignkit:problem:" + type + "\"")
                .contains("\"status\":" + status).doesNotContain("Exception", "\tat ", "io.github");
    }

    private static String observation(int client, int i) {
        Observation o = Observation.of(Seed004Kpi.EXPOSURE, Channel.of("渠道" + client + "-" + i / 11),
                Seed004Kpi.WINDOW.start().plusDays(i % 11), BigDecimal.valueOf(100 + i), "后台导出");
        return JSON.writeCommand(CampaignCommand.by(LEAD, KpiChange.RecordObservations.of(o)));
    }

    @Test
    void everyEndpointAnswersAsDocumented() throws Exception {
        String document = JSON.write(Seed004Kpi.campaign());
        HttpResponse<String> created = post("/campaigns", null, document);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/campaigns/" + ID.value());
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        assertProblem(post("/campaigns", null, document), 409, "exists");

        String path = "/campaigns/" + ID.value();
        HttpResponse<String> read = get(path, "zh");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.read(read.body())).isEqualTo(Seed004Kpi.campaign());

        HttpResponse<String> accepted = post(path + "/commands", "\"0\"", observation(0, 0));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).isEqualTo("{\"revision\":1}");
        assertThat(accepted.headers().firstValue("ETag")).hasValue("\"1\"");

        HttpResponse<String> stale = post(path + "/commands", "\"0\"", observation(0, 1));
        assertProblem(stale, 409, "stale-revision");
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(stale.body()).contains("\"pointer\":\"/command/basedOnRevision\"");
        assertProblem(post(path + "/commands", "1", JSON.writeCommand(CampaignCommand.by(MemberId.of("visitor"),
                KpiChange.RevisePlan.from(Seed004Kpi.kpi())))), 403, "access-denied");
        assertProblem(post(path + "/commands", "1", observation(0, 0)), 422, "refused"); // the same row again
        HttpResponse<String> malformed = post(path + "/commands", "1", observation(0, 2).replace("\"value\":\"102\"",
                "\"value\":102.5"));
        assertProblem(malformed, 400, "malformed");
        assertThat(malformed.body()).contains("\"pointer\":\"/command/change/observations/0/value\"", "\"line\":1");
        assertProblem(post(path + "/commands", "1", "{\"schemaVersion\":2,\"command\":{\"actor\":\"zhang\","
                + "\"change\":{\"type\":\"kpi.teleport\"}}}"), 400, "malformed");
        assertProblem(post(path + "/commands", "1", "{\"schemaVersion\":2,"), 400, "malformed");
        assertProblem(post(path + "/commands", null, observation(0, 2)), 428, "precondition-required");
        assertProblem(post(path + "/commands", "soon", observation(0, 2)), 400, "bad-request");
        assertProblem(post(path + "/commands", "1", "{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}"), 413, "too-large");
        assertProblem(send(HttpRequest.newBuilder(uri(path + "/commands")).header("If-Match", "1")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("advance")).build()),
                415, "unsupported-media-type");
        assertProblem(post("/campaigns/nobody/commands", "1", observation(0, 2)), 404, "not-found");
        assertProblem(get("/campaigns/nobody", "zh"), 404, "not-found");
        assertProblem(get("/elsewhere", "zh"), 404, "not-found");
        HttpResponse<String> wrongMethod = get(path + "/commands", "en");
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(wrongMethod.body()).contains("\"title\":\"Method not allowed\"");

        HttpResponse<String> journal = get(path + "/journal", "zh");
        assertThat(journal.headers().firstValue("Content-Type")).hasValue(CampaignHttpServer.JSON_LINES);
        Journal entries = JSON.readJournal(new StringReader(journal.body()));
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.last().orElseThrow().command().change()).isInstanceOf(KpiChange.RecordObservations.class);
        assertThat(get(path + "/journal?after=1", "zh").body()).isEmpty();

        HttpResponse<String> zh = get(path + "/report?asOf=2024-08-04", "zh-CN,zh;q=0.9");
        assertThat(zh.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(zh.body()).contains("lang=\"zh-CN\"", "开学季");
        assertThat(get(path + "/report?asOf=2024-08-04", "en-US").body()).contains("lang=\"en\"");
        assertProblem(get(path + "/report?asOf=yesterday", "en"), 400, "bad-request");

        HttpResponse<String> snapshot = post(path + "/snapshots", null, "");
        assertThat(snapshot.statusCode()).isEqualTo(201);
        assertThat(service.store().latestSnapshotRevision(ID)).hasValue(1L);
    }

    /** A failure inside (here, the database gone) is a 500 whose body says nothing of the server's insides. */
    @Test
    void aFailureInsideIsA500ThatShowsNothingOfTheInsides() throws Exception {
        assertThat(post("/campaigns", null, JSON.write(Seed004Kpi.campaign())).statusCode()).isEqualTo(201);
        pool.dispose();
        HttpResponse<String> failed = post("/campaigns/" + ID.value() + "/commands", "0", observation(1, 0));
        assertProblem(failed, 500, "internal");
        assertThat(failed.body()).doesNotContain("SQL", "pool", "Store", "jdbc");
    }

    /**
     * Eight clients record 1,000 observations each on one campaign at once, each command based on
     * the revision the client last saw: a stale one is answered 409 with the current revision, and
     * the client retries on it. Every accepted command is in the journal exactly once, in revision
     * order, and the final document holds every observation once.
     */
    @Test
    void eightClientsWritingOneCampaignLoseNothingAndStoreNothingTwice() throws Exception {
        assertThat(post("/campaigns", null, JSON.write(Seed004Kpi.campaign())).statusCode()).isEqualTo(201);
        int clients = 8;
        int each = 1_000;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<Long> revisions = new ArrayList<>();
                String seen = "\"0\"";
                for (int i = 0; i < each; i++) {
                    String body = observation(client + 1, i);
                    while (true) {
                        HttpResponse<String> answer = post("/campaigns/" + ID.value() + "/commands", seen, body);
                        seen = answer.headers().firstValue("ETag").orElseThrow();
                        if (answer.statusCode() == 200) {
                            revisions.add(Long.parseLong(seen.replace("\"", "")));
                            break;
                        }
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                        conflicts.incrementAndGet();
                    }
                }
                return revisions;
            }));
        }
        Set<Long> accepted = new HashSet<>();
        for (Future<List<Long>> result : results) {
            for (long revision : result.get(5, TimeUnit.MINUTES)) {
                assertThat(accepted.add(revision)).as("revision %d acknowledged twice", revision).isTrue();
            }
        }
        pool.shutdown();
        assertThat(accepted).hasSize(clients * each);
        assertThat(conflicts.get()).as("the clients did meet each other").isPositive();

        Journal journal = service.store().journal(ID, 0);
        assertThat(journal.size()).isEqualTo(clients * each);
        assertThat(journal.entries().map(JournalEntry::revision).toJavaList())
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, clients * each).boxed().collect(Collectors.toList()));
        Campaign last = JSON.read(get("/campaigns/" + ID.value(), "zh").body());
        List<Observation> observations = last.kpi().observations().stream()
                .filter(o -> o.channel().name().startsWith("渠道")).collect(Collectors.toList());
        assertThat(observations).hasSize(clients * each).doesNotHaveDuplicates();
        assertThat(service.store().load(ID).orElseThrow()).isEqualTo(last);
        service.close(); // the snapshots are written by a thread of their own: wait for them
        assertThat(service.store().latestSnapshotRevision(ID)).hasValueSatisfying(revision ->
                assertThat(revision).isBetween((long) clients * each - 100, (long) clients * each));
    }

    /**
     * A service killed mid-life (the process ended with SIGKILL, nothing closed) comes back, opened
     * on the same file, with every acknowledged command: the latest snapshot and the commands after it.
     */
    @Test
    void aKilledServiceComesBackWithTheSameState() throws Exception {
        Path database = Files.createDirectories(folder.resolve("killed"));
        List<String> process = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServiceProcess.class.getName(), "40"));
        process.addAll(processArguments(database));
        Process child = new ProcessBuilder(process).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String port = Stream.generate(() -> readLine(lines)).filter(l -> l == null || l.startsWith("PORT "))
                    .findFirst().orElseThrow();
            assertThat(port).as("the child process started").isNotNull();
            URI base = URI.create("http://127.0.0.1:" + port.substring(5));
            HttpRequest create = HttpRequest.newBuilder(base.resolve("/campaigns")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.write(Seed004Kpi.campaign()), StandardCharsets.UTF_8)).build();
            assertThat(send(create).statusCode()).isEqualTo(201);
            for (int i = 0; i < 130; i++) {
                HttpRequest command = HttpRequest.newBuilder(base.resolve("/campaigns/" + ID.value() + "/commands"))
                        .header("Content-Type", "application/json").header("If-Match", String.valueOf(i))
                        .POST(HttpRequest.BodyPublishers.ofString(observation(1, i), StandardCharsets.UTF_8)).build();
                assertThat(send(command).statusCode()).isEqualTo(200);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        JdbcConnectionPool reopened = reopen(database);
        try {
            CampaignStore store = new CampaignStore(reopened, dialect(), JSON);
            // snapshots are written beside the commands: the one at 120 may have been cut short by the kill
            assertThat(store.latestSnapshotRevision(ID)).hasValueSatisfying(r -> assertThat(r).isIn(80L, 120L));
            Campaign back = store.load(ID).orElseThrow();
            assertThat(back.revision()).isEqualTo(130);
            assertThat(back.kpi().observations().stream().filter(o -> o.channel().name().startsWith("渠道")).count())
                    .isEqualTo(130);
            assertThat(back).isEqualTo(store.journal(ID, 0).replayOnto(Seed004Kpi.campaign()).get());
        } finally {
            reopened.dispose();
        }
    }

    /** A new pool on the database the killed process used. */
    abstract JdbcConnectionPool reopen(Path folder);

    private static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Two services on one database, each holding the campaign: the one whose copy is behind finds
     * out from the journal's primary key, answers 409 with the current revision, catches up by
     * replaying what the other stored, and accepts the retry.
     */
    @Test
    void twoServicesOnOneDatabaseNeverBothStoreARevision() {
        CampaignService other = new CampaignService(new CampaignStore(pool, dialect(), JSON), Lifecycle.standard(),
                Clock.systemUTC(), 100);
        assertThat(service.create(Seed004Kpi.campaign())).isTrue();
        assertThat(other.campaign(ID)).hasValueSatisfying(c -> assertThat(c.revision()).isZero());
        CampaignCommand first = JSON.readCommand(observation(1, 0)).basedOn(0);
        assertThat(service.execute(ID, first)).isInstanceOf(CampaignService.Outcome.Done.class);

        CampaignService.Outcome lost = other.execute(ID, JSON.readCommand(observation(2, 0)));
        assertThat(lost).isInstanceOfSatisfying(CampaignService.Outcome.Refused.class, refused -> {
            assertThat(refused.refusal().codes()).containsExactly("campaign.lifecycle.stale-revision");
            assertThat(refused.current().revision()).isEqualTo(1);
        });
        assertThat(other.execute(ID, JSON.readCommand(observation(2, 0)).basedOn(1)))
                .isInstanceOf(CampaignService.Outcome.Done.class);
        // the first service is behind now; a command based on the newer revision catches it up
        assertThat(service.execute(ID, JSON.readCommand(observation(1, 1)).basedOn(2)))
                .isInstanceOfSatisfying(CampaignService.Outcome.Done.class, done -> assertThat(done.campaign().revision()).isEqualTo(3));
        assertThat(service.store().journal(ID, 0).size()).isEqualTo(3);
        assertThat(service.campaign(ID)).isEqualTo(other.store().load(ID));
        other.close();
    }

    /** Documents written by 0.1.0 import as a campaign's first snapshot and read back unchanged. */
    @Test
    void aVersionOneDocumentImportsAsTheFirstSnapshot() throws Exception {
        Path fixtures = Path.of("..", "..", "shared", "fixtures", "schema-v1");
        if (!Files.isDirectory(fixtures)) {
            fixtures = Path.of("..", "shared", "fixtures", "schema-v1");
        }
        List<Path> documents;
        try (Stream<Path> files = Files.list(fixtures)) {
            documents = files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(documents).hasSize(6);
        Set<CampaignId> seen = new HashSet<>();
        for (Path document : documents) {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            Campaign campaign = JSON.read(text);
            HttpResponse<String> created = post("/campaigns", null, text);
            if (!seen.add(campaign.id())) {
                assertProblem(created, 409, "exists"); // two fixtures of seed 004 share an id
                continue;
            }
            assertThat(created.statusCode()).as(document.toString()).isEqualTo(201);
            assertThat(created.headers().firstValue("ETag")).hasValue("\"" + campaign.revision() + "\"");
            String location = created.headers().firstValue("Location").orElseThrow();
            assertThat(JSON.read(get(location, "zh").body())).isEqualTo(campaign);
        }
    }
}
