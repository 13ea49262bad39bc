package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
     * Evaluates a goal sheet.
     *
     * @param sheet the sheet, with the results recorded so far
     * @return the evaluation
     */
    public static Evaluation of(GoalSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        List<EvaluationRow> rows = new ArrayList<>();
        List<Violation> findings = new ArrayList<>(GoalRules.results().check(sheet).toJavaList());
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal goal = sheet.goals().get(i);
            String path = RulePaths.indexed("goals", i);
            Optional<Metric> metric = sheet.metric(goal.metric());
            Optional<GoalResult> result = sheet.result(goal.id());
            Optional<BigDecimal> achievement = Optional.empty();
            Attainment attainment = Attainment.UNKNOWN;
            if (result.isPresent() && goal.target().isPresent() && metric.isPresent()) {
                Either<Violation, BigDecimal> rate = Achievement.of(goal.target().get(), metric.get(), goal.baseline(),
                        result.get().actual());
                if (rate.isRight()) {
                    achievement = Optional.of(rate.get());
                } else {
                    findings.add(rate.getLeft().under(path));
                }
                attainment = goal.target().get().attainment(result.get().actual(), metric.get().direction(),
                        goal.baseline());
            }
            rows.add(EvaluationRow.builder()
                    .goal(goal.id())
                    .dimension(goal.dimension())
                    .metric(goal.metric())
                    .metricName(metric.map(Metric::name).orElse(goal.metric().value()))
                    .unit(metric.map(Metric::unit))
                    .target(goal.target())
                    .actual(result.map(GoalResult::actual))
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
