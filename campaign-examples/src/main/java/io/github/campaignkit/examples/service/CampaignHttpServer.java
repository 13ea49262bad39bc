package io.github.campaignkit.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.report.HtmlReport;
import io.github.campaignkit.json.CampaignJson;
import io.github.campaignkit.json.CampaignJsonException;
import io.github.campaignkit.json.ProblemDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaign service over HTTP, on the JDK's own {@code com.sun.net.httpserver}:
 *
 * <pre>
 * POST /campaigns                      a campaign document (any schema version read) → 201, Location, ETag
 * GET  /campaigns/{id}                 the document → 200, ETag: "revision"
 * POST /campaigns/{id}/commands        a command document, If-Match: "revision" → 200 {"revision": n}
 * GET  /campaigns/{id}/journal[?after=n]  the journal as JSON Lines (application/jsonl)
 * GET  /campaigns/{id}/report[?asOf=yyyy-mm-dd]  the HTML report, zh or en by Accept-Language
 * POST /campaigns/{id}/snapshots       write a snapshot now → 201 {"revision": n}
 * </pre>
 *
 * <p>Every failure is {@code application/problem+json} (RFC 9457): 409 for a stale revision (with
 * the current one as ETag) or a campaign that exists, 403 for an actor the policy does not allow, 422
 * for a command the rules refuse, 400 for a body that cannot be read (with the JSON Pointer, line and
 * column), 413 for a body over the limit, 415 for a body that is not JSON, 428 for a command without
 * If-Match, 404 and 405 for what is not here; an unexpected failure is a 500 whose body says nothing
 * of the server's insides (it is logged). Texts are Chinese unless the caller's Accept-Language
 * starts with {@code en}.
 */
public final class CampaignHttpServer implements AutoCloseable {

    /** The media type of a journal as JSON Lines. */
    public static final String JSON_LINES = "application/jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(CampaignHttpServer.class);
    private static final Pattern PATH = Pattern.compile("/campaigns(?:/([^/]+)(?:/(commands|journal|report|snapshots))?)?/?");
    private static final Pattern REVISION = Pattern.compile("(?:W/)?\"?([0-9]{1,18})\"?");

    private final CampaignService service;
    private final CampaignJson json;
    private final Clock clock;
    private final int maxBodyBytes;
    private final HttpServer server;
    private final ExecutorService threads;

