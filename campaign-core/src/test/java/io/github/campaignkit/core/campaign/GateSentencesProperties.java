package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.outreach.ChannelRow;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.rule.Rule;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.supply.SupplierNeed;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.RaciMatrix;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.SupplyArbitraries;
import io.github.campaignkit.core.tracking.Issue;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.IssueSeverity;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every gate README's "Gates" paragraph promises is a gate of {@link Gates#defaults(Stage)}, and
 * the lifecycle refuses to leave the stage without it: for campaigns generated ready to leave each
 * stage, taking away exactly what the sentence names makes the gate fail and the advance be refused
 * with the gate's violations (issue 15, part 3).
 */
class GateSentencesProperties {

    /** One sentence of README's gate paragraph, its gate, and how a ready campaign goes without it. */
    record Sentence(Stage stage, String words, Rule<Campaign> gate, Function<Campaign, Optional<Campaign>> without) {
    }

    static final List<Sentence> SENTENCES = List.of(
            new Sentence(Stage.PLANNING, "the profile", Gates.profileComplete(),
                    c -> Optional.of(with(c).profile(c.profile().toBuilder().theme(" ").build()).build())),
            new Sentence(Stage.PLANNING, "signed SMART goals", Gates.goalsSet(),
                    c -> Optional.of(with(c).goals(GoalSheet.empty()).build())),
            new Sentence(Stage.PLANNING, "signed SMART goals", Gates.goalsSmart(),
                    c -> c.goals().goals().stream().findFirst().map(g -> with(c).goals(c.goals().toBuilder()
                            .goals(replaceFirst(c.goals().goals(), g.toBuilder().target(Optional.empty()).build()))
                            .build()).build())),
            new Sentence(Stage.PLANNING, "signed SMART goals", Gates.goalsSigned(),
                    c -> Optional.of(with(c).goals(c.goals().toBuilder().signOffs(List.of()).build()).build())),
            new Sentence(Stage.PLANNING, "a valid team", Gates.teamValid(),
                    c -> Optional.of(with(c).team(Team.empty()).build())),
            new Sentence(Stage.PLANNING, "and board", Gates.boardValid(),
                    c -> c.board().tasks().isEmpty() ? Optional.empty()
                            : Optional.of(with(c).board(c.board().toBuilder().raci(RaciMatrix.empty()).build()).build())),
            new Sentence(Stage.PLANNING, "an approved budget", Gates.budgetApproved(),
                    c -> Optional.of(with(c).budget(Budget.draft(c.budget().plan())).build())),
            new Sentence(Stage.PLANNING, "partners whose shares match the budget", Gates.partnersAgreed(),
                    c -> c.budget().costSharing().map(s -> with(c).budget(c.budget().toBuilder()
                            .costSharing(Optional.empty()).build()).build())),
            new Sentence(Stage.PLANNING, "a channel matrix that covers every goal", Gates.channelsCoverGoals(),
                    c -> c.outreach().matrix().isEmpty() || c.goals().goals().isEmpty() ? Optional.empty()
                            : Optional.of(with(c).outreach(c.outreach().toBuilder().matrix(c.outreach().matrix().stream()
                                    .map(r -> unserving(r, c.goals().goals().get(0).metric()))
                                    .collect(Collectors.toList())).build()).build())),
            new Sentence(Stage.PLANNING, "a creative plan due in time", Gates.creativePlanned(),
                    c -> c.outreach().creative().isEmpty() ? Optional.empty()
                            : Optional.of(with(c).outreach(c.outreach().toBuilder().creative(c.outreach().creative()
                                    .stream().map(i -> late(i, c)).collect(Collectors.toList())).build()).build())),

            new Sentence(Stage.PREPARATION, "a schedule ready for execution", Gates.scheduleReady(),
                    c -> Optional.of(with(c).schedule(Schedule.empty()).build())),
            new Sentence(Stage.PREPARATION, "a risk plan whose high risks have an owner, measures and a trigger",
                    Gates.risksPrepared(), GateSentencesProperties::unprepared),
            new Sentence(Stage.PREPARATION, "suppliers chosen after compared quotes", Gates.supplyReady(),
                    c -> c.supply().needs().stream().filter(n -> n.choice().isPresent()).findFirst()
                            .map(n -> with(c).supply(c.supply().toBuilder().needs(replace(c.supply().needs(), n,
                                    n.toBuilder().choice(Optional.empty()).build())).build()).build())),
            new Sentence(Stage.PREPARATION, "an on-site event ready", Gates.eventReady(),
                    c -> c.event().segments().isEmpty() ? Optional.empty()
                            : Optional.of(with(c).event(c.event().toBuilder().booking(Optional.empty()).build()).build())),

            new Sentence(Stage.EXECUTION, "every task finished", Gates.tasksFinished(),
                    c -> c.board().tasks().stream().findFirst().map(t -> with(c).board(c.board().toBuilder()
                            .tasks(replaceFirst(c.board().tasks(), t.toBuilder().status(TaskStatus.NOT_STARTED)
                                    .history(List.of()).build()))
                            .build()).build())),
            new Sentence(Stage.EXECUTION, "no open big or urgent issue", Gates.severeIssuesResolved(),
                    c -> Optional.of(with(c).tracking(c.tracking().toBuilder().addIssues(urgent(c)).build()).build())),

            // Only a goal whose actual is typed can go without it: the data give the others theirs.
            new Sentence(Stage.REVIEW, "an actual for every goal", Gates.goalActuals(),
                    c -> Optional.of(with(c).goals(c.goals().toBuilder().results(List.of()).build()).build())
                            .filter(w -> w.evaluation().rows().stream().anyMatch(r -> r.actual().isEmpty()))),
            new Sentence(Stage.REVIEW, "a settled budget", Gates.budgetSettled(),
                    c -> Optional.of(with(c).budget(c.budget().toBuilder().settlement(Optional.empty()).build()).build())),
            new Sentence(Stage.REVIEW, "no risk left triggered", Gates.risksResolved(), GateSentencesProperties::triggered),
            new Sentence(Stage.REVIEW, "every chosen supplier evaluated", Gates.suppliersEvaluated(),
                    c -> c.supply().evaluations().isEmpty() ? Optional.empty()
                            : Optional.of(with(c).supply(c.supply().toBuilder().evaluations(List.of()).build()).build())),
            new Sentence(Stage.REVIEW, "the evaluation report", Gates.evaluationReported(),
                    c -> Optional.of(with(c).review(new Review(Optional.empty(), c.review().retrospective())).build())),
            new Sentence(Stage.REVIEW, "a complete retrospective", Gates.retrospectiveComplete(),
                    c -> Optional.of(with(c).review(new Review(c.review().evaluation(), Optional.empty())).build())));

