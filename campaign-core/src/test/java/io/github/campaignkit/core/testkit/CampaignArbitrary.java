package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.budget.BudgetPolicy;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.Team;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid campaigns, configured the way jqwik's own arbitraries are: each {@code with…} or
 * {@code in…} method returns a new arbitrary, so that a property draws exactly the campaigns it is
 * about instead of filtering (and discarding) random ones.
 *
 * <pre>{@code
 * @Property
 * void theReserveStaysWithinTheStandardBand(@ForAll("planned") Campaign campaign) { … }
 *
 * @Provide
 * Arbitrary<Campaign> planned() {
 *     return CampaignArbitraries.plannedCampaigns()
 *             .withPolicy(BudgetPolicy.standard())
 *             .inCurrency(Currency.getInstance("CNY"))
 *             .withTasks(5, 50);
 * }
 * }</pre>
 *
 * <p>By default a campaign is {@linkplain CampaignArbitraries#plannedCampaigns() planned} with
 * every part a gate asks for, in any of a few currencies under a preset or a random budget policy,
 * with 0 to 4 tasks on its board, and in {@link Stage#PLANNING}. {@link #inStage} takes it further
 * through the standard lifecycle, by its overall lead, as a real campaign would go. Samples shrink
 * towards fewer tasks, lines, goals and risks; {@link CampaignArbitraries#describe} is the short
 * text failure reports print for a campaign.
 */
public final class CampaignArbitrary extends ArbitraryDecorator<Campaign> {

    /** The most tasks {@link #withTasks} accepts. */
    public static final int MAX_TASKS = 200;

    private final Arbitrary<Currency> currencies;
    private final Arbitrary<BudgetPolicy> policies;
    private final int minTasks;
    private final int maxTasks;
    private final Stage stage;

    CampaignArbitrary() {
        this(BudgetArbitraries.currencies(), BudgetArbitraries.policies(), 0, 4, Stage.PLANNING);
    }

    private CampaignArbitrary(Arbitrary<Currency> currencies, Arbitrary<BudgetPolicy> policies, int minTasks,
                              int maxTasks, Stage stage) {
        this.currencies = currencies;
        this.policies = policies;
        this.minTasks = minTasks;
        this.maxTasks = maxTasks;
        this.stage = stage;
    }

    /**
     * Campaigns whose budget follows the given policy (every version of it passes the policy).
     *
     * @param policy the policy, such as {@link BudgetPolicy#standard()}
     * @return a new arbitrary
     */
    public CampaignArbitrary withPolicy(BudgetPolicy policy) {
        return new CampaignArbitrary(currencies, Arbitraries.just(Objects.requireNonNull(policy, "policy")), minTasks,
                maxTasks, stage);
    }

    /**
     * Campaigns whose budget is in the given currency.
     *
     * @param currency the currency; it must have a minor unit (CNY, USD, JPY …)
     * @return a new arbitrary
     */
    public CampaignArbitrary inCurrency(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency: " + currency + " has no minor unit");
        }
        return new CampaignArbitrary(Arbitraries.just(currency), policies, minTasks, maxTasks, stage);
    }

    /**
     * Campaigns with {@code min} to {@code max} tasks on their board (执行分工表). With at least one
     * task, the team has at least one module for the tasks to belong to.
     *
     * @param min the fewest tasks, 0 or more
     * @param max the most tasks, {@code min} to {@value #MAX_TASKS}
     * @return a new arbitrary
     * @throws IllegalArgumentException if the bounds are out of order or too large
     */
    public CampaignArbitrary withTasks(int min, int max) {
        if (min < 0 || max < min || max > MAX_TASKS) {
            throw new IllegalArgumentException("tasks: 0 ≤ min ≤ max ≤ " + MAX_TASKS + ", not " + min + ".." + max);
        }
        return new CampaignArbitrary(currencies, policies, min, max, stage);
    }

    /**
     * Campaigns taken by their overall lead, through the standard lifecycle, to the given stage:
     * {@link Stage#PREPARATION} and {@link Stage#EXECUTION} by advancing; {@link Stage#REVIEW} with
     * every task done first; {@link Stage#CLOSED} with every goal's result, the budget's actuals and
     * shared costs settled, every chosen supplier evaluated and the review recorded;
     * {@link Stage#ON_HOLD} held in preparation; {@link Stage#CANCELLED} cancelled while planning.
     *
     * @param target the stage the campaigns are in
     * @return a new arbitrary
     */
    public CampaignArbitrary inStage(Stage target) {
        return new CampaignArbitrary(currencies, policies, minTasks, maxTasks, Objects.requireNonNull(target, "stage"));
    }

    /**
     * Draws the sizes (tasks on the board, budget lines, scheduled tasks) as shrinkable numbers and
     * everything else from one random seed that does not shrink. Shrinking therefore only makes a
     * campaign smaller: each step draws the same campaign again, from the same seed, with fewer
     * tasks or lines, and reaches a small one in a few dozen steps (nested generators that shrink
     * every drawn number took minutes and stalled).
     */
    @Override
    protected Arbitrary<Campaign> arbitrary() {
        Arbitrary<Campaign> planned = Combinators.combine(Arbitraries.integers().between(minTasks, maxTasks),
                        Arbitraries.integers().between(0, BudgetArbitraries.MAX_LINES),
                        Arbitraries.integers().between(1, 8),
                        Arbitraries.longs().withoutEdgeCases().dontShrink())
                .as((tasks, lines, scheduled, seed) -> plan(seed, tasks, lines, scheduled))
                .withoutEdgeCases();
        if (stage == Stage.PLANNING) {
            return planned;
        }
        return Combinators.combine(planned, CampaignArbitraries.instants().dontShrink(), Arbitraries.longs().dontShrink())
                .as((start, at, seed) -> takeTo(start, stage, at,
                        draw(GoalArbitraries.withResults(start.goals()), new java.util.Random(seed))));
    }

    /**
     * A planned campaign with exactly the given sizes. Each part is drawn with a source of randomness
     * of its own, derived from the seed, so that a part whose size shrinks leaves the others as they
     * were.
     */
    private Campaign plan(long seed, int tasks, int lines, int scheduled) {
        java.util.function.IntFunction<java.util.Random> part = n -> new java.util.Random(seed * 31 + n);
        io.github.campaignkit.core.campaign.CampaignProfile profile = draw(CampaignArbitraries.profiles(), part.apply(1));
        Team team = draw(TeamArbitraries.teamParts(), part.apply(2)).build(profile.overallLead(), tasks > 0);
        Campaign c = Campaign.builder().from(Campaign.plan(draw(CampaignArbitraries.campaignIds(), part.apply(3)), profile))
                .team(team)
                .board(draw(TeamArbitraries.boardParts(tasks, tasks), part.apply(4)).build(team, profile.window()))
                .budget(draw(BudgetArbitraries.approvedBudgets(currencies, policies, Arbitraries.just(lines)), part.apply(5)))
                .risks(draw(RiskArbitraries.plannedRegisters(), part.apply(6)))
                .build();
        GoalSheet goals = inCurrency(draw(GoalArbitraries.signedSheets(profile.window(), profile.departments()),
                part.apply(7)), c.budget().currency());
        c = Campaign.builder().from(c).goals(goals)
                .kpi(draw(KpiArbitraries.trackings(goals.metrics(), profile.window()), part.apply(8)))
                .schedule(draw(ScheduleArbitraries.readyWithin(profile.window(), scheduled, scheduled), part.apply(9)))
                .build();
        return Campaign.builder().from(c)
                .partners(draw(PartnerArbitraries.plansFor(c.budget().costSharing()), part.apply(10)))
                .outreach(draw(OutreachArbitraries.plansFor(c.goals(), profile.window(), profile.phases(),
                        c.schedule().start()), part.apply(11)))
                .supply(draw(SupplyArbitraries.readyPlans(c.budget().plan()), part.apply(12)))
                .event(draw(EventArbitraries.readyPlans(c.team().members().stream().map(Member::id)
                        .collect(Collectors.toList())), part.apply(13)))
                .build();
    }

    /**
     * The sheet with its money metrics counted in the budget's currency, as a campaign keeps its
     * books in one: a return on investment over them can then be computed from the actual spend.
     */
    private static GoalSheet inCurrency(GoalSheet sheet, java.util.Currency currency) {
        java.util.List<io.github.campaignkit.core.goal.Metric> metrics = new java.util.ArrayList<>();
        for (io.github.campaignkit.core.goal.Metric m : sheet.metrics()) {
            metrics.add(m.unit().currency().isPresent() ? io.github.campaignkit.core.goal.Metric.builder().from(m)
                    .unit(io.github.campaignkit.core.goal.MetricUnit.money(currency)).build() : m);
        }
        return GoalSheet.builder().from(sheet).metrics(metrics).build();
    }

    /** One value of a generator, drawn with the given source of randomness. */
    private static <T> T draw(Arbitrary<T> arbitrary, java.util.Random random) {
        return arbitrary.generator(GENERATION_SIZE).next(random).value();
    }

    /** The genSize jqwik uses by default for a property of 1,000 tries. */
    private static final int GENERATION_SIZE = 1000;

    /**
     * The campaign taken by its overall lead to the stage, each command 37 minutes after the last.
     */
    static Campaign takeTo(Campaign start, Stage target, Instant at, GoalSheet finished) {
        MemberId lead = start.profile().overallLead();
        long[] minute = {0};
        java.util.function.Supplier<Clock> tick = () -> Clock.fixed(at.plus(Duration.ofMinutes(37L * minute[0]++)),
                ZoneOffset.UTC);
        Lifecycle lifecycle = Lifecycle.standard();
        if (target == Stage.CANCELLED) {
            return apply(lifecycle, start, CampaignCommand.cancel(lead, "预算调整，活动取消"), tick.get());
        }
        Campaign c = apply(lifecycle, start, CampaignCommand.advance(lead), tick.get());
        if (target == Stage.PREPARATION) {
            return c;
        }
        if (target == Stage.ON_HOLD) {
            return apply(lifecycle, c, CampaignCommand.hold(lead, "等待供应商确认"), tick.get());
        }
        c = apply(lifecycle, c, CampaignCommand.advance(lead), tick.get());
        if (target == Stage.EXECUTION) {
            return c;
        }
        for (Task task : c.board().tasks()) {
            c = apply(lifecycle, c, CampaignCommand.by(lead,
                    io.github.campaignkit.core.team.BoardChange.ChangeTaskStatus.of(task.id(), TaskStatus.DONE)),
                    tick.get());
        }
        c = apply(lifecycle, c, CampaignCommand.advance(lead), tick.get());
        if (target == Stage.REVIEW) {
            return c;
        }
        // The spend first: a return on investment is computed from it, so its goal records only the analysis.
        c = CampaignArbitraries.closeBudget(c, tick.get());
        c = apply(lifecycle, c, CampaignCommand.by(lead, GoalChange.RecordResults.of(
                CampaignArbitraries.resultsFor(c, finished.results()))), tick.get());
        c = SupplyArbitraries.evaluateChosen(c, tick.get());
        c = CampaignArbitraries.recordReview(c, tick.get());
        return apply(lifecycle, c, CampaignCommand.advance(lead), tick.get());
    }

    private static Campaign apply(Lifecycle lifecycle, Campaign campaign, CampaignCommand command, Clock clock) {
        return lifecycle.apply(campaign, command, clock).getOrElseThrow(refusal -> new IllegalStateException(
                "a generated campaign was refused " + command.type() + ": " + refusal.codes().mkString(", ")
                        + " in " + CampaignArbitraries.describe(campaign)));
    }
}
