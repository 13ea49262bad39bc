package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.goal.Actual;
import io.github.campaignkit.core.goal.ActualSource;
import io.github.campaignkit.core.goal.Dimension;
import io.github.campaignkit.core.goal.DimensionKind;
import io.github.campaignkit.core.goal.Direction;
import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Objective;
import io.github.campaignkit.core.goal.ObjectiveId;
import io.github.campaignkit.core.goal.Priority;
import io.github.campaignkit.core.goal.Rate;
import io.github.campaignkit.core.goal.SignOff;
import io.github.campaignkit.core.goal.SmartPolicy;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.goal.UnitKind;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for package {@code goal}. Generated catalogues hang together (a rate's numerator and
 * denominator are counts or amounts of the same catalogue) and generated sheets pass the SMART
 * check against their window without an error or a warning: every goal is described, measured by
 * a metric of the catalogue against a positive target in its direction, at most 50% from its
 * baseline, linked to an objective of the sheet and due within 30 days of the window's end.
 */
public final class GoalArbitraries {

    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("CNY"), Currency.getInstance("USD"),
            Currency.getInstance("EUR"));

    private GoalArbitraries() {
    }

    /**
     * Goal ids.
     *
     * @return the generator
     */
    public static Arbitrary<GoalId> goalIds() {
        return CampaignArbitraries.identifiers().map(GoalId::of);
    }

    /**
     * Objective ids.
     *
     * @return the generator
     */
    public static Arbitrary<ObjectiveId> objectiveIds() {
        return CampaignArbitraries.identifiers().map(ObjectiveId::of);
    }

    /**
     * Metric ids.
     *
     * @return the generator
     */
    public static Arbitrary<MetricId> metricIds() {
        return CampaignArbitraries.identifiers().map(MetricId::of);
    }

    /**
     * Objectives with a statement.
     *
     * @return the generator
     */
    public static Arbitrary<Objective> objectives() {
        return Combinators.combine(objectiveIds(), CampaignArbitraries.texts()).as(Objective::new);
    }

    /**
     * Dimensions, standard or custom with a name.
     *
     * @return the generator
     */
    public static Arbitrary<Dimension> dimensions() {
        return Arbitraries.oneOf(
                Arbitraries.of(DimensionKind.values()).filter(k -> k != DimensionKind.CUSTOM).map(Dimension::of),
                Arbitraries.of("整体效果", "用户反馈", "渠道效率", "Partner reach").map(Dimension::custom));
    }

    /**
     * Units of every kind.
     *
     * @return the generator
     */
    public static Arbitrary<MetricUnit> units() {
        return Arbitraries.oneOf(Arbitraries.just(MetricUnit.count()), Arbitraries.of(CURRENCIES).map(MetricUnit::money),
                Arbitraries.just(MetricUnit.percent()), Arbitraries.just(MetricUnit.score()),
                Arbitraries.just(MetricUnit.ratio()));
    }

    /**
     * Rates between two different metrics.
     *
     * @return the generator
     */
    public static Arbitrary<Rate> rates() {
        return metricIds().list().uniqueElements().ofSize(2).map(ids -> Rate.of(ids.get(0), ids.get(1)));
    }

    /**
     * Single metrics of any kind, rates included (whose parts need not be in any catalogue).
     *
     * @return the generator
     */
    public static Arbitrary<Metric> metrics() {
        return Combinators.combine(metricIds(), CampaignArbitraries.texts(), units(), Arbitraries.of(Direction.class),
                        rates().optional(), Arbitraries.integers().between(0, 3))
                .as((id, name, unit, direction, rate, scale) -> {
                    MetricUnit u = rate.isPresent() && !(unit.kind() == UnitKind.PERCENT || unit.kind() == UnitKind.RATIO)
                            ? MetricUnit.percent() : unit;
                    return new Metric(id, name, u, direction, rate, scale, Optional.empty());
                });
    }

    /**
     * Catalogues that hang together: 2 to 4 counts or amounts, up to 2 directly observed levels
     * (percent, score, ratio), up to 2 rates over the counts and amounts and, in about half of the
     * catalogues with an amount of money, a return on investment over the first; ids unique.
     *
     * @return the generator
     */
    public static Arbitrary<List<Metric>> catalogues() {
        Arbitrary<MetricUnit> additive = Arbitraries.oneOf(Arbitraries.just(MetricUnit.count()),
                Arbitraries.just(MetricUnit.count()), Arbitraries.of(CURRENCIES).map(MetricUnit::money));
        Arbitrary<MetricUnit> level = Arbitraries.of(MetricUnit.percent(), MetricUnit.score(), MetricUnit.ratio());
        Arbitrary<Direction> directions = Arbitraries.frequency(Tuple.of(4, Direction.HIGHER_IS_BETTER),
                Tuple.of(1, Direction.LOWER_IS_BETTER));
        return Combinators.combine(
                        Combinators.combine(CampaignArbitraries.texts(), additive, directions).as(Tuple::of)
                                .list().ofMinSize(2).ofMaxSize(4),
                        Combinators.combine(CampaignArbitraries.texts(), level, directions).as(Tuple::of)
                                .list().ofMaxSize(2),
                        Combinators.combine(CampaignArbitraries.texts(), Arbitraries.integers().between(0, 99),
                                        Arbitraries.integers().between(1, 99), Arbitraries.of(true, false), directions)
                                .as(Tuple::of).list().ofMaxSize(2),
                        CampaignArbitraries.identifiers())
                .as((sums, levels, rates, suffix) -> {
                    List<Metric> metrics = new ArrayList<>();
                    for (int i = 0; i < sums.size(); i++) {
                        var t = sums.get(i);
                        metrics.add(new Metric(MetricId.of("s" + i + "-" + suffix), t.get1(), t.get2(), t.get3(),
                                Optional.empty(), t.get2().kind().defaultRateScale(), Optional.empty()));
                    }
                    for (int i = 0; i < levels.size(); i++) {
                        var t = levels.get(i);
                        metrics.add(new Metric(MetricId.of("l" + i + "-" + suffix), t.get1(), t.get2(), t.get3(),
                                Optional.empty(), t.get2().kind().defaultRateScale(), Optional.empty()));
                    }
                    for (int i = 0; i < rates.size(); i++) {
                        var t = rates.get(i);
                        int num = t.get2() % sums.size();
                        int den = (num + 1 + t.get3() % (sums.size() - 1)) % sums.size();
                        metrics.add(new Metric(MetricId.of("r" + i + "-" + suffix), t.get1(),
                                t.get4() ? MetricUnit.percent() : MetricUnit.ratio(), t.get5(),
                                Optional.of(Rate.of(metrics.get(num).id(), metrics.get(den).id())), 1, Optional.empty()));
                    }
                    metrics.stream().filter(m -> m.unit().kind() == UnitKind.CURRENCY).findFirst()
                            .filter(money -> suffix.hashCode() % 2 == 0)
                            .ifPresent(money -> metrics.add(Metric.returnOnInvestment("roi-" + suffix, "ROI", money.id())));
                    return metrics;
                });
    }

    /**
     * Positive amounts, whole or with up to two decimals.
     *
     * @return the generator
     */
    public static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 10_000_000).map(BigDecimal::valueOf),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(0.01), BigDecimal.valueOf(1_000_000)).ofScale(2));
    }

    /**
     * Targets of every kind with a positive level and an ordered range.
     *
     * @return the generator
     */
    public static Arbitrary<Target> targets() {
        return Arbitraries.oneOf(
                amounts().map(Target::atLeast),
                amounts().map(Target::atMost),
                Combinators.combine(amounts(), amounts()).as((a, b) -> Target.between(a.min(b), a.max(b))),
                Arbitraries.integers().between(-50, 50).filter(p -> p != 0).map(p -> Target.uplift(BigDecimal.valueOf(p))));
    }

    /**
     * A target for a metric that passes the SMART check without a warning: positive, whole for a
     * count, in the metric's direction, and within 50% of the baseline when there is one.
     *
     * @param metric the metric
     * @return the generator of (target, baseline)
     */
    public static Arbitrary<Tuple.Tuple2<Target, Optional<BigDecimal>>> smartTargets(Metric metric) {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.longs().between(1_000, 100_000_000),
                        Arbitraries.longs().between(1_000, 100_000_000), Arbitraries.integers().between(1, 50))
                .as((kind, a, b, p) -> smartTarget(metric, kind, a, b, p));
    }

    /**
     * The target of one of four kinds for a metric, from raw numbers: at least (or at most) a, an
     * uplift of p% over a, a level p% from the baseline a, a range between a and b. Amounts are in
     * hundredths unless the metric counts.
     */
    private static Tuple.Tuple2<Target, Optional<BigDecimal>> smartTarget(Metric metric, int kind, long a, long b,
                                                                           int p) {
        boolean whole = metric.unit().kind() == UnitKind.COUNT;
        BigDecimal x = whole ? BigDecimal.valueOf(a / 100) : BigDecimal.valueOf(a, 2);
        BigDecimal y = whole ? BigDecimal.valueOf(b / 100) : BigDecimal.valueOf(b, 2);
        boolean higher = metric.direction() == Direction.HIGHER_IS_BETTER;
        int uplift = higher ? p : -p;
        switch (kind) {
            case 0:
                return Tuple.of(higher ? Target.atLeast(x) : Target.atMost(x), Optional.empty());
            case 1:
                return Tuple.of(Target.uplift(BigDecimal.valueOf(uplift)), Optional.of(x));
            case 2: {
                // Round towards the baseline, so the level stays within p% of it.
                BigDecimal level = x.multiply(BigDecimal.valueOf(100 + uplift)).divide(BigDecimal.valueOf(100),
                        whole ? 0 : 2, higher ? RoundingMode.DOWN : RoundingMode.UP);
                return Tuple.of(higher ? Target.atLeast(level) : Target.atMost(level), Optional.of(x));
            }
            default:
                return Tuple.of(Target.between(x.min(y), x.max(y)), Optional.empty());
        }
    }

    /**
     * Single goals (their metric and objective need not be on any sheet).
     *
     * @return the generator
     */
    public static Arbitrary<Goal> goals() {
        return Combinators.combine(goalIds(), objectiveIds().optional(), dimensions(), CampaignArbitraries.texts(),
                        metricIds(), targets().optional(), amounts().optional(), CampaignArbitraries.texts())
                .flatAs((id, objective, dimension, description, metric, target, baseline, source) ->
                        Combinators.combine(CampaignArbitraries.memberIds().optional(),
                                        CampaignArbitraries.dates().optional(), Arbitraries.integers().between(0, 10).optional(),
                                        Arbitraries.of(Priority.class),
                                        Arbitraries.oneOf(Arbitraries.just(""), CampaignArbitraries.texts()))
                                .as((owner, deadline, after, priority, notes) -> new Goal(id, objective, dimension,
                                        description, metric, target, baseline, source, owner, deadline,
                                        deadline.isPresent() ? Optional.empty() : after, priority, notes)));
    }

    /**
     * Sheets that pass the SMART check against the window without an error or a warning, signed by
     * every given department, without results.
     *
     * @param window      the campaign's window
     * @param departments the departments that sign
     * @return the generator
     */
    public static Arbitrary<GoalSheet> signedSheets(DateRange window, List<Department> departments) {
        return smartSheets(window).flatMap(sheet -> Combinators.combine(
                        CampaignArbitraries.memberIds().list().ofSize(departments.size()),
                        CampaignArbitraries.instants())
                .as((signers, at) -> {
                    GoalSheet signed = sheet;
                    for (int i = 0; i < departments.size(); i++) {
                        signed = signed.sign(departments.get(i), signers.get(i), at.plusSeconds(60L * i));
                    }
                    return signed;
                })).withoutEdgeCases();
    }

    /**
     * Sheets that pass the SMART check against the window without an error or a warning: 1 to 3
     * objectives, a catalogue, 1 to 5 goals; not signed, without results.
     *
     * @param window the campaign's window
     * @return the generator
     */
    public static Arbitrary<GoalSheet> smartSheets(DateRange window) {
        // Deadlines inside the window are days; after it, as the seeds write them, working days after
        // the end: at most the default allowance, so within it on every calendar.
        long span = window.days() + SmartPolicy.DEFAULT_DEADLINE_WORKING_DAYS + 1;
        Arbitrary<Object[]> goal = Combinators.combine(
                        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 7), dimensions(),
                        CampaignArbitraries.texts(), CampaignArbitraries.texts(),
                        CampaignArbitraries.memberIds().optional(), Arbitraries.longs().between(0, span - 1),
                        Arbitraries.of(Priority.class))
                .as((o, m, dimension, description, source, owner, offset, priority) -> new Object[] {o, m, dimension,
                        description, source, owner, offset, priority});
        Arbitrary<Object[]> aim = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.longs().between(1_000, 100_000_000), Arbitraries.longs().between(1_000, 100_000_000),
                        Arbitraries.integers().between(1, 50))
                .as((kind, a, b, p) -> new Object[] {kind, a, b, p});
        Arbitrary<List<Object[]>> rows = Combinators.combine(goal, aim)
                .as((g, t) -> {
                    Object[] full = java.util.Arrays.copyOf(g, 12);
                    System.arraycopy(t, 0, full, 8, 4);
                    return full;
                })
                .list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(objectives().list().uniqueElements(Objective::id).ofMinSize(1).ofMaxSize(3),
                        catalogues(), rows)
                .as((objectives, catalogue, raw) -> {
                    List<Goal> goals = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        Object[] r = raw.get(i);
                        Metric metric = catalogue.get((Integer) r[1] % catalogue.size());
                        var target = smartTarget(metric, (Integer) r[8], (Long) r[9], (Long) r[10], (Integer) r[11]);
                        @SuppressWarnings("unchecked")
                        Optional<MemberId> owner = (Optional<MemberId>) r[5];
                        long offset = (Long) r[6];
                        boolean after = offset >= window.days();
                        goals.add(new Goal(GoalId.of("G" + (i + 1)),
                                Optional.of(objectives.get((Integer) r[0] % objectives.size()).id()),
                                (Dimension) r[2], (String) r[3], metric.id(), Optional.of(target.get1()), target.get2(),
                                (String) r[4], owner,
                                after ? Optional.empty() : Optional.of(window.start().plusDays(offset)),
                                after ? Optional.of((int) (offset - window.days())) : Optional.empty(),
                                (Priority) r[7], ""));
                    }
                    return GoalSheet.builder().objectives(objectives).metrics(catalogue).goals(goals).build();
                }).withoutEdgeCases();
    }

    /**
     * A result for every goal of a sheet, with an analysis.
     *
     * @param sheet the sheet
     * @return the generator of the sheet with its results
     */
    public static Arbitrary<GoalSheet> withResults(GoalSheet sheet) {
        return amounts().list().ofSize(sheet.goals().size()).flatMap(actuals -> CampaignArbitraries.texts()
                .list().ofSize(sheet.goals().size()).map(analyses -> {
                    GoalSheet done = sheet;
                    for (int i = 0; i < actuals.size(); i++) {
                        Goal goal = sheet.goals().get(i);
                        BigDecimal raw = actuals.get(i);
                        BigDecimal actual = sheet.metric(goal.metric())
                                .filter(m -> m.unit().kind() == UnitKind.COUNT)
                                .map(m -> raw.setScale(0, RoundingMode.DOWN)).orElse(raw);
                        done = done.withResult(GoalResult.of(goal.id(), actual, analyses.get(i)));
                    }
                    return done;
                })).withoutEdgeCases();
    }

    /**
     * Sheets of every kind: SMART and signed by some departments, sometimes with results.
     *
     * @return the generator
     */
    public static Arbitrary<GoalSheet> sheets() {
        return Combinators.combine(CampaignArbitraries.dateRanges(),
                        CampaignArbitraries.departments().list().uniqueElements().ofMaxSize(3))
                .flatAs(GoalArbitraries::signedSheets)
                .flatMap(sheet -> Arbitraries.oneOf(Arbitraries.just(sheet), withResults(sheet)).withoutEdgeCases());
    }

    /**
     * Sign-offs of a generated sheet.
     *
     * @return the generator
     */
    public static Arbitrary<SignOff> signOffs() {
        return Combinators.combine(CampaignArbitraries.departments(), CampaignArbitraries.memberIds(),
                        CampaignArbitraries.instants(), goals().list().ofMaxSize(3))
                .as(SignOff::new);
    }

    /**
     * Results: most with a recorded actual, some with the analysis alone.
     *
     * @return the generator
     */
    public static Arbitrary<GoalResult> results() {
        return Combinators.combine(goalIds(), amounts().optional(), Arbitraries.oneOf(Arbitraries.just(""),
                CampaignArbitraries.texts())).as(GoalResult::new);
    }

    /**
     * SMART policies.
     *
     * @return the generator
     */
    public static Arbitrary<SmartPolicy> smartPolicies() {
        return Combinators.combine(Arbitraries.integers().between(0, 500).map(BigDecimal::valueOf),
                Arbitraries.integers().between(0, 60), ScheduleArbitraries.calendars().optional())
                .as(SmartPolicy::new);
    }

    /**
     * Evaluations of generated sheets.
     *
     * @return the generator
     */
    public static Arbitrary<Evaluation> evaluations() {
        return sheets().flatMap(sheet -> Combinators.combine(actuals().list().ofSize(sheet.goals().size()),
                Arbitraries.of(true, false).list().ofSize(sheet.goals().size())).as((actuals, given) -> {
                    java.util.Map<MetricId, Actual> measured = new java.util.HashMap<>();
                    for (int i = 0; i < actuals.size(); i++) {
                        if (given.get(i) && actuals.get(i).source() != ActualSource.RECORDED) {
                            measured.putIfAbsent(sheet.goals().get(i).metric(), actuals.get(i));
                        }
                    }
                    return Evaluation.of(sheet, measured);
                }));
    }

    /**
     * Actuals of every source.
     *
     * @return the generator
     */
    public static Arbitrary<Actual> actuals() {
        return Combinators.combine(amounts(), Arbitraries.of(ActualSource.class)).as(Actual::new);
    }

    /**
     * Rows of generated evaluations, their actuals recorded or given by the data.
     *
     * @return the generator
     */
    public static Arbitrary<EvaluationRow> evaluationRows() {
        return evaluations().filter(e -> !e.rows().isEmpty()).flatMap(e -> Arbitraries.of(e.rows()));
    }
}
