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
 * <p>Besides {@code type}, {@code title}, {@code status} and {@code detail} (every violation's
 * message, in the language asked for), the document carries {@code violations}: for each its
 * stable {@code code}, {@code severity}, the model's {@code path}, a JSON {@code pointer} (into the
 * campaign document, {@code /campaign/goals/results/0/actual}, or into the command for
 * {@code actor}, {@code basedOnRevision} and {@code change…}), its {@code arguments} as text (an id
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
    private final Kind kind;

    /** The kinds of refusal a caller acts on differently. */
    private enum Kind {
        STALE_REVISION("stale-revision", 409),
        ACCESS_DENIED("access-denied", 403),
        CLOSED("closed", 409),
        REFUSED("refused", 422);

        final String name;
        final int status;

        Kind(String name, int status) {
            this.name = name;
            this.status = status;
        }
    }

    private ProblemDetails(Refusal refusal, Kind kind) {
        this.refusal = refusal;
        this.kind = kind;
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
        return new ProblemDetails(refusal, kind);
    }

    /**
     * The HTTP status: 409 for a stale revision or a closed campaign, 403 for an actor the policy
     * does not allow, 422 for a command the campaign's rules refuse.
     *
     * @return the status code
     */
    public int status() {
        return kind.status;
    }

    /**
     * The problem type, a URI a caller may switch on: {@code urn:campaignkit:problem:stale-revision},
     * {@code …:access-denied}, {@code …:closed} or {@code …:refused}.
     *
     * @return the type
     */
    public String type() {
        return "urn:campaignkit:problem:" + kind.name;
    }

    /**
     * The refusal described.
     *
     * @return the refusal
     */
    public Refusal refusal() {
        return refusal;
    }

    /**
     * The problem details as a JSON document, its texts in a language.
     *
     * @param locale the reader's language: Chinese for {@code zh}, English otherwise
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
        problem.put("title", Messages.render("problem." + kind.name, locale, List.of()));
        problem.put("status", kind.status);
        problem.put("detail", refusal.message(locale));
        ArrayNode violations = problem.putArray("violations");
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
            return pointer.substring("/campaign".length());
        }
        return ValidatedCampaign.pointerOf(v);
    }

    private static void argument(ArrayNode into, Object argument) {
        if (argument instanceof NamedId named) {
            into.addObject().put("id", named.id()).put("name", named.name());
        } else if (argument instanceof Enum<?> constant && argument instanceof Labelled) {
            into.add(constant.name());
        } else if (argument instanceof BigDecimal decimal) {
            into.add(decimal.toPlainString());
        } else {
            into.add(String.valueOf(argument));
        }
    }

    @Override
    public String toString() {
        return "ProblemDetails[" + kind.status + " " + type() + ", " + refusal.codes() + "]";
    }
}