    @Example
    void everySentenceOfReadmesGateParagraphIsADefaultGate() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("- **Gates**:");
        String gates = readme.substring(start, readme.indexOf("\n- **", start + 1)).replaceAll("\\s+", " ");
        for (Stage stage : List.of(Stage.PLANNING, Stage.PREPARATION, Stage.EXECUTION, Stage.REVIEW)) {
            List<Sentence> of = SENTENCES.stream().filter(s -> s.stage() == stage).collect(Collectors.toList());
            for (Sentence s : of) {
                assertThat(gates).as("README's gate paragraph").contains(s.words());
            }
            Set<Rule<Campaign>> promised = of.stream().map(Sentence::gate).collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(promised).as("the gates of leaving %s", stage)
                    .containsExactlyInAnyOrderElementsOf(Gates.defaults(stage).toJavaList());
        }
    }

    @Provide
    Arbitrary<Campaign> planning() {
        return CampaignArbitraries.plannedCampaigns();
    }

    @Provide
    Arbitrary<Campaign> preparation() {
        return CampaignArbitraries.plannedCampaigns().inStage(Stage.PREPARATION);
    }

    @Provide
    Arbitrary<Campaign> execution() {
        return CampaignArbitraries.plannedCampaigns().inStage(Stage.EXECUTION).map(GateSentencesProperties::tasksDone);
    }

    @Provide
    Arbitrary<Campaign> review() {
        return CampaignArbitraries.plannedCampaigns().inStage(Stage.REVIEW).map(GateSentencesProperties::closable);
    }

    @Property(tries = 30)
    void planningIsNotLeftWithoutWhatReadmePromises(@ForAll("planning") Campaign ready) {
        refusedWithoutEach(Stage.PLANNING, ready);
    }

    @Property(tries = 40)
    void preparationIsNotLeftWithoutWhatReadmePromises(@ForAll("preparation") Campaign ready) {
        refusedWithoutEach(Stage.PREPARATION, ready);
    }

    @Property(tries = 20)
    void executionIsNotLeftWithoutWhatReadmePromises(@ForAll("execution") Campaign ready) {
        refusedWithoutEach(Stage.EXECUTION, ready);
    }

    // A goal whose actual only a typed result gives comes up in about one campaign in seven.
    @Property(tries = 80)
    void reviewIsNotLeftWithoutWhatReadmePromises(@ForAll("review") Campaign ready) {
        refusedWithoutEach(Stage.REVIEW, ready);
    }

    private static void refusedWithoutEach(Stage stage, Campaign ready) {
        assertThat(ready.stage()).isEqualTo(stage);
        Clock clock = after(ready);
        for (Sentence s : SENTENCES) {
            if (s.stage() != stage) {
                continue;
            }
            assertThat(s.gate().check(ready).filter(Violation::isError)).as("ready: %s", s.words()).isEmpty();
            Optional<Campaign> without = s.without().apply(ready);
            Statistics.label(stage.name()).collect(s.words() + (without.isPresent() ? "" : " (nothing to take away)"));
            if (without.isEmpty()) {
                continue;
            }
            Seq<Violation> failing = s.gate().check(without.get()).filter(Violation::isError);
            assertThat(failing).as("without %s", s.words()).isNotEmpty();
            Either<io.github.campaignkit.core.rule.Refusal, Campaign> advance = Lifecycle.standard()
                    .apply(without.get(), CampaignCommand.advance(ready.profile().overallLead()), clock);
            assertThat(advance.isLeft()).as("advanced without %s", s.words()).isTrue();
            assertThat(advance.getLeft().violations().map(Violation::code).toJavaList())
                    .as("refused without %s", s.words()).containsAll(failing.map(Violation::code).toJavaList());
        }
        Statistics.label(stage.name()).coverage(coverage -> {
            for (Sentence s : SENTENCES) {
                if (s.stage() == stage) {
                    coverage.check(s.words()).count(n -> n > 0);
                }
            }
        });
    }

    private static CampaignBuilder with(Campaign c) {
        return Campaign.builder().from(c);
    }

    private static <T> List<T> replaceFirst(List<T> list, T first) {
        List<T> copy = new ArrayList<>(list);
        copy.set(0, first);
        return copy;
    }

    private static <T> List<T> replace(List<T> list, T old, T next) {
        return list.stream().map(x -> x == old ? next : x).collect(Collectors.toList());
    }

    private static ChannelRow unserving(ChannelRow row, io.github.campaignkit.core.goal.MetricId metric) {
        return new ChannelRow(row.channel(), row.kind(), row.contentForm(), row.phase(), row.timing(), row.owner(),
                row.metrics().stream().filter(m -> !m.equals(metric)).collect(Collectors.toList()));
    }

    private static CreativeItem late(CreativeItem item, Campaign c) {
        return new CreativeItem(item.module(), item.designPoint(), item.content(), item.alternative(), item.owner(),
                Optional.of(c.profile().window().end().plusDays(1)));
    }

    private static Issue urgent(Campaign c) {
        ModuleId module = c.team().modules().isEmpty() ? ModuleId.EXECUTION : c.team().modules().get(0).id();
        return new Issue(IssueId.of("GATE-1"), after(c).instant(), c.profile().overallLead(), module,
                IssueSeverity.URGENT, "现场设备故障", Optional.empty(), List.of(), Optional.empty());
    }

    /** The campaign with the first high risk's measures taken away. */
    private static Optional<Campaign> unprepared(Campaign c) {
        for (Risk risk : c.risks().entries()) {
            Campaign without = with(c).risks(c.risks().toBuilder().entries(replace(c.risks().entries(), risk,
                    risk.withMeasures(List.of()))).build()).build();
            if (!Gates.risksPrepared().check(without).filter(Violation::isError).isEmpty()) {
                return Optional.of(without);
            }
        }
        return Optional.empty();
    }

    private static Optional<Campaign> triggered(Campaign c) {
        for (Risk risk : c.risks().entries()) {
            Either<io.github.campaignkit.core.rule.Refusal, RiskRegister> fired = c.risks().changeStatus(risk.id(),
                    RiskStatus.TRIGGERED, c.profile().overallLead(), after(c).instant(), Optional.of("已触发"));
            if (fired.isRight()) {
                return Optional.of(with(c).risks(fired.get()).build());
            }
        }
        return Optional.empty();
    }

    /** An hour after the campaign's last stage change. */
    private static Clock after(Campaign c) {
        Instant last = c.history().isEmpty() ? Instant.parse("2030-01-01T00:00:00Z")
                : c.history().get(c.history().size() - 1).at();
        return Clock.fixed(last.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    }

    private static Campaign tasksDone(Campaign c) {
        Campaign done = c;
        for (Task task : c.board().tasks()) {
            done = Lifecycle.standard().apply(done, CampaignCommand.by(c.profile().overallLead(),
                    BoardChange.ChangeTaskStatus.of(task.id(), TaskStatus.DONE)), after(done)).getOrElse(done);
        }
        return done;
    }

    private static Campaign closable(Campaign c) {
        Clock clock = after(c);
        Campaign done = CampaignArbitraries.closeBudget(c, clock);
        done = CampaignArbitraries.recordResults(done, clock);
        done = SupplyArbitraries.evaluateChosen(done, clock);
        return CampaignArbitraries.recordReview(done, clock);
    }
}
