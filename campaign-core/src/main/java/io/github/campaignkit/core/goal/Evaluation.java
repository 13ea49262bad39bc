package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of a campaign's goals (活动效果评估表): one row per goal, target against actual,
 * with the achievement rate computed once at the metric's rate scale. Seed 004's table comes out
 * as 124%, 127.5%, 108%, 183% and 108%.
 *
 * @param rows     one row per goal, in the order of the sheet
 * @param findings what keeps the evaluation from being complete: goals without an actual, unmet
 *                 goals without an analysis, achievement rates that cannot be computed; paths
 *                 are relative to the sheet
 */
@Value.Builder
public record Evaluation(List<EvaluationRow> rows, List<Violation> findings) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a list or an element is null, naming it
     */
    public Evaluation {
        rows = Checks.list(rows, "rows");
        findings = Checks.list(findings, "findings");
    }

    /**
     * A builder for an evaluation, for reading one back from storage.
     *
     * @return a new builder
     */
    public static EvaluationBuilder builder() {
        return new EvaluationBuilder();
    }

    /**
     * Evaluates a goal sheet on its recorded results alone.
     *
     * @param sheet the sheet, with the results recorded so far
     * @return the evaluation
     */
    public static Evaluation of(GoalSheet sheet) {
        return of(sheet, Map.of());
    }

    /**
     * Evaluates a goal sheet with the actuals the campaign's data give: a goal whose metric is
     * among them takes its actual from there, with its {@linkplain EvaluationRow#source() source};
     * the others take their recorded result. A recorded actual that differs from the data's is
     * among the findings, naming both ({@link GoalViolation#RESULT_DISAGREES}).
     *
     * @param sheet    the sheet, with the results recorded so far
     * @param measured the actuals the data give, by metric
     * @return the evaluation
     */
    public static Evaluation of(GoalSheet sheet, Map<MetricId, Actual> measured) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(measured, "measured");
        List<EvaluationRow> rows = new ArrayList<>();
        List<Violation> findings = new ArrayList<>(GoalRules.results(measured).check(sheet).toJavaList());
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal goal = sheet.goals().get(i);
            String path = RulePaths.indexed("goals", i);
            Optional<Metric> metric = sheet.metric(goal.metric());
            Optional<GoalResult> result = sheet.result(goal.id());
            Optional<Actual> actual = Optional.ofNullable(measured.get(goal.metric()))
                    .or(() -> result.flatMap(GoalResult::actual).map(Actual::recorded));
            Optional<BigDecimal> achievement = Optional.empty();
            Attainment attainment = Attainment.UNKNOWN;
            if (actual.isPresent() && goal.target().isPresent() && metric.isPresent()) {
                BigDecimal value = actual.get().value();
                Either<Violation, BigDecimal> rate = Achievement.of(goal.target().get(), metric.get(), goal.baseline(),
                        value);
                if (rate.isRight()) {
                    achievement = Optional.of(rate.get());
                } else {
                    findings.add(rate.getLeft().under(path));
                }
                attainment = goal.target().get().attainment(value, metric.get().direction(), goal.baseline());
            }
            rows.add(EvaluationRow.builder()
                    .goal(goal.id())
                    .dimension(goal.dimension())
                    .metric(goal.metric())
                    .metricName(metric.map(Metric::name).orElse(goal.metric().value()))
                    .unit(metric.map(Metric::unit))
                    .target(goal.target())
                    .actual(actual.map(Actual::value))
                    .source(actual.map(Actual::source))
                    .achievement(achievement)
                    .attainment(attainment)
                    .analysis(result.map(GoalResult::analysis).orElse(""))
                    .owner(goal.owner())
                    .build());
        }
        return new Evaluation(rows, findings);
    }

    /**
     * The row of a goal.
     *
     * @param goal the goal's id
     * @return its row
     */
    public Optional<EvaluationRow> row(GoalId goal) {
        Objects.requireNonNull(goal, "goal");
        return rows.stream().filter(r -> r.goal().equals(goal)).findFirst();
    }
}
