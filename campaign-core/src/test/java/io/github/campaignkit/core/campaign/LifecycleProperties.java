package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.rule.ViolationCode;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LifecycleProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final MemberId STRANGER = MemberId.of("not-the-lead");

    /** A command to issue against whatever state the campaign is in when its turn comes. */
    record Step(int kind, boolean byLead, int revisionMode, String text) {

        CampaignCommand toCommand(Campaign campaign) {
            MemberId actor = byLead ? campaign.profile().overallLead() : STRANGER;
            Optional<Long> revision = revisionMode == 0 ? Optional.empty()
                    : revisionMode == 1 ? Optional.of(campaign.revision()) : Optional.of(campaign.revision() + revisionMode);
            switch (kind) {
                case 0:
                    return new CampaignCommand(actor, revision, Transition.Advance.of());
                case 1:
                    return new CampaignCommand(actor, revision, new Transition.Hold(text));
                case 2:
                    return new CampaignCommand(actor, revision, new Transition.Resume(Optional.of(text)));
                case 3:
                    return new CampaignCommand(actor, revision, new Transition.Cancel(text));
                case 6: {
                    java.util.List<Department> departments = campaign.profile().departments();
                    Department department = departments.isEmpty() ? Department.of("外部")
                            : departments.get(text.length() % departments.size());
                    return new CampaignCommand(actor, revision, GoalChange.SignGoals.of(department));
                }
                case 4:
                    return new CampaignCommand(actor, revision, ProfileChange.ReviseProfile.of(campaign.profile()));
                default:
                    // Finish the next open task, so that generated campaigns can leave execution.
                    return campaign.board().tasks().stream().filter(t -> !t.status().isFinished()).findFirst()
                            .map(t -> new CampaignCommand(actor, revision, BoardChange.ChangeTaskStatus.of(t.id(),
                                    io.github.campaignkit.core.team.TaskStatus.DONE)))
                            .orElse(new CampaignCommand(actor, revision, Transition.Advance.of()));
            }
        }
    }

    @Provide
    Arbitrary<java.util.List<Step>> scripts() {
        Arbitrary<Integer> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(8, 0), net.jqwik.api.Tuple.of(3, 1), net.jqwik.api.Tuple.of(3, 2),
                net.jqwik.api.Tuple.of(1, 3), net.jqwik.api.Tuple.of(2, 4), net.jqwik.api.Tuple.of(4, 5),
                net.jqwik.api.Tuple.of(2, 6));
        Arbitrary<Step> steps = Combinators.combine(kinds,
                Arbitraries.frequency(net.jqwik.api.Tuple.of(5, true), net.jqwik.api.Tuple.of(1, false)),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(4, 0), net.jqwik.api.Tuple.of(4, 1),
                        net.jqwik.api.Tuple.of(1, 2)),
                Arbitraries.oneOf(CampaignArbitraries.texts(), Arbitraries.just(" ")))
                .as(Step::new);
        return steps.list().ofMaxSize(25);
    }

    @Property
    void everyStepKeepsTheCampaignConsistent(@ForAll("plannedCampaigns") Campaign start,
                                             @ForAll("scripts") java.util.List<Step> script) {
        Campaign campaign = start;
        for (Step step : script) {
            CampaignCommand command = step.toCommand(campaign);
            Either<Refusal, Campaign> result = Lifecycle.standard().apply(campaign, command, CLOCK);
            if (campaign.isTerminal()) {
                assertThat(result.isLeft()).isTrue();
                assertThat(result.getLeft().codes()).containsExactly("campaign.lifecycle.terminal");
                continue;
            }
            if (result.isLeft()) {
                assertThat(result.getLeft().violations()).isNotEmpty();
                continue;
            }
            Campaign next = result.get();
            assertThat(Arrays.asList(Stage.values())).contains(next.stage());
            assertThat(next.revision()).isEqualTo(campaign.revision() + 1);
            int growth = command.change() instanceof Transition ? 1 : 0;
            assertThat(next.history()).hasSize(campaign.history().size() + growth);
            assertThat(next.history().subList(0, campaign.history().size())).isEqualTo(campaign.history());
            if (command.change() instanceof GoalChange.SignGoals sign) {
                // A signature is personal: anyone may sign, and it leaves the goals signed as they are.
                Department department = sign.department();
                assertThat(next.goals().isSignedBy(department)).isTrue();
                assertThat(next.goals().signOff(department).orElseThrow().signer()).isEqualTo(command.actor());
                assertThat(next.stage()).isEqualTo(campaign.stage());
            } else {
                assertThat(command.actor()).isEqualTo(campaign.profile().overallLead());
            }
            if (next.stage() != campaign.stage() && campaign.stage() == Stage.PLANNING && next.stage() != Stage.ON_HOLD
                    && next.stage() != Stage.CANCELLED) {
                // Whoever left planning had signed SMART goals.
                assertThat(Gates.goalsSigned().check(campaign)).isEmpty();
                assertThat(Gates.goalsSmart().check(campaign).filter(Violation::isError)).isEmpty();
                assertThat(campaign.goals().goals()).isNotEmpty();
            }
            if (next.stage() == Stage.CLOSED) {
                assertThat(Gates.goalActuals().check(campaign).filter(Violation::isError)).isEmpty();
            }
            if (next.stage() == Stage.REVIEW && next.goals().results().isEmpty()) {
                next = Campaign.builder().from(next).goals(reached(next.goals())).build();
            }
            campaign = next;
        }
    }

    @Property
    void terminalStagesRefuseEveryCommand(@ForAll("campaigns") Campaign start,
                                          @ForAll("scripts") @Size(min = 1) java.util.List<Step> script,
                                          @ForAll boolean cancel) {
        Campaign terminal = cancel
                ? Lifecycle.standard().apply(start, CampaignCommand.cancel(start.profile().overallLead(), "停止"), CLOCK)
                        .getOrElse(start)
                : closeWithoutGates(start);
        net.jqwik.api.Assume.that(terminal.isTerminal());
        for (Step step : script) {
            Either<Refusal, Campaign> result = Lifecycle.standard().apply(terminal, step.toCommand(terminal), CLOCK);
            assertThat(result.getLeft().codes()).containsExactly("campaign.lifecycle.terminal");
        }
    }

    private static Campaign closeWithoutGates(Campaign campaign) {
        Lifecycle free = Lifecycle.withoutGates();
        MemberId lead = campaign.profile().overallLead();
        Campaign current = free.apply(campaign, CampaignCommand.resume(lead), CLOCK).getOrElse(campaign);
        while (!current.isTerminal()) {
            current = free.apply(current, CampaignCommand.advance(lead), CLOCK).get();
        }
        return current;
    }

    @Property
    void holdThenResumeReturnsToTheHeldStage(@ForAll("campaigns") Campaign campaign, @ForAll("texts") String reason) {
        net.jqwik.api.Assume.that(campaign.stage().isOpen());
        MemberId lead = campaign.profile().overallLead();
        Campaign held = Lifecycle.standard().apply(campaign, CampaignCommand.hold(lead, reason), CLOCK).get();
        Campaign resumed = Lifecycle.standard().apply(held, CampaignCommand.resume(lead), CLOCK).get();
        assertThat(held.stage()).isEqualTo(Stage.ON_HOLD);
        assertThat(resumed.stage()).isEqualTo(campaign.stage());
        assertThat(resumed.history()).hasSize(campaign.history().size() + 2);
        assertThat(resumed.revision()).isEqualTo(campaign.revision() + 2);
    }

    @Property
    void aRefusalHasOneViolationPerFailingGate(@ForAll("campaigns") Campaign campaign,
                                               @ForAll @IntRange(min = 0, max = 8) int failing,
                                               @ForAll @IntRange(min = 0, max = 4) int passing) {
        net.jqwik.api.Assume.that(campaign.stage().isOpen());
        Lifecycle lifecycle = Lifecycle.withoutGates();
        for (int i = 0; i < failing + passing; i++) {
            Rule<Campaign> gate = i < failing
                    ? failingGate(i)
                    : c -> List.empty();
            lifecycle = lifecycle.withGate(campaign.stage(), gate);
        }
        Either<Refusal, Campaign> result = lifecycle.apply(campaign,
                CampaignCommand.advance(campaign.profile().overallLead()), CLOCK);
        if (failing == 0) {
            assertThat(result.get().stage()).isEqualTo(campaign.stage().next().orElseThrow());
        } else {
            assertThat(result.getLeft().violations()).hasSize(failing);
        }
    }

    private static Rule<Campaign> failingGate(int i) {
        return c -> List.of(Violation.of("test.gate.failing", Severity.ERROR, "gate" + i));
    }

    @Property
    void aStaleRevisionIsAlwaysRefused(@ForAll("campaigns") Campaign campaign, @ForAll @IntRange(min = 1, max = 5) int delta,
                                       @ForAll boolean older) {
        long stated = older ? campaign.revision() - delta : campaign.revision() + delta;
        net.jqwik.api.Assume.that(!campaign.isTerminal());
        Refusal refusal = Lifecycle.standard().apply(campaign,
                CampaignCommand.advance(campaign.profile().overallLead()).basedOn(stated), CLOCK)
                .getLeft();
        assertThat(refusal.hasCode(LifecycleViolation.STALE_REVISION)).isTrue();
    }

    @Property
    void onlyTheOverallLeadMovesStagesByDefault(@ForAll("campaigns") Campaign campaign, @ForAll("scripts") java.util.List<Step> script) {
        net.jqwik.api.Assume.that(!campaign.isTerminal());
        for (Step step : script) {
            CampaignCommand command = new Step(step.kind(), false, step.revisionMode(), step.text()).toCommand(campaign);
            net.jqwik.api.Assume.that(!command.actor().equals(campaign.profile().overallLead()));
            if (command.change() instanceof GoalChange.SignGoals) {
                continue;
            }
            // A stranger is neither the task's owner nor the lead of its module either.
            ViolationCode denied = command.change() instanceof BoardChange.ChangeTaskStatus ? AccessViolation.TASK
                    : LifecycleViolation.ACCESS_DENIED;
            assertThat(Lifecycle.standard().apply(campaign, command, CLOCK).getLeft().hasCode(denied)).isTrue();
        }
    }

    @Property
    void generatedProfilesPassTheProfileRules(@ForAll("profiles") CampaignProfile profile) {
        assertThat(ProfileRules.standard().check(profile).filter(Violation::isError)).isEmpty();
    }

    @Property(tries = 100)
    void plannedCampaignsLeavePlanningOnlyWithEverySignatureOnUnchangedGoals(
            @ForAll("plannedCampaigns") Campaign campaign, @ForAll @IntRange(min = 0, max = 10) int pick,
            @ForAll boolean change) {
        MemberId lead = campaign.profile().overallLead();
        assertThat(Lifecycle.standard().check(campaign).filter(Violation::isError)).isEmpty();
        Campaign broken;
        String expected;
        if (change) {
            io.github.campaignkit.core.goal.GoalSheet goals = campaign.goals();
            io.github.campaignkit.core.goal.Goal goal = goals.goals().get(pick % goals.goals().size());
            broken = Campaign.builder().from(campaign).goals(goals.withGoal(goal.withDescription(goal.description() + "·改"))).build();
            expected = "goal.signoff.void";
        } else {
            java.util.List<io.github.campaignkit.core.goal.SignOff> kept = new java.util.ArrayList<>(
                    campaign.goals().signOffs());
            kept.remove(pick % kept.size());
            broken = Campaign.builder().from(campaign).goals(campaign.goals().toBuilder().signOffs(kept).build()).build();
            expected = "goal.signoff.missing";
        }
        Refusal refusal = Lifecycle.standard().apply(broken, CampaignCommand.advance(lead), CLOCK).getLeft();
        assertThat(refusal.violations().filter(Violation::isError).map(Violation::code).distinct())
                .containsExactly(expected);
        assertThat(Lifecycle.standard().apply(campaign, CampaignCommand.advance(lead), CLOCK).get().stage())
                .isEqualTo(Stage.PREPARATION);
    }

    @Property
    void generatedCampaignsPassThePlanningGatesAndReachClosedOnceTheirTasksAreDone(
            @ForAll("plannedCampaigns") Campaign start) {
        Lifecycle lifecycle = Lifecycle.standard();
        assertThat(lifecycle.check(start).filter(Violation::isError)).isEmpty();
        MemberId lead = start.profile().overallLead();
        Campaign campaign = lifecycle.apply(start, CampaignCommand.advance(lead), CLOCK).get();
        campaign = lifecycle.apply(campaign, CampaignCommand.advance(lead), CLOCK).get();
        assertThat(campaign.stage()).isEqualTo(Stage.EXECUTION);
        if (!campaign.board().tasks().isEmpty()) {
            assertThat(lifecycle.apply(campaign, CampaignCommand.advance(lead), CLOCK).getLeft()
                    .hasCode("team.task.unfinished")).isTrue();
        }
        for (io.github.campaignkit.core.team.Task task : start.board().tasks()) {
            campaign = lifecycle.apply(campaign, CampaignCommand.by(lead, BoardChange.ChangeTaskStatus.of(task.id(),
                    io.github.campaignkit.core.team.TaskStatus.DONE)), CLOCK).get();
        }
        campaign = lifecycle.apply(campaign, CampaignCommand.advance(lead), CLOCK).get();
        long beforeClosingTheBudget = campaign.revision();
        campaign = io.github.campaignkit.core.testkit.SupplyArbitraries.evaluateChosen(
                io.github.campaignkit.core.testkit.CampaignArbitraries.recordResults(
                        io.github.campaignkit.core.testkit.CampaignArbitraries.closeBudget(campaign, CLOCK), CLOCK), CLOCK);
        long budgetCommands = campaign.revision() - beforeClosingTheBudget;
        assertThat(lifecycle.apply(campaign, CampaignCommand.advance(lead), CLOCK).getLeft().codes())
                .contains("review.evaluation.missing", "review.retrospective.missing");
        campaign = io.github.campaignkit.core.testkit.CampaignArbitraries.recordReview(campaign, CLOCK);
        campaign = lifecycle.apply(campaign, CampaignCommand.advance(lead), CLOCK).get();
        assertThat(campaign.stage()).isEqualTo(Stage.CLOSED);
        assertThat(campaign.revision()).isEqualTo(4 + start.board().tasks().size() + budgetCommands + 2);
    }

    @Property
    void generatedCampaignsCarryAScheduleReadyForExecution(@ForAll("plannedCampaigns") Campaign campaign) {
        assertThat(Gates.scheduleReady().check(campaign).filter(Violation::isError)).isEmpty();
        assertThat(Gates.scheduleReady().check(Campaign.builder().from(campaign).schedule(
                io.github.campaignkit.core.schedule.Schedule.empty()).build()).map(Violation::code))
                .containsExactly("schedule.empty");
    }

    @Property
    void historiesFormAChainFromPlanning(@ForAll("campaigns") Campaign campaign) {
        java.util.List<StageChange> history = campaign.history();
        assertThat(campaign.revision()).isGreaterThanOrEqualTo(history.size());
        if (!history.isEmpty()) {
            assertThat(history.get(0).from()).isEqualTo(Stage.PLANNING);
        }
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
        }
    }

    /** Every goal reached exactly, as a review would record it. */
    private static io.github.campaignkit.core.goal.GoalSheet reached(io.github.campaignkit.core.goal.GoalSheet goals) {
        io.github.campaignkit.core.goal.GoalSheet done = goals;
        for (io.github.campaignkit.core.goal.Goal g : goals.goals()) {
            java.math.BigDecimal level = g.target().flatMap(t -> t.level(
                    io.github.campaignkit.core.goal.Direction.HIGHER_IS_BETTER, g.baseline())).orElse(java.math.BigDecimal.ONE);
            done = done.withResult(io.github.campaignkit.core.goal.GoalResult.of(g.id(), level, "复盘"));
        }
        return done;
    }

    @Provide
    Arbitrary<Campaign> plannedCampaigns() {
        return CampaignArbitraries.plannedCampaigns();
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return CampaignArbitraries.campaigns();
    }

    @Provide
    Arbitrary<CampaignProfile> profiles() {
        return CampaignArbitraries.profiles();
    }

    @Provide
    Arbitrary<String> texts() {
        return CampaignArbitraries.texts();
    }
}
