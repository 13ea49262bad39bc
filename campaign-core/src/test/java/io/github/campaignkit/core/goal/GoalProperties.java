package io.github.campaignkit.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.GoalArbitraries;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class GoalProperties {

    @Provide
    Arbitrary<Tuple.Tuple2<DateRange, GoalSheet>> smartSheets() {
        return CampaignArbitraries.dateRanges().flatMap(w -> GoalArbitraries.smartSheets(w).map(s -> Tuple.of(w, s)));
    }

    @Property(tries = 100)
    void generatedSheetsPassSmartWithoutAFinding(@ForAll("smartSheets") Tuple.Tuple2<DateRange, GoalSheet> t) {
        assertThat(GoalRules.smart(t.get1(), SmartPolicy.defaults()).check(t.get2())).isEmpty();
    }

    @Property(tries = 100)
    void changingASignedGoalVoidsExactlyItsSignatures(@ForAll("smartSheets") Tuple.Tuple2<DateRange, GoalSheet> t,
                                                      @ForAll @IntRange(min = 0, max = 4) int pick,
                                                      @ForAll("departments") List<Department> departments) {
        GoalSheet signed = t.get2();
        for (Department d : departments) {
            signed = signed.sign(d, MemberId.of("head"), Instant.EPOCH);
        }
        assertThat(GoalRules.signedBy(departments).check(signed)).isEmpty();
        int index = pick % signed.goals().size();
        Goal goal = signed.goals().get(index);
        GoalSheet changed = signed.withGoal(goal.withDescription(goal.description() + "（修订）"));

        Seq<Violation> found = GoalRules.signedBy(departments).check(changed);
        assertThat(found).hasSize(departments.size());
        assertThat(found).allMatch(v -> v.code().equals("goal.signoff.void") && v.path().equals("goals[" + index + "]"));
        for (int i = 0; i < changed.goals().size(); i++) {
            assertThat(changed.signaturesOn(changed.goals().get(i)))
                    .isEqualTo(i == index ? List.of() : departments);
        }
    }

    @Provide
    Arbitrary<List<Department>> departments() {
        return CampaignArbitraries.departments().list().uniqueElements().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Target, Metric, Optional<BigDecimal>>> targets() {
        return GoalArbitraries.catalogues().flatMap(c -> Arbitraries.of(c))
                .flatMap(m -> GoalArbitraries.smartTargets(m).map(t -> Tuple.of(t.get1(), m, t.get2())));
    }

    @Property
    void achievementIsMonotoneInTheActual(@ForAll("targets") Tuple.Tuple3<Target, Metric, Optional<BigDecimal>> t,
                                          @ForAll("actuals") BigDecimal a, @ForAll("actuals") BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        Either<Violation, BigDecimal> lowRate = Achievement.of(t.get1(), t.get2(), t.get3(), low);
        Either<Violation, BigDecimal> highRate = Achievement.of(t.get1(), t.get2(), t.get3(), high);
        assertThat(lowRate.isRight()).isTrue();
        assertThat(highRate.isRight()).isTrue();
        if (t.get1().direction(t.get2().direction()) == Direction.HIGHER_IS_BETTER) {
            assertThat(lowRate.get()).isLessThanOrEqualTo(highRate.get());
        } else {
            assertThat(lowRate.get()).isGreaterThanOrEqualTo(highRate.get());
        }
        // Reaching the level exactly is 100%.
        BigDecimal level = t.get1().level(t.get2().direction(), t.get3()).orElseThrow();
        assertThat(Achievement.of(t.get1(), t.get2(), t.get3(), level).get()).isEqualByComparingTo("100");
    }

    @Provide
    Arbitrary<BigDecimal> actuals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.valueOf(200_000_000)).ofScale(2);
    }

    @Property(tries = 100)
    void metAndAchievementAgree(@ForAll("targets") Tuple.Tuple3<Target, Metric, Optional<BigDecimal>> t,
                                @ForAll("actuals") BigDecimal actual) {
        Target target = t.get1();
        if (target instanceof Target.Between) {
            return;
        }
        BigDecimal exact = t.get1().level(t.get2().direction(), t.get3()).orElseThrow();
        Attainment attainment = target.attainment(actual, t.get2().direction(), t.get3());
        boolean reached = target.direction(t.get2().direction()) == Direction.HIGHER_IS_BETTER
                ? actual.compareTo(exact) >= 0 : actual.compareTo(exact) <= 0;
        assertThat(attainment).isEqualTo(reached ? Attainment.MET : Attainment.NOT_MET);
        if (reached) {
            assertThat(Achievement.of(target, t.get2(), t.get3(), actual).get()).isGreaterThanOrEqualTo(
                    new BigDecimal("100"));
        }
    }

    @Property(tries = 50)
    void everyEvaluationRowFollowsItsGoal(@ForAll("evaluated") GoalSheet sheet) {
        Evaluation evaluation = sheet.evaluate();
        assertThat(evaluation.rows()).hasSize(sheet.goals().size());
        for (int i = 0; i < sheet.goals().size(); i++) {
            Goal goal = sheet.goals().get(i);
            EvaluationRow row = evaluation.rows().get(i);
            assertThat(row.goal()).isEqualTo(goal.id());
            assertThat(row.actual()).isEqualTo(sheet.result(goal.id()).flatMap(GoalResult::actual));
            if (row.actual().isEmpty()) {
                assertThat(row.achievement()).isEmpty();
            } else if (row.achievement().isEmpty()) {
                // Only a zero actual of a lower-is-better target has no rate, and the evaluation says so.
                assertThat(evaluation.findings()).extracting(Violation::path).contains("goals[" + i + "]");
            }
        }
    }

    @Provide
    Arbitrary<GoalSheet> evaluated() {
        return Combinators.combine(CampaignArbitraries.dateRanges(), Arbitraries.of(true, false))
                .flatAs((w, done) -> GoalArbitraries.smartSheets(w)
                        .flatMap(s -> done ? GoalArbitraries.withResults(s) : Arbitraries.just(s)));
    }
}
