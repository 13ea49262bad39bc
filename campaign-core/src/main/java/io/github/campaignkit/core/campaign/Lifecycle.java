package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.goal.GoalViolation;
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.review.ReviewViolation;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskRules;
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
 * missing reason, for an {@link CampaignCommand.Advance advance} every error of every gate rule
 * of the stage being left, for a {@link CampaignCommand.ChangeBudget budget change} every reason
 * the budget refuses it (paths under {@code budget}), and for a risk command every reason the
 * risk register refuses it (paths under {@code risks}). Warnings of gate rules are listed in a
 * refusal but do not cause one.
 * The team, board and tracking commands ({@link CampaignCommand.ChangeTaskStatus},
 * {@link CampaignCommand.SubmitReport}, {@link CampaignCommand.RaiseIssue}, …) are accepted in any
 * stage that is not terminal, held included, and refused with the reasons of the pure function of
 * the aggregate they change ({@link io.github.campaignkit.core.team.TaskBoard#changeStatus},
 * {@link io.github.campaignkit.core.tracking.Tracking#submit}, …); the time they record is the
 * clock's.
 * The supply and event commands ({@link CampaignCommand.ChooseSupplier},
 * {@link CampaignCommand.RecordDelivery}, {@link CampaignCommand.EvaluateSupplier}, …) are accepted
 * in the same stages and refused with the reasons of {@link io.github.campaignkit.core.supply.SupplyPlan}'s
 * pure functions; the revisions of the supply, event, partner and outreach plans
 * ({@link CampaignCommand.ReviseSupply}, {@link CampaignCommand.ReviseEvent},
 * {@link CampaignCommand.RevisePartners}, {@link CampaignCommand.ReviseOutreach}) replace their part
 * as given in the same stages, a draft included (the gates ask for what it lacks).
 * A {@linkplain CampaignCommand.SignGoals signature} is refused on no goals or for a department
 * that does not take part. The {@linkplain CampaignCommand.RecordEvaluation evaluation report} and
 * the {@linkplain CampaignCommand.RecordRetrospective retrospective} are recorded in
 * {@link Stage#REVIEW} only.
 *
 * <p>An accepted command raises the revision by one; a stage change is appended to the history
 * and logged at INFO through SLF4J, a refusal at DEBUG. A lifecycle holds no state: instances are
 * immutable, thread-safe, and configured with {@code with…} methods that return new instances.
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
        Instant at = clock.instant();
        Either<Refusal, Budget> budget = command instanceof CampaignCommand.ChangeBudget
                ? campaign.budget().apply(((CampaignCommand.ChangeBudget) command).change(), command.actor(), at)
                : Either.right(campaign.budget());
        Seq<Violation> found = List.<Violation>empty()
                .appendAll(staleness(campaign, command))
                .appendAll(accessPolicy.check(campaign, command))
                .appendAll(fit(campaign, command, at))
                .appendAll(budget.isLeft() ? budget.getLeft().violations().map(Lifecycle::underBudget) : List.empty());
        if (Rules.hasErrors(found)) {
            return refuse(campaign, command, found);
        }
        if (command instanceof CampaignCommand.ChangeBudget) {
            Campaign next = campaign.toBuilder().budget(budget.get()).revision(campaign.revision() + 1).build();
            LOG.info("campaign {} revision {}: budget {} by {}", campaign.id(), next.revision(), command.type(),
                    command.actor());
            return Either.right(next);
        }
        return accept(campaign, command, at);
    }

    /** A budget's violation seen from the campaign: parts of the change stay as they are. */
    private static Violation underBudget(Violation violation) {
        String path = violation.path();
        return path.equals("change") || path.startsWith("change.") ? violation : violation.under("budget");
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
        } else if (ExecutionCommands.handles(command)) {
            next = ExecutionCommands.apply(campaign, command, at);
        } else if (PlanCommands.handles(command)) {
            next = PlanCommands.apply(campaign, command, at);
        } else if (command instanceof CampaignCommand.SignGoals) {
            CampaignCommand.SignGoals sign = (CampaignCommand.SignGoals) command;
            next = campaign.toBuilder().goals(campaign.goals().sign(sign.department(), sign.actor(), at))
                    .revision(campaign.revision() + 1).build();
            LOG.info("campaign {} revision {}: goals signed for {} by {} at {}", campaign.id(), next.revision(),
                    sign.department(), command.actor(), at);
        } else if (command instanceof CampaignCommand.ReviseSchedule) {
            next = campaign.toBuilder().schedule(((CampaignCommand.ReviseSchedule) command).schedule())
                    .revision(campaign.revision() + 1).build();
            LOG.info("campaign {} revision {}: schedule revised by {}", campaign.id(), next.revision(),
                    command.actor());
        } else if (command instanceof CampaignCommand.RecordEvaluation
                || command instanceof CampaignCommand.RecordRetrospective) {
            Review review = command instanceof CampaignCommand.RecordEvaluation
                    ? campaign.review().withEvaluation(((CampaignCommand.RecordEvaluation) command).report())
                    : campaign.review().withRetrospective(((CampaignCommand.RecordRetrospective) command)
                            .retrospective());
            next = campaign.toBuilder().review(review).revision(campaign.revision() + 1).build();
            LOG.info("campaign {} revision {}: {} by {}", campaign.id(), next.revision(), command.type(),
                    command.actor());
        } else if (command instanceof CampaignCommand.ReviseProfile) {
            CampaignCommand.ReviseProfile revise = (CampaignCommand.ReviseProfile) command;
            next = campaign.toBuilder().profile(revise.profile()).revision(campaign.revision() + 1).build();
            LOG.info("campaign {} revision {}: profile revised by {}", campaign.id(), next.revision(),
                    command.actor());
        } else if (command instanceof CampaignCommand.ReviseRisks || command instanceof CampaignCommand.FireRisks
                || command instanceof CampaignCommand.ChangeRiskStatus) {
            next = withRisks(campaign, risksAfter(campaign, command, at).get(), command);
        } else {
            throw new IllegalStateException("no transition for the command " + command.type());
        }
        return Either.right(next);
    }

    private static Campaign withRisks(Campaign campaign, RiskRegister risks, CampaignCommand command) {
        Campaign next = campaign.toBuilder().risks(risks).revision(campaign.revision() + 1).build();
        LOG.info("campaign {} revision {}: {} by {}", campaign.id(), next.revision(), command.type(), command.actor());
        return next;
    }

    /** The register a risk command leads to, or the register's reasons to refuse it (paths under risks). */
    private static Either<Seq<Violation>, RiskRegister> risksAfter(Campaign campaign, CampaignCommand command,
                                                                   Instant at) {
        RiskRegister risks = campaign.risks();
        if (command instanceof CampaignCommand.ReviseRisks) {
            RiskRegister revised = ((CampaignCommand.ReviseRisks) command).risks();
            Seq<Violation> found = RiskRules.revision(risks, revised);
            return found.isEmpty() ? Either.right(revised) : Either.left(found.map(v -> v.under("risks")));
        }
        if (command instanceof CampaignCommand.FireRisks) {
            return risks.fire(((CampaignCommand.FireRisks) command).evaluation(), command.actor(), at)
                    .map(fired -> fired.register())
                    .mapLeft(refusal -> refusal.violations().map(v -> v.under("risks")));
        }
        CampaignCommand.ChangeRiskStatus change = (CampaignCommand.ChangeRiskStatus) command;
        return risks.changeStatus(change.risk(), change.status(), command.actor(), at, change.note())
                .mapLeft(refusal -> refusal.violations().map(v -> v.under("risks")));
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

    private Seq<Violation> fit(Campaign campaign, CampaignCommand command, Instant at) {
        if (ExecutionCommands.handles(command)) {
            return ExecutionCommands.check(campaign, command, at);
        }
        if (PlanCommands.handles(command)) {
            return PlanCommands.check(campaign, command);
        }
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
            case REVISE_RISKS:
            case FIRE_RISKS:
            case CHANGE_RISK_STATUS:
                return risksAfter(campaign, command, at).swap().getOrElse(List.empty());
            case RECORD_EVALUATION:
            case RECORD_RETROSPECTIVE:
                return campaign.stage() == Stage.REVIEW ? List.empty()
                        : List.of(Violation.of(ReviewViolation.NOT_IN_REVIEW, "stage", command.type(),
                                campaign.stage()));
            case SIGN_GOALS:
                return List.<Violation>empty()
                        .appendAll(held ? List.of(onHold(campaign, command)) : List.empty())
                        .appendAll(signable(campaign, (CampaignCommand.SignGoals) command));
            default:
                return List.empty();
        }
    }

    private static Violation onHold(Campaign campaign, CampaignCommand command) {
        return Violation.of(LifecycleViolation.ON_HOLD, "stage", command.type(), campaign.heldStage().orElseThrow());
    }

    private static Seq<Violation> signable(Campaign campaign, CampaignCommand.SignGoals sign) {
        Seq<Violation> found = List.empty();
        if (campaign.goals().goals().isEmpty()) {
            found = found.append(Violation.of(GoalViolation.NONE, "goals.goals"));
        }
        if (!campaign.profile().departments().contains(sign.department())) {
            found = found.append(Violation.of(GoalViolation.SIGNOFF_NOT_PARTICIPATING, "department",
                    sign.department().name()));
        }
        return found;
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