    /**
     * Starts a server.
     *
     * @param service      the campaigns served
     * @param json         how documents and commands are read and written
     * @param clock        what "today" is for a report without {@code asOf}
     * @param port         the port, 0 for any free one
     * @param threads      how many requests are handled at once
     * @param maxBodyBytes the longest request body accepted
     * @throws IOException if the port cannot be bound
     */
    public CampaignHttpServer(CampaignService service, CampaignJson json, Clock clock, int port, int threads,
                              int maxBodyBytes) throws IOException {
        this.service = Objects.requireNonNull(service, "service");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxBodyBytes = maxBodyBytes;
        // Headers and body go out as two writes; without TCP_NODELAY, Nagle's algorithm holds the body
        // until the client's delayed ACK, some 40 ms a request. Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        this.threads = Executors.newFixedThreadPool(threads);
        server.setExecutor(this.threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * The address the server listens on.
     *
     * @return for example {@code http://127.0.0.1:40123}
     */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stops accepting requests, lets those under way finish, and releases the threads. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Locale locale = locale(exchange);
        try {
            route(exchange, locale);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            if (exchange.getResponseCode() < 0) { // nothing answered yet
                problem(exchange, Problem.INTERNAL, locale, "服务器内部错误，已记录", "The server failed; the failure is logged");
            }
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, Locale locale) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
        if (!path.matches()) {
            notFound(exchange, locale);
            return;
        }
        if (path.group(1) == null) {
            if (allowed(exchange, locale, "POST")) {
                create(exchange, locale);
            }
            return;
        }
        Optional<CampaignId> id = campaignId(path.group(1));
        if (id.isEmpty()) {
            notFound(exchange, locale);
            return;
        }
        String part = path.group(2);
        if (part == null) {
            if (allowed(exchange, locale, "GET")) {
                document(exchange, locale, id.get());
            }
        } else if (part.equals("commands")) {
            if (allowed(exchange, locale, "POST")) {
                command(exchange, locale, id.get());
            }
        } else if (part.equals("journal")) {
            if (allowed(exchange, locale, "GET")) {
                journal(exchange, locale, id.get());
            }
        } else if (part.equals("report")) {
            if (allowed(exchange, locale, "GET")) {
                report(exchange, locale, id.get());
            }
        } else if (allowed(exchange, locale, "POST")) {
            Optional<Campaign> snapshotted = service.snapshot(id.get());
            if (snapshotted.isEmpty()) {
                notFound(exchange, locale);
            } else {
                revision(exchange, 201, snapshotted.get().revision());
            }
        }
    }

    // ---- endpoints ---------------------------------------------------------------------------

    private void create(HttpExchange exchange, Locale locale) throws IOException {
        Optional<byte[]> body = body(exchange, locale);
        if (body.isEmpty()) {
            return;
        }
        Campaign campaign;
        try {
            campaign = json.read(body.get());
        } catch (CampaignJsonException e) {
            send(exchange, ProblemDetails.of(e), locale);
            return;
        }
        if (!service.create(campaign)) {
            problem(exchange, Problem.EXISTS, locale, "已有同一编号的活动：" + campaign.id().value(),
                    "A campaign with this id exists: " + campaign.id().value());
            return;
        }
        exchange.getResponseHeaders().set("Location", "/campaigns/"
                + java.net.URLEncoder.encode(campaign.id().value(), StandardCharsets.UTF_8).replace("+", "%20"));
        revision(exchange, 201, campaign.revision());
    }

    private void document(HttpExchange exchange, Locale locale, CampaignId id) throws IOException {
        Optional<Campaign> campaign = service.campaign(id);
        if (campaign.isEmpty()) {
            notFound(exchange, locale);
            return;
        }
        exchange.getResponseHeaders().set("ETag", etag(campaign.get().revision()));
        send(exchange, 200, "application/json", json.writeBytes(campaign.get()));
    }

    private void command(HttpExchange exchange, Locale locale, CampaignId id) throws IOException {
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        if (ifMatch == null) {
            problem(exchange, Problem.PRECONDITION_REQUIRED, locale,
                    "指令须带 If-Match 请求头，写明所依据的版本号", "A command needs If-Match with the revision it is based on");
            return;
        }
        Matcher revision = REVISION.matcher(ifMatch.trim());
        if (!revision.matches()) {
            problem(exchange, Problem.BAD_REQUEST, locale, "If-Match 不是版本号：" + ifMatch,
                    "If-Match is not a revision: " + ifMatch);
            return;
        }
        Optional<byte[]> body = body(exchange, locale);
        if (body.isEmpty()) {
            return;
        }
        CampaignCommand command;
        try {
            command = json.readCommand(body.get()).basedOn(Long.parseLong(revision.group(1)));
        } catch (CampaignJsonException e) {
            send(exchange, ProblemDetails.of(e), locale);
            return;
        }
        CampaignService.Outcome outcome = service.execute(id, command);
        if (outcome instanceof CampaignService.Outcome.Done done) {
            revision(exchange, 200, done.campaign().revision());
        } else if (outcome instanceof CampaignService.Outcome.Refused refused) {
            exchange.getResponseHeaders().set("ETag", etag(refused.current().revision()));
            send(exchange, ProblemDetails.of(refused.refusal()), locale);
        } else {
            notFound(exchange, locale);
        }
    }

    private void journal(HttpExchange exchange, Locale locale, CampaignId id) throws IOException {
        if (service.campaign(id).isEmpty()) {
            notFound(exchange, locale);
            return;
        }
        long after;
        try {
            after = query(exchange, "after").map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            problem(exchange, Problem.BAD_REQUEST, locale, "after 须为版本号", "after must be a revision");
            return;
        }
        java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
        json.writeJournal(service.store().journal(id, after), lines);
        send(exchange, 200, JSON_LINES, lines.toByteArray());
    }

    private void report(HttpExchange exchange, Locale locale, CampaignId id) throws IOException {
        Optional<Campaign> campaign = service.campaign(id);
        if (campaign.isEmpty()) {
            notFound(exchange, locale);
            return;
        }
        String html;
        try {
            Optional<LocalDate> asOf = query(exchange, "asOf").map(LocalDate::parse);
            html = asOf.isPresent() ? HtmlReport.of(locale).render(campaign.get(), asOf.get())
                    : HtmlReport.of(locale).render(campaign.get(), clock);
        } catch (DateTimeParseException e) {
            problem(exchange, Problem.BAD_REQUEST, locale, "asOf 须为日期，如 2024-08-10",
                    "asOf must be a date such as 2024-08-10");
            return;
        }
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    // ---- pieces ------------------------------------------------------------------------------

    private boolean allowed(HttpExchange exchange, Locale locale, String method) throws IOException {
        if (exchange.getRequestMethod().equals(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        problem(exchange, Problem.METHOD_NOT_ALLOWED, locale, "此处只接受 " + method,
                "Only " + method + " is allowed here");
        return false;
    }

    /** The request's body, when it is JSON and not over the limit; otherwise answered with a problem. */
    private Optional<byte[]> body(HttpExchange exchange, Locale locale) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            problem(exchange, Problem.UNSUPPORTED_MEDIA_TYPE, locale, "请求内容须为 application/json，收到："
                    + (type == null ? "无" : type), "The body must be application/json, not " + (type == null ? "none" : type));
            return Optional.empty();
        }
        InputStream in = exchange.getRequestBody();
        byte[] bytes = in.readNBytes(maxBodyBytes + 1);
        if (bytes.length > maxBodyBytes) {
            problem(exchange, Problem.TOO_LARGE, locale, "请求内容超过 " + maxBodyBytes + " 字节",
                    "The body is longer than " + maxBodyBytes + " bytes");
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    private static Optional<CampaignId> campaignId(String raw) {
        try {
            return Optional.of(CampaignId.of(URLDecoder.decode(raw, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return Optional.of(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static Locale locale(HttpExchange exchange) {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Language");
        return accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    private static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    private void notFound(HttpExchange exchange, Locale locale) throws IOException {
        problem(exchange, Problem.NOT_FOUND, locale, "没有这个地址或活动：" + exchange.getRequestURI().getPath(),
                "No such address or campaign: " + exchange.getRequestURI().getPath());
    }

    private static void revision(HttpExchange exchange, int status, long revision) throws IOException {
        exchange.getResponseHeaders().set("ETag", etag(revision));
        send(exchange, status, "application/json",
                ("{\"revision\":" + revision + "}").getBytes(StandardCharsets.UTF_8));
    }

    /** The problems of the service's own, each with its status and its title in both languages. */
    private enum Problem {
        BAD_REQUEST(400, "bad-request", "请求有误", "Bad request"),
        NOT_FOUND(404, "not-found", "找不到", "Not found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "不支持此方法", "Method not allowed"),
        EXISTS(409, "exists", "活动已存在", "The campaign exists"),
        TOO_LARGE(413, "too-large", "请求内容过长", "The request's body is too long"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "内容类型不对", "Unsupported media type"),
        PRECONDITION_REQUIRED(428, "precondition-required", "缺少 If-Match", "If-Match required"),
        INTERNAL(500, "internal", "服务器内部错误", "Internal server error");

        final int status;
        final String type;
        final String zh;
        final String en;

        Problem(int status, String type, String zh, String en) {
            this.status = status;
            this.type = type;
            this.zh = zh;
            this.en = en;
        }
    }

    /** Answers with a problem of the service's own: its title, and this occurrence's detail, in the caller's language. */
    private static void problem(HttpExchange exchange, Problem problem, Locale locale, String zh, String en)
            throws IOException {
        boolean chinese = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        send(exchange, ProblemDetails.of(problem.status, problem.type, chinese ? problem.zh : problem.en,
                chinese ? zh : en), locale);
    }

    private static void send(HttpExchange exchange, ProblemDetails problem, Locale locale) throws IOException {
        send(exchange, problem.status(), ProblemDetails.MEDIA_TYPE, problem.toJson(locale).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
