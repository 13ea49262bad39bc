package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * A reserve is compared with the policy's band exactly, on the unrounded amounts: rounding is for
 * the message only. Boundary cases are generated on purpose, one minor unit either side of each
 * limit.
 */
class ExactLimitsProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static BudgetPlan plan(long otherMinor, long reserveMinor) {
        return BudgetPlan.empty(CNY).withLines(List.of(
                BudgetLine.fixed(BudgetLineId.of("L1"), BudgetCategory.MATERIALS, "物料",
                        Money.of(BigDecimal.valueOf(otherMinor, 2), CNY)),
                BudgetLine.fixed(BudgetLineId.of("R1"), BudgetCategory.CONTINGENCY, "应急备用金",
                        Money.of(BigDecimal.valueOf(reserveMinor, 2), CNY))));
    }

    private static Seq<String> codes(BudgetPlan plan) {
        return BudgetRules.plan().check(plan).map(Violation::code)
                .filter(code -> code.startsWith("budget.contingency."));
    }

    @Property(tries = 500)
    void theBandIsComparedOnTheUnroundedShare(@ForAll @LongRange(min = 1, max = 100_000_000) long other,
                                              @ForAll @LongRange(min = 0, max = 20_000_000) long reserve) {
        BudgetPlan plan = plan(other, reserve);
        BigDecimal total = BigDecimal.valueOf(other + reserve);
        BigDecimal hundredReserve = BigDecimal.valueOf(reserve).multiply(BigDecimal.valueOf(100));
        boolean below = hundredReserve.compareTo(plan.policy().contingencyMin().multiply(total)) < 0;
        boolean above = hundredReserve.compareTo(plan.policy().contingencyMax().multiply(total)) > 0;
        assertThat(codes(plan).contains("budget.contingency.below-min")).isEqualTo(below);
        assertThat(codes(plan).contains("budget.contingency.above-max")).isEqualTo(above);
    }

    @Property(tries = 300)
    void oneMinorUnitEitherSideOfEachLimitDecides(@ForAll @IntRange(min = 1, max = 1_000_000) int unit,
                                                  @ForAll @IntRange(min = -1, max = 1) int step) {
        // A reserve exactly at 10 % (other = 9 × reserve) and at 15 % (3 × other = 17 × reserve), moved
        // by one minor unit of reserve.
        long atMin = unit;
        Seq<String> nearMin = codes(plan(9L * atMin, atMin + step));
        assertThat(nearMin.contains("budget.contingency.below-min")).isEqualTo(step < 0);
        long atMax = 3L * unit;
        Seq<String> nearMax = codes(plan(17L * unit, atMax + step));
        assertThat(nearMax.contains("budget.contingency.above-max")).isEqualTo(step > 0);
    }

    @Example
    void theIssuesReservesJustOutsideTheBandAreRefused() {
        // 6,999 of 69,999 = 9.9987 %: below 10 %, although it rounds to 10.00 %.
        BudgetPlan low = plan(6_300_000, 699_900);
        assertThat(codes(low)).containsExactly("budget.contingency.below-min");
        assertThat(BudgetRules.plan().check(low).filter(v -> v.code().equals("budget.contingency.below-min")).head()
                .message(Locale.ENGLISH)).contains("9.9987");
        // 11,118 of 74,118 = 15.0004 %: above 15 %.
        assertThat(codes(plan(6_300_000, 1_111_800))).containsExactly("budget.contingency.above-max");
        // At 10 % exactly, and just below 15 %: accepted.
        assertThat(codes(plan(6_300_000, 700_000))).isEmpty();
        assertThat(codes(plan(6_300_000, 1_111_764))).isEmpty();
    }

    /** An approved budget of the standard policy: a materials line of the given amount and a 10 % reserve. */
    private static Budget approved(long lineMinor, long actualMinor) {
        BudgetPlan plan = plan(lineMinor, lineMinor / 9).toBuilder()
                .approver(io.github.campaignkit.core.team.MemberId.of("liu.zong"))
                .reviewers(List.of(Reviewer.of(ReviewerRole.FINANCE, io.github.campaignkit.core.team.MemberId.of("qian"))))
                .build();
        Approval approval = io.github.campaignkit.core.testkit.BudgetArbitraries.approvalOf(plan, true).sample();
        return Budget.builder().plan(plan).approval(approval)
                .spend(List.of(SpendEntry.of(BudgetLineId.of("L1"), java.time.LocalDate.of(2024, 6, 1),
                        Money.of(BigDecimal.valueOf(actualMinor, 2), CNY))))
                .build();
    }

    @Property(tries = 200)
    void oneMinorUnitEitherSideOfTheVarianceThresholdDecides(@ForAll @IntRange(min = 100, max = 1_000_000) int unit,
                                                              @ForAll @IntRange(min = -1, max = 1) int step,
                                                              @ForAll boolean over) {
        // line 900·unit minor units; the standard policy explains variances above 10 %: at the limit
        // the actual is 990·unit (or 810·unit), one minor unit either side decides.
        long line = 900L * unit;
        long atLimit = over ? 990L * unit : 810L * unit;
        long actual = atLimit + (over ? step : -step);
        Budget budget = approved(line, actual);
        assertThat(budget.needsExplanation(BudgetLineId.of("L1"))).isEqualTo(step > 0);
    }

    @Property(tries = 200)
    void oneMinorUnitEitherSideOfTheSpendAlertDecides(@ForAll @IntRange(min = 100, max = 1_000_000) int unit,
                                                      @ForAll @IntRange(min = -1, max = 1) int step) {
        // The standard policy warns when more than 80 % is spent before half the window has passed:
        // on day 1 of 10, a line of 900·unit with 720·unit spent is exactly at the limit.
        Budget budget = approved(900L * unit, 720L * unit + step);
        io.github.campaignkit.core.schedule.DateRange window = io.github.campaignkit.core.schedule.DateRange.of(
                java.time.LocalDate.of(2024, 6, 1), java.time.LocalDate.of(2024, 6, 10));
        Seq<String> found = BudgetRules.spendAlerts(window, java.time.LocalDate.of(2024, 6, 1)).check(budget)
                .map(Violation::path);
        assertThat(found.exists(path -> path.endsWith("lines[0]"))).isEqualTo(step > 0);
    }

    @Property(tries = 200)
    void oneMinorUnitEitherSideOfTheCeilingAndTheDeclaredTotalDecides(
            @ForAll @IntRange(min = 1, max = 1_000_000) int unit, @ForAll @IntRange(min = -1, max = 1) int step) {
        BudgetPlan plan = plan(900L * unit, 100L * unit);
        Money total = plan.total();
        Money moved = total.plus(Money.of(BigDecimal.valueOf(step, 2), CNY));
        Seq<String> ceiling = BudgetRules.plan().check(plan.toBuilder().ceiling(java.util.Optional.of(moved)).build())
                .map(Violation::code);
        assertThat(ceiling.contains("budget.ceiling.exceeded")).isEqualTo(step < 0);
        Seq<String> declared = BudgetRules.plan().check(plan.withDeclaredTotal(moved)).map(Violation::code);
        assertThat(declared.contains("budget.total.mismatch")).isEqualTo(step != 0);
    }
}
