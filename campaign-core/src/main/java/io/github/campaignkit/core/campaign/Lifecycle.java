package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.Rules;
import io.github.campaignkit.core.rule.Violation;
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
 * The campaign's stage state machine: applies a {@link CampaignCommand} to a {@link Campaign} as a
 * pure function of (campaign, command, clock) and returns either the changed campaign or a
 * {@link Refusal} that lists <em>every</em> unmet condition.
 *
 * <p>A command is refused when the campaign is terminal (then with that reason alone, since
 * nothing else can help), and otherwise with all of: a stale {@linkplain
 * CampaignCommand#basedOnRevision() revision}, the {@link AccessPolicy}'s objections, a command that
 * does not fit the stage (advancing or holding a held campaign, resuming one that is not held), a
 * missing reason, and, for an {@link CampaignCommand.Advance advance}, every error of every gate
 * rule of the stage being left. Warnings of gate rules are listed in a refusal but do not cause
 * one.
 *
 * <p>An accepted command raises the revision by one; a stage change is appended to the history
 * and logged at INFO through SLF4J, a refusal at DEBUG. A lifecycle holds no state: instances are
 * immutable, thread-safe, and configured with {@code with…} methods that return new instances.
 */
public final class Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private static final Lifecycle STANDARD = new Lifecycle(defaultGates(), AccessPolicy.overallLeadOnly());
    private static final Lifecycle NO_GATES = new Lifecycle(HashMap.empty(), AccessPolicy.overallLeadOnly());

    private final Map<Stage, Seq<Rule<Campaign>>> gates;
    private final AccessPolicy accessPolicy;

    private Lifecycle(Map<Stage, Seq<Rule<Campaign>>> gates, AccessPolicy accessPolicy) {
        this.gates = gates;
        this.accessPolicy = accessPolicy;
    }

    /**
     * The lifecycle with this library's {@linkplain Gates#defaults(Stage) default gates} and the
     * {@linkplain AccessPolicy#overallLeadOnly() overall-lead-only} access policy.
     *
     * @return the standard lifecycle
     */
    public static Lifecycle standard() {
        return STANDARD;
    }

    /**
     * A lifecycle with no gate rules at all and the overall-lead-only access policy, to build a
     * selection of gates from scratch.
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
            throw new IllegalArgumentException("leaving: only an open stage has gates: " + leaving);
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
        return campaign.stage().isOpen() ? runGates(campaign, campaign.stage()) : List.empty();
    }

    /**
     * Applies a command.
     *
     * @param campaign the campaign before the command
     * @param command  the command
     * @param clock    the clock the time of a stage change is read from
     * @return the changed campaign, or the refusal with every reason
     */
    public Either<Refusal, Campaign> apply(Campaign campaign, CampaignCommand command, Clock clock) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(clock, "clock");
        if (campaign.isTerminal()) {
            return refuse(campaign, command, List.of(Violation.of(LifecycleViolation.TERMINAL, "stage",
                    campaign.stage(), command.type())));
        }
        Seq<Violation> found = List.<Violation>empty()
                .appendAll(staleness(campaign, command))
                .appendAll(accessPolicy.check(campaign, command))
                .appendAll(fit(campaign, command));
        if (Rules.hasErrors(found)) {
            return refuse(campaign, command, found);
        }
        return accept(campaign, command, clock.instant());
    }

    private Either<Refusal, Campaign> accept(Campaign campaign, CampaignCommand command, Instant at) {
        Campaign next;
        if (command instanceof CampaignCommand.Advance) {
            CampaignCommand.Advance advance = (CampaignCommand.Advance) command;
            next = move(campaign, campaign.stage().next().orElseThrow(), Optional.empty(), at, command,
                    advance.note());
        } else if (command instanceof CampaignCommand.Hold) {
            next = move(campaign, Stage.ON_HOLD, Optional.of(campaign.stage()), at, command,
                    Optional.of(((CampaignCommand.Hold) command).reason()));
        } else if (command instanceof CampaignCommand.Resume) {
            next = move(campaign, campaign.heldStage().orElseThrow(), Optional.empty(), at, command,
                    ((CampaignCommand.Resume) command).note());
        } else if (command instanceof CampaignCommand.Cancel) {
            next = move(campaign, Stage.CANCELLED, Optional.empty(), at, command,
                    Optional.of(((CampaignCommand.Cancel) command).reason()));
        } else if (command instanceof CampaignCommand.ReviseSchedule) {
            next = campaign.toBuilder().schedule(((CampaignCommand.ReviseSchedule) command).schedule())
                    .revision(campaign.revision() + 1).build();
            LOG.info("campaign {} revision {}: schedule revised by {}", campaign.id(), next.revision(),
                    command.actor());
        } else {
            CampaignCommand.ReviseProfile revise = (CampaignCommand.ReviseProfile) command;
            next = campaign.toBuilder().profile(revise.profile()).revision(campaign.revision() + 1).build();
            LOG.info("campaign {} revision {}: profile revised by {}", campaign.id(), next.revision(),
                    command.actor());
        }
        return Either.right(next);
    }

    private static Campaign move(Campaign campaign, Stage to, Optional<Stage> held, Instant at,
                                 CampaignCommand command, Optional<String> note) {
        StageChange change = new StageChange(campaign.stage(), to, at, command.actor(), note);
        java.util.List<StageChange> history = new java.util.ArrayList<>(campaign.history());
        history.add(change);
        Campaign next = campaign.toBuilder().stage(to).heldStage(held).revision(campaign.revision() + 1)
                .history(history).build();
        LOG.info("campaign {} revision {}: {} -> {} by {} at {}", campaign.id(), next.revision(),
                campaign.stage(), to, command.actor(), at);
        return next;
    }

    private Either<Refusal, Campaign> refuse(Campaign campaign, CampaignCommand command, Seq<Violation> found) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("campaign {} revision {}: {} by {} refused: {}", campaign.id(), campaign.revision(),
                    command.type(), command.actor(), found.map(v -> v.code() + "@" + v.path()).mkString(", "));
        }
        return Either.left(Refusal.of(found));
    }

    private static Seq<Violation> staleness(Campaign campaign, CampaignCommand command) {
        return command.basedOnRevision()
                .filter(revision -> revision != campaign.revision())
                .map(revision -> List.of(Violation.of(LifecycleViolation.STALE_REVISION, "basedOnRevision",
                        revision, campaign.revision())))
                .orElse(List.empty());
    }

    private Seq<Violation> fit(Campaign campaign, CampaignCommand command) {
        boolean held = campaign.stage() == Stage.ON_HOLD;
        switch (command.type()) {
            case ADVANCE:
                return held ? List.of(onHold(campaign, command)) : runGates(campaign, campaign.stage());
            case HOLD:
                return List.<Violation>empty()
                        .appendAll(held ? List.of(onHold(campaign, command)) : List.empty())
                        .appendAll(reason(((CampaignCommand.Hold) command).reason()));
            case RESUME:
                return held ? List.empty() : List.of(Violation.of(LifecycleViolation.NOT_ON_HOLD, "stage",
                        campaign.stage()));
            case CANCEL:
                return reason(((CampaignCommand.Cancel) command).reason());
            default:
                return List.empty();
        }
    }

    private static Violation onHold(Campaign campaign, CampaignCommand command) {
        return Violation.of(LifecycleViolation.ON_HOLD, "stage", command.type(), campaign.heldStage().orElseThrow());
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
