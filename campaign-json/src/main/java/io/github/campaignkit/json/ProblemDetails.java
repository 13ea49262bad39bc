package io.github.campaignkit.json;

import io.github.campaignkit.core.campaign.LifecycleViolation;
import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.NamedId;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Refusal} as problem details (RFC 9457, {@code application/problem+json}), for a
 * service that answers a refused command over HTTP. The caller tells the three kinds of refusal
 * apart by {@link #status()} and {@link #type()}, without parsing prose:
 *
 * <ul>
 * <li>{@code urn:campaignkit:problem:stale-revision}, 409: the command was based on an older
 *     revision; reload and retry;</li>
 * <li>{@code urn:campaignkit:problem:access-denied}, 403: the access policy does not let the actor
 *     issue it;</li>
 * <li>{@code urn:campaignkit:problem:closed}, 409: the campaign is closed or cancelled;</li>
 * <li>{@code urn:campaignkit:problem:refused}, 422: the campaign's rules or gates refuse it.</li>
 * </ul>
 *
 * <p>A request whose body cannot be read ({@link #of(CampaignJsonException)}) is one more kind:
 * {@code urn:campaignkit:problem:malformed}, 400, or {@code urn:campaignkit:problem:too-large},
 * 413, when the body is longer than the reader's bound; its one violation carries the reader's
 * stable code, the JSON Pointer of the offending value, its line and column, and the reason.
 *
 * <p>Besides {@code type}, {@code title}, {@code status} and {@code detail} (every violation's
 * message, in the language asked for), the document carries {@code violations}: for each its
 * stable {@code code}, {@code severity}, the model's {@code path}, a JSON {@code pointer} (into the
 * campaign document, {@code /campaign/goals/results/0/actual}, or into the command document for
 * {@code actor}, {@code basedOnRevision} and {@code change…}: {@code /command/change/reason}), its {@code arguments} as text (an id
 * with its name as {@code {"id","name"}}, an enumeration constant by name, a decimal in plain
 * notation) and its {@code message}.
 *
 * <pre>{@code
 * Either<Refusal, Campaign> result = lifecycle.apply(campaign, command, clock);
 * if (result.isLeft()) {
 *     ProblemDetails problem = ProblemDetails.of(result.getLeft());
 *     exchange.getResponseHeaders().set("Content-Type", ProblemDetails.MEDIA_TYPE);
 *     byte[] body = problem.toJson(locale).getBytes(StandardCharsets.UTF_8);
 *     exchange.sendResponseHeaders(problem.status(), body.length);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 */
public final class ProblemDetails {

    /** The media type of the document: {@value}. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> COMMAND_PATHS = Set.of("actor", "basedOnRevision", "change");

    private final Refusal refusal;
    private final CampaignJsonException unreadable;
    private final Kind kind;
    private final Own own;

    /** A problem of the service's own: its status, type name and texts. */
    private record Own(int status, String name, String title, String detail) {
    }

    /** The kinds of refusal a caller acts on differently. */
    private enum Kind {
        STALE_REVISION("stale-revision", 409),
        ACCESS_DENIED("access-denied", 403),
        CLOSED("closed", 409),
        REFUSED("refused", 422),
        MALFORMED("malformed", 400),
        TOO_LARGE("too-large", 413);

        final String name;
        final int status;

        Kind(String name, int status) {
            this.name = name;
            this.status = status;
        }
    }

    private ProblemDetails(Refusal refusal, CampaignJsonException unreadable, Kind kind) {
        this.refusal = refusal;
        this.unreadable = unreadable;
        this.kind = kind;
        this.own = null;
    }

    private ProblemDetails(Own own) {
        this.refusal = null;
        this.unreadable = null;
        this.kind = null;
        this.own = own;
    }

    /**
     * A problem of the service's own, in the same shape (an unknown campaign, a method not allowed,
     * a missing {@code If-Match}): type {@code urn:campaignkit:problem:<name>}, no violations.
     *
     * @param status the HTTP status, 400 to 599
     * @param name   the type's last part: lower-case words joined by hyphens, such as {@code not-found}
     * @param title  what kind of problem it is, the same for every occurrence, in the caller's language
     * @param detail this occurrence, in the caller's language
     * @return the problem details
     * @throws IllegalArgumentException if the status or the name is out of form
     */
    public static ProblemDetails of(int status, String name, String title, String detail) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status: not an error status: " + status);
        }
        if (!name.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("name: not lower-case words joined by hyphens: " + name);
        }
        return new ProblemDetails(new Own(status, name, title, detail));
    }

    /**
     * The problem details of a refusal. A stale revision wins over access, access over a closed
     * campaign, and those over rule violations, as a caller must act on them in that order.
     *
     * @param refusal the refusal
     * @return the problem details
     */
    public static ProblemDetails of(Refusal refusal) {
        Objects.requireNonNull(refusal, "refusal");
        Kind kind = refusal.hasCode(LifecycleViolation.STALE_REVISION) ? Kind.STALE_REVISION
                : refusal.hasCode(LifecycleViolation.ACCESS_DENIED) ? Kind.ACCESS_DENIED
                : refusal.hasCode(LifecycleViolation.TERMINAL) ? Kind.CLOSED
                : Kind.REFUSED;
        return new ProblemDetails(refusal, null, kind);
    }

    /**
     * The problem details of a request body that could not be read (a command, a document): 413 when
     * it is longer than the reader's bound, 400 otherwise.
     *
     * @param unreadable the reader's failure
     * @return the problem details
     */
    public static ProblemDetails of(CampaignJsonException unreadable) {
        Objects.requireNonNull(unreadable, "unreadable");
        Kind kind = unreadable.code().equals(Fault.DOCUMENT_TOO_LONG.code()) ? Kind.TOO_LARGE : Kind.MALFORMED;
        return new ProblemDetails(null, unreadable, kind);
    }

    /**
     * The HTTP status: 409 for a stale revision or a closed campaign, 403 for an actor the policy
     * does not allow, 422 for a command the campaign's rules refuse.
     *
     * @return the status code
     */
    public int status() {
        return own != null ? own.status() : kind.status;
    }

    /**
     * The problem type, a URI a caller may switch on: {@code urn:campaignkit:problem:stale-revision},
     * {@code …:access-denied}, {@code …:closed} or {@code …:refused}.
     *
     * @return the type
     */
    public String type() {
        return "urn:campaignkit:problem:" + (own != null ? own.name() : kind.name);
    }

    /**
     * The refusal described, when a command was read and refused.
     *
     * @return the refusal, or empty for a body that could not be read
     */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * The problem details as a JSON document, its texts in a language.
     *
     * @param locale the reader's language: Chinese for {@code zh}, English otherwise (a problem of the
     *               service's own keeps the texts it was given)
     * @return the document
     */
    public String toJson(Locale locale) {
        return MAPPER.writeValueAsString(tree(locale));
    }

    /**
     * The problem details as a JSON tree, for a service that adds members of its own (an
     * {@code instance}, a trace id).
     *
     * @param locale the reader's language
     * @return a new tree
     */
    public ObjectNode tree(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ObjectNode problem = NODES.objectNode();
        problem.put("type", type());
        if (own != null) {
            return problem.put("title", own.title()).put("status", own.status()).put("detail", own.detail());
        }
        problem.put("title", Messages.render("problem." + kind.name, locale, List.of()));
        problem.put("status", kind.status);
        ArrayNode violations;
        if (unreadable != null) {
            problem.put("detail", unreadable.message(locale));
            violations = problem.putArray("violations");
            ObjectNode entry = violations.addObject();
            entry.put("code", unreadable.code());
            entry.put("severity", "ERROR");
            entry.put("pointer", unreadable.pointer());
            unreadable.line().ifPresent(line -> entry.put("line", line));
            unreadable.column().ifPresent(column -> entry.put("column", column));
            entry.put("message", unreadable.reason(locale));
            return problem;
        }
        problem.put("detail", refusal.message(locale));
        violations = problem.putArray("violations");
        for (Violation v : refusal.violations()) {
            ObjectNode entry = violations.addObject();
            entry.put("code", v.code());
            entry.put("severity", v.severity().name());
            entry.put("path", v.path());
            entry.put("pointer", pointer(v));
            ArrayNode arguments = entry.putArray("arguments");
            for (Object argument : v.arguments()) {
                argument(arguments, argument);
            }
            entry.put("message", v.message(locale));
        }
        return problem;
    }

    /** A path into the command (actor, basedOnRevision, change…) or else into the campaign document. */
    static String pointer(Violation v) {
        String root = v.path().split("[.\\[]", 2)[0];
        if (COMMAND_PATHS.contains(root)) {
            String pointer = ValidatedCampaign.pointerOf(v);
            return Payload.COMMAND.pointer + pointer.substring(Payload.CAMPAIGN.pointer.length());
        }
        return ValidatedCampaign.pointerOf(v);
    }

    private static void argument(ArrayNode into, Object argument) {
        if (argument instanceof NamedId named) {
            into.addObject().put("id", named.id()).put("name", named.name());
        } else if (argument instanceof Enum<?> constant && Labelled.class.isInstance(constant)) {
            into.add(constant.name());
        } else if (argument instanceof BigDecimal decimal) {
            into.add(decimal.toPlainString());
        } else {
            into.add(String.valueOf(argument));
        }
    }

    @Override
    public String toString() {
        return "ProblemDetails[" + status() + " " + type() + ", "
                + (refusal != null ? refusal.codes() : unreadable != null ? List.of(unreadable.code()) : own.title()) + "]";
    }
}
