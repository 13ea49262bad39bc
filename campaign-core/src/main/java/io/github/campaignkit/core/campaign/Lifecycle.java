package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.Rules;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaign's one door: applies a {@link CampaignCommand} to a {@link Campaign} as a pure
 * function of (campaign, command, clock) and returns either the changed campaign with its
 * {@link JournalEntry journal entry}, or a {@link Refusal} that lists <em>every</em> unmet
 * condition.
 *
 * <p>A command is refused when the campaign is terminal (then with that reason alone, since
 * nothing else can help), and otherwise with all of: a stale {@linkplain
 * CampaignCommand#basedOnRevision() revision}, the {@link AccessPolicy}'s objections, and what the
 * change itself meets. A {@link Transition} is checked here: advancing or holding a held campaign,
 * resuming one that is not held, a missing reason, and for an advance every error of every gate rule
 * of the stage being left (warnings are listed in a refusal but do not cause one). Every other change
 * belongs to a part and is checked and applied by that part's own function
 * ({@link io.github.campaignkit.core.rule.PartChange#applyTo}), routed by the registry of parts; a
 * part may be closed in some stages (review changes are accepted in {@link Stage#REVIEW} only, goal
 * changes not while on hold). A change no part owns is refused with
 * {@link LifecycleViolation#UNROUTED}, never an exception.
 *
 * <p>An accepted command raises the revision by one; a stage change is appended to the history.
 * Accepted commands are logged at INFO through SLF4J, refusals at DEBUG. A lifecycle holds no
 * state: instances are immutable, thread-safe, and configured with {@code with…} methods that
 * return new instances.
 */
public final class Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private static final Lifecycle STANDARD = new Lifecycle(defaultGates(), AccessPolicy.standard());
    private static final Lifecycle NO_GATES = new Lifecycle(HashMap.empty(), AccessPolicy.standard());

    private final Map<Stage, Seq<Rule<Campaign>>> gates;
    private final AccessPolicy accessPolicy;

    private Lifecycle(Map<Stage, Seq<Rule<Campaign>>> gates, AccessPolicy accessPolicy) {
        this.gates = gates;
        this.accessPolicy = accessPolicy;
    }

    /**
     * The lifecycle with this library's {@linkplain Gates#defaults(Stage) default gates} and the
     * {@linkplain AccessPolicy#standard() standard} access policy (only the overall lead moves
     * stages; the named approver approves the budget; the team does its own part of the board and
     * tracking work).
     *
     * @return the standard lifecycle
     */
    public static Lifecycle standard() {
        return STANDARD;
    }

    /**
     * A lifecycle with no gate rules at all and the {@linkplain AccessPolicy#standard() standard}
     * access policy, to build a selection of gates from scratch.
     *
     * @return the lifecycle
     */
    public static Lifecycle withoutGates() {
        return NO_GATES;
    }

    /**
     * This lifecycle with one more gate rule checked before leaving the given stage. Rules run in
     * the order they were added, defaults first.
     *
     * @param leaving the stage the rule guards, one of the open stages
     * @param gate    the rule; its errors block the advance
     * @return a new lifecycle
     * @throws IllegalArgumentException if {@code leaving} is not an open stage
     */
    public Lifecycle withGate(Stage leaving, Rule<Campaign> gate) {
        Objects.requireNonNull(leaving, "leaving");
        Objects.requireNonNull(gate, "gate");
        if (!leaving.isOpen()) {
            throw InvalidValueException.of(LifecycleViolation.GATE_STAGE, "leaving", leaving);
        }
        return new Lifecycle(gates.put(leaving, gates(leaving).append(gate)), accessPolicy);
    }

    /**
     * This lifecycle with another access policy in place of the current one.
     *
     * @param policy the policy; combine with {@link AccessPolicy#and} to keep the current one too
     * @return a new lifecycle
     */
    public Lifecycle withAccessPolicy(AccessPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return new Lifecycle(gates, policy);
    }

    /**
     * The access policy in force.
     *
     * @return the policy
     */
    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    /**
     * The gate rules checked before leaving a stage.
     *
     * @param leaving the stage
     * @return the rules, in the order they run
     */
    public Seq<Rule<Campaign>> gates(Stage leaving) {
        Objects.requireNonNull(leaving, "leaving");
        return gates.get(leaving).getOrElse(List.empty());
    }

    /**
     * What the gates of the campaign's current stage still find, errors and warnings: the answer to
     * "what does this campaign need before it can move on?". Empty for a held or terminal campaign.
     *
     * @param campaign the campaign
     * @return every violation of every gate rule of the current stage
     */
    public Seq<Violation> check(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return campaign.stage().isOpen() ? Names.named(runGates(campaign, campaign.stage()), campaign) : List.empty();
    }

    /**
     * Applies a command: the changed campaign, one revision up, or the refusal with every reason.
     * The same as {@link #execute} without the journal entry.
     *
     * @param campaign the campaign before the command
     * @param command  the command
     * @param clock    the clock the time of the change is read from
     * @return the changed campaign, or the refusal with every reason
     */
    public Either<Refusal, Campaign> apply(Campaign campaign, CampaignCommand command, Clock clock) {
        return execute(campaign, command, clock).map(Accepted::campaign);
    }

    /**
     * Applies a command and gives its journal entry: the one door through which a campaign changes.
     *
     * <p>The command is checked, all at once, for the revision it was based on, by the access policy,
     * for the stage, and by the part that owns its change (or, for a {@link Transition}, by the gates
     * of the stage being left); a refusal lists every reason. An accepted command raises the revision
     * by one and yields one {@link JournalEntry}, which {@link Journal#replay} applies again without
     * asking the gates or the access policy.
     *
     * @param campaign the campaign before the command
     * @param command  the command
     * @param clock    the clock the time of the change is read from
     * @return the changed campaign with its journal entry, or the refusal with every reason
     */
    public Either<Refusal, Accepted> execute(Campaign campaign, CampaignCommand command, Clock clock) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(clock, "clock");
        if (campaign.isTerminal()) {
            return refuse(campaign, command, List.of(Violation.of(LifecycleViolation.TERMINAL, "stage",
                    campaign.stage(), command.type())));
        }
        Instant at = clock.instant();
        Seq<Violation> found = List.<Violation>empty()
                .appendAll(staleness(campaign, command))
                .appendAll(accessPolicy.check(campaign, command));
        if (command.change() instanceof Transition transition) {
            found = found.appendAll(fit(campaign, transition));
        }
        // A refused transition is not carried out; a part's change is worked out even when access or the
        // revision refuses it, so that the refusal lists the part's own reasons too.
        boolean refusedTransition = command.change() instanceof Transition && Rules.hasErrors(found);
        Either<Seq<Violation>, CampaignBuilder> effect = refusedTransition ? Either.left(List.empty())
                : effect(campaign, command, at);
        found = found.appendAll(effect.isLeft() ? effect.getLeft() : List.empty());
        if (Rules.hasErrors(found) || effect.isLeft()) {
            return refuse(campaign, command, found);
        }
        Campaign next = effect.get().revision(campaign.revision() + 1).build();
        JournalEntry entry = new JournalEntry(next.revision(), at, command);
        if (next.stage() != campaign.stage()) {
            LOG.info("campaign {} revision {}: {} -> {} by {} at {}", campaign.id(), next.revision(),
                    campaign.stage(), next.stage(), command.actor(), at);
        } else {
            LOG.info("campaign {} revision {}: {} by {} at {}", campaign.id(), next.revision(), command.type(),
                    command.actor(), at);
        }
        return Either.right(new Accepted(next, entry));
    }

    /**
     * What an accepted command does to the campaign, worked out once: a builder of the changed
     * campaign (revision not yet raised), or why it cannot be done. A transition is not checked
     * against the gates here ({@link #fit} does that for a new command; a replayed one was accepted).
     */
    static Either<Seq<Violation>, CampaignBuilder> effect(Campaign campaign, CampaignCommand command, Instant at) {
        Change change = command.change();
        if (change instanceof Transition transition) {
            return move(campaign, transition, command.actor(), at);
        }
        Optional<Part<?, ?, ?>> part = Parts.owning(change);
        if (part.isEmpty()) {
            return Either.left(List.of(Violation.of(LifecycleViolation.UNROUTED, "change", command.type())));
        }
        Seq<Violation> misfit = part.get().fit(campaign, change);
        Either<Refusal, CampaignBuilder> applied = part.get().apply(campaign, change, command.actor(), at);
        Seq<Violation> found = misfit.appendAll(applied.isLeft() ? applied.getLeft().violations() : List.empty());
        return Rules.hasErrors(found) || applied.isLeft() ? Either.left(found) : Either.right(applied.get());
    }

    private static Either<Seq<Violation>, CampaignBuilder> move(Campaign campaign, Transition transition,
                                                                MemberId actor, Instant at) {
        Stage from = campaign.stage();
        Optional<Stage> to;
        Optional<Stage> held = Optional.empty();
        Optional<String> note;
        if (transition instanceof Transition.Advance advance) {
            to = from.isOpen() ? from.next() : Optional.empty();
            note = advance.note();
        } else if (transition instanceof Transition.Hold hold) {
            to = from.isOpen() ? Optional.of(Stage.ON_HOLD) : Optional.empty();
            held = Optional.of(from);
            note = Optional.of(hold.reason());
        } else if (transition instanceof Transition.Resume resume) {
            to = campaign.heldStage();
            note = resume.note();
        } else if (transition instanceof Transition.Cancel cancel) {
            to = from.isTerminal() ? Optional.empty() : Optional.of(Stage.CANCELLED);
            note = Optional.of(cancel.reason());
        } else {
            return Either.left(List.of(Violation.of(LifecycleViolation.UNROUTED, "change", transition.type())));
        }
        if (to.isEmpty()) {
            Violation why = from.isTerminal() ? Violation.of(LifecycleViolation.TERMINAL, "stage", from, transition.type())
                    : from == Stage.ON_HOLD ? Violation.of(LifecycleViolation.ON_HOLD, "stage", transition.type(),
                            campaign.heldStage().orElseThrow())
                    : Violation.of(LifecycleViolation.NOT_ON_HOLD, "stage", from);
            return Either.left(List.of(why));
        }
        java.util.List<StageChange> history = new java.util.ArrayList<>(campaign.history());
        history.add(new StageChange(from, to.get(), at, actor, note));
        return Either.right(campaign.toBuilder().stage(to.get()).heldStage(held).history(history));
    }

    private Either<Refusal, Accepted> refuse(Campaign campaign, CampaignCommand command, Seq<Violation> found) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("campaign {} revision {}: {} by {} refused: {}", campaign.id(), campaign.revision(),
                    command.type(), command.actor(), found.map(v -> v.code() + "@" + v.path()).mkString(", "));
        }
        return Either.left(Refusal.of(Names.named(found, campaign)));
    }

    private static Seq<Violation> staleness(Campaign campaign, CampaignCommand command) {
        return command.basedOnRevision()
                .filter(revision -> revision != campaign.revision())
                .map(revision -> List.of(Violation.of(LifecycleViolation.STALE_REVISION, "basedOnRevision",
                        revision, campaign.revision())))
                .orElse(List.empty());
    }

    /** What stands against a transition besides revision and access: the stage, a reason, the gates. */
    private Seq<Violation> fit(Campaign campaign, Transition transition) {
        boolean held = campaign.stage() == Stage.ON_HOLD;
        Seq<Violation> onHold = held
                ? List.of(Violation.of(LifecycleViolation.ON_HOLD, "stage", transition.type(),
                        campaign.heldStage().orElseThrow()))
                : List.empty();
        if (transition instanceof Transition.Advance) {
            return held ? onHold : runGates(campaign, campaign.stage());
        }
        if (transition instanceof Transition.Hold hold) {
            return onHold.appendAll(reason(hold.reason()));
        }
        if (transition instanceof Transition.Resume) {
            return held ? List.empty() : List.of(Violation.of(LifecycleViolation.NOT_ON_HOLD, "stage",
                    campaign.stage()));
        }
        if (transition instanceof Transition.Cancel cancel) {
            return reason(cancel.reason());
        }
        return List.empty();
    }

    private static Seq<Violation> reason(String reason) {
        return reason.isBlank() ? List.of(Violation.of(LifecycleViolation.REASON_BLANK, "reason")) : List.empty();
    }

    private Seq<Violation> runGates(Campaign campaign, Stage leaving) {
        return gates(leaving).flatMap(gate -> gate.check(campaign));
    }

    private static Map<Stage, Seq<Rule<Campaign>>> defaultGates() {
        Map<Stage, Seq<Rule<Campaign>>> map = HashMap.empty();
        for (Stage stage : Stage.values()) {
            if (stage.isOpen()) {
                map = map.put(stage, Gates.defaults(stage));
            }
        }
        return map;
    }
}
