package io.github.campaignkit.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Seed 004's evaluation table (营销活动效果评估表) and the achievement rate's edge cases. */
class EvaluationTest {

    @Test
    void seed004EvaluationComesOutExactly() {
        Evaluation evaluation = Seed004Kpi.withResults(Seed004Kpi.goals()).evaluate();
        assertThat(evaluation.findings()).isEmpty();
        List<String> rates = evaluation.rows().stream()
                .map(r -> r.achievement().orElseThrow().stripTrailingZeros().toPlainString())
                .collect(Collectors.toList());
        assertThat(rates).containsExactly("124", "127.5", "108", "183", "108");
        assertThat(evaluation.rows()).allMatch(r -> r.attainment() == Attainment.MET);
        EvaluationRow satisfaction = evaluation.row(GoalId.of("G5")).orElseThrow();
        // 92 × 100 / 85 = 108.235…: a score's rate is given in whole percent.
        assertThat(satisfaction.achievement()).contains(new BigDecimal("108"));
        assertThat(satisfaction.metricName()).isEqualTo("活动满意度（抽样100人）");
        assertThat(satisfaction.owner()).contains(Seed004Kpi.WANG);
        assertThat(evaluation.row(GoalId.of("G2")).orElseThrow().analysis()).isEqualTo("线下快闪店扫码领福利吸引力强");
    }

    @Test
    void anEvaluationWithoutActualsSaysSo() {
        Evaluation evaluation = Seed004Kpi.goals().evaluate();
        assertThat(evaluation.rows()).allMatch(r -> r.actual().isEmpty() && r.achievement().isEmpty()
                && r.attainment() == Attainment.UNKNOWN);
        assertThat(evaluation.findings()).extracting(Violation::code).containsOnly("goal.result.missing").hasSize(5);
    }

    @Test
    void lowerIsBetterTargetsInvertTheRate() {
        Metric cost = Metric.of("cpl", "获客成本", MetricUnit.money(java.util.Currency.getInstance("CNY")))
                .withDirection(Direction.LOWER_IS_BETTER);
        assertThat(Achievement.of(Target.atMost(BigDecimal.valueOf(40)), cost, Optional.empty(), BigDecimal.valueOf(32)))
                .isEqualTo(Either.right(new BigDecimal("125.0")));
        assertThat(Achievement.of(Target.atMost(BigDecimal.valueOf(40)), cost, Optional.empty(), BigDecimal.ZERO)
                .getLeft().code()).isEqualTo("goal.achievement.zero-actual");
        assertThat(Target.atMost(BigDecimal.valueOf(40)).attainment(BigDecimal.valueOf(41), Direction.LOWER_IS_BETTER,
                Optional.empty())).isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void anUpliftRisesFromItsBaseline() {
        Metric search = Metric.of("search", "品牌搜索量", MetricUnit.count());
        Target plus30 = Target.uplift(BigDecimal.valueOf(30));
        assertThat(plus30.level(Direction.HIGHER_IS_BETTER, Optional.of(BigDecimal.valueOf(10_000))))
                .contains(new BigDecimal("13000.00"));
        assertThat(Achievement.of(plus30, search, Optional.of(BigDecimal.valueOf(10_000)), BigDecimal.valueOf(12_000)))
                .isEqualTo(Either.right(new BigDecimal("92.3")));
        assertThat(Achievement.of(plus30, search, Optional.empty(), BigDecimal.ONE).getLeft().code())
                .isEqualTo("goal.achievement.no-level");
        assertThat(plus30.attainment(BigDecimal.ONE, Direction.HIGHER_IS_BETTER, Optional.empty()))
                .isEqualTo(Attainment.UNKNOWN);
    }

    @Test
    void aZeroTargetIsAViolationNotAnException() {
        Metric m = Metric.of("x", "x", MetricUnit.count());
        Either<Violation, BigDecimal> rate = Achievement.of(Target.atLeast(BigDecimal.ZERO), m, Optional.empty(),
                BigDecimal.TEN);
        assertThat(rate.getLeft().code()).isEqualTo("goal.achievement.zero-target");
        GoalSheet sheet = Seed004Kpi.withResults(Seed004Kpi.goals());
        GoalSheet zero = sheet.withGoal(sheet.goals().get(0).withTarget(Target.atLeast(BigDecimal.ZERO)));
        Evaluation evaluation = zero.evaluate();
        assertThat(evaluation.rows().get(0).achievement()).isEmpty();
        assertThat(evaluation.findings()).extracting(Violation::path).containsExactly("goals[0]");
    }

    @Test
    void aRangeIsMetInside() {
        Target range = Target.between(BigDecimal.valueOf(60), BigDecimal.valueOf(80));
        assertThat(range.attainment(BigDecimal.valueOf(70), Direction.HIGHER_IS_BETTER, Optional.empty()))
                .isEqualTo(Attainment.MET);
        assertThat(range.attainment(BigDecimal.valueOf(81), Direction.HIGHER_IS_BETTER, Optional.empty()))
                .isEqualTo(Attainment.NOT_MET);
        assertThat(range.level(Direction.LOWER_IS_BETTER, Optional.empty())).contains(BigDecimal.valueOf(80));
    }
}
