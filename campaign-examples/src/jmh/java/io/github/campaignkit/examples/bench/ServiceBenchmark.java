package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.campaign.Accepted;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.examples.BackToSchool;
import io.github.campaignkit.examples.service.CampaignHttpServer;
import io.github.campaignkit.examples.service.CampaignService;
import io.github.campaignkit.examples.service.CampaignServiceExample;
import io.github.campaignkit.examples.service.CampaignStore;
import io.github.campaignkit.examples.service.SqlDialect;
import io.github.campaignkit.json.CampaignJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * A command's round trip through the service example on H2 in file mode: the client writes the
 * command as JSON and POSTs it with If-Match; the server reads it, executes it on the campaign it
 * holds, inserts its journal row and answers with the new revision (a snapshot every 100 revisions,
 * written beside). Each client owns one of eight campaigns, so that {@code eightClients} measures
 * commands side by side rather than retries. {@code held} is how many observations each campaign
 * holds before the first measured command: compare {@code held=100000} with {@code held=0} (the
 * cost must not grow with the campaign). Sample mode reports p50 and p99; throughput is the number
 * of threads over the mean.
 * {@code mvn -B -DskipTests -Pbench package -pl campaign-examples -Dbench.args="ServiceBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ServiceBenchmark {

    private static final MetricId EXPOSURE = MetricId.of("exposure");
    private static final LocalDate DAY = LocalDate.of(2024, 8, 1);
    private static final int CAMPAIGNS = 8;
    private static final CampaignJson JSON = CampaignJson.standard();

    /** How many observations each campaign holds before the measured commands. */
    @Param({"0", "100000"})
    public int held;

    private Path folder;
    private JdbcConnectionPool pool;
    private CampaignService service;
    private CampaignHttpServer server;
    private final AtomicInteger clients = new AtomicInteger();

    /** Starts the service on a new database holding eight campaigns of {@code held} observations. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        folder = Files.createTempDirectory("campaign-service-bench");
        pool = CampaignServiceExample.database(folder);
        service = new CampaignService(new CampaignStore(pool, SqlDialect.H2, JSON), Lifecycle.standard(),
                Clock.systemUTC(), CampaignServiceExample.SNAPSHOT_EVERY);
        Clock clock = Clock.fixed(Instant.parse("2024-08-01T12:00:00Z"), ZoneOffset.UTC);
        Lifecycle lifecycle = Lifecycle.standard();
        Campaign campaign = lifecycle.apply(Campaign.plan(CampaignId.of("bench-0"), BackToSchool.profile()),
                CampaignCommand.by(BackToSchool.ZHANG, GoalChange.ReviseGoals.of(BackToSchool.goals())), clock).get();
        for (int i = 0; i < held; i++) {
            Accepted accepted = lifecycle.execute(campaign, command("广告位" + i), clock).get();
            campaign = accepted.campaign();
        }
        for (int c = 0; c < CAMPAIGNS; c++) {
            service.create(Campaign.builder().from(campaign).id(CampaignId.of("bench-" + c)).build());
        }
        server = new CampaignHttpServer(service, JSON, Clock.systemUTC(), 0, 8, 1 << 20);
    }

    /** Stops the service and deletes the database. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        server.close();
        service.close();
        pool.dispose();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static CampaignCommand command(String channel) {
        return CampaignCommand.by(BackToSchool.ZHANG, KpiChange.RecordObservations.of(Observation.of(EXPOSURE,
                Channel.of(channel), DAY, BigDecimal.valueOf(1000 + channel.length()), "广告平台实时接口")));
    }

    /** One client: its own campaign, the revision it last saw, and a counter for new observations. */
    @State(Scope.Thread)
    public static class Client {
        /** One HTTP client for all, as a service's callers share one: its connections are pooled. */
        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private URI commands;
        private int client;
        private long revision;
        private int sent;

        /** Takes the next campaign. */
        @Setup(Level.Trial)
        public void join(ServiceBenchmark bench) {
            client = bench.clients.getAndIncrement() % CAMPAIGNS;
            CampaignId id = CampaignId.of("bench-" + client);
            commands = bench.server.address().resolve("/campaigns/" + id.value() + "/commands");
            revision = bench.service.campaign(id).orElseThrow().revision();
        }

        /** Sends one command and checks it was accepted. */
        long send() throws IOException, InterruptedException {
            String body = JSON.writeCommand(command("客户端" + client + "-" + sent++));
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(commands)
                    .header("Content-Type", "application/json").header("If-Match", "\"" + revision + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            revision++;
            return revision;
        }
    }

    /**
     * One client sending one command at a time.
     *
     * @param client the client
     * @return the new revision
     * @throws Exception if the command is not accepted
     */
    @Benchmark
    @Threads(1)
    public long oneClient(Client client) throws Exception {
        return client.send();
    }

    /**
     * Eight clients at once, each on its own campaign.
     *
     * @param client this thread's client
     * @return the new revision
     * @throws Exception if the command is not accepted
     */
    @Benchmark
    @Threads(8)
    public long eightClients(Client client) throws Exception {
        return client.send();
    }
}
