package io.github.campaignkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The budget's approval, versions, actuals, explanations and settlement, on seed 004's budget. */
class BudgetApprovalTest {

    private static final Instant AT = Instant.parse("2024-07-15T02:00:00Z");
    private static final MemberId LEAD = Seed004.ZHANG;

    /** Seed 004's plan with its declared total corrected and the seed 002 reserve band. */
    private static BudgetPlan corrected() {
        BudgetPlan plan = Seed004.plan();
        return plan.withPolicy(BudgetPolicy.enterpriseEvent()).withDeclaredTotal(plan.total())
                .withApproval(Seed004.LIU, List.of(Reviewer.of(ReviewerRole.SALES, Seed004.LI),
                        Reviewer.of(ReviewerRole.PRODUCT, Seed004.WANG), Reviewer.of(ReviewerRole.LEGAL, Seed004.ZHAO),
                        Reviewer.of(ReviewerRole.FINANCE, Seed004.LIU)));
    }

    private static Budget approved() {
        Budget budget = Budget.draft(corrected()).apply(new BudgetChange.Submit(), LEAD, AT).get();
        for (Reviewer reviewer : corrected().reviewers()) {
            budget = budget.apply(new BudgetChange.Review(reviewer.role(), Verdict.AGREE, "同意"), reviewer.member(), AT)
                    .get();
        }
        return budget.apply(new BudgetChange.Approve("同意"), Seed004.LIU, AT).get();
    }

    @Test
    void submittingTheSeedAsWrittenIsRefusedWithEveryReason() {
        Refusal refusal = Budget.draft(Seed004.plan()).apply(new BudgetChange.Submit(), LEAD, AT).getLeft();
        assertThat(refusal.codes()).containsExactly("budget.total.mismatch", "budget.contingency.below-min");
        assertThat(refusal.violations().map(Violation::path)).containsExactly("plan.declaredTotal", "plan.lines[7]");
    }

    @Test
    void draftSubmittedReviewedApproved() {
        Budget submitted = Budget.draft(corrected()).apply(new BudgetChange.Submit(), LEAD, AT).get();
        assertThat(submitted.status()).isEqualTo(ApprovalStatus.SUBMITTED);

        Refusal early = submitted.apply(new BudgetChange.Approve(""), Seed004.LIU, AT).getLeft();
        assertThat(early.codes()).containsExactly("budget.approval.opinion-missing", "budget.approval.opinion-missing",
                "budget.approval.opinion-missing", "budget.approval.opinion-missing");
        assertThat(early.violations().map(v -> v.message(Locale.SIMPLIFIED_CHINESE)))
                .containsExactly("销售尚未给出评审意见。", "产品尚未给出评审意见。", "法务尚未给出评审意见。", "财务尚未给出评审意见。");

        Budget budget = approved();
        assertThat(budget.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(budget.version()).isEqualTo(1);
        assertThat(budget.approval().opinions()).hasSize(4);
        assertThat(budget.approval().decision().orElseThrow().approver()).isEqualTo(Seed004.LIU);
        assertThat(budget.baseline()).contains(corrected());
    }

    @Test
    void anObjectionBlocksApprovalUntilTheReviewerAgrees() {
        Budget budget = Budget.draft(corrected()).apply(new BudgetChange.Submit(), LEAD, AT).get();
        for (Reviewer reviewer : corrected().reviewers()) {
            budget = budget.apply(new BudgetChange.Review(reviewer.role(), Verdict.AGREE, "同意"), reviewer.member(), AT)
                    .get();
        }
        Budget objected = budget.apply(new BudgetChange.Review(ReviewerRole.LEGAL, Verdict.OBJECT,
                "抽奖规则需符合广告法"), Seed004.ZHAO, AT).get();
        Refusal refusal = objected.apply(new BudgetChange.Approve(""), Seed004.LIU, AT).getLeft();
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] approval.opinions[4]：法务评审人赵*不同意：抽奖规则需符合广告法");
        assertThat(budget.apply(new BudgetChange.Review(ReviewerRole.LEGAL, Verdict.OBJECT, " "), Seed004.ZHAO, AT)
                .getLeft().codes()).containsExactly("budget.approval.reason-blank");

        Budget withdrawn = objected.apply(new BudgetChange.Review(ReviewerRole.LEGAL, Verdict.AGREE_WITH_CONDITIONS,
                "已调整抽奖规则"), Seed004.ZHAO, AT).get();
        assertThat(withdrawn.apply(new BudgetChange.Approve(""), Seed004.LIU, AT).isRight()).isTrue();
    }

    @Test
    void aRejectionNeedsAReasonAndARevisionMakesANewVersion() {
        Budget submitted = Budget.draft(corrected()).apply(new BudgetChange.Submit(), LEAD, AT).get();
        assertThat(submitted.apply(new BudgetChange.Reject(""), Seed004.LIU, AT).getLeft().codes())
                .containsExactly("budget.approval.reason-blank");
        assertThat(submitted.apply(new BudgetChange.Revise(corrected()), LEAD, AT).getLeft().codes())
                .containsExactly("budget.approval.under-review");

        Budget rejected = submitted.apply(new BudgetChange.Reject("渠道预算过高"), Seed004.LIU, AT).get();
        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        Budget second = rejected.apply(new BudgetChange.Revise(corrected()), LEAD, AT).get();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(second.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.approval().status()).isEqualTo(ApprovalStatus.REJECTED);
            assertThat(v.approval().decision().orElseThrow().comment()).isEqualTo("渠道预算过高");
        });
        assertThat(second.baseline()).isEmpty();
        assertThat(second.apply(new BudgetChange.Approve(""), Seed004.LIU, AT).getLeft().codes())
                .containsExactly("budget.approval.not-submitted");
    }

    @Test
    void aChangeToAnApprovedBudgetKeepsTheApprovedBaseline() {
        Budget budget = approved();
        BudgetPlan more = budget.plan().withLine(BudgetLine.fixed(BudgetLineId.of("L9"), BudgetCategory.CHANNELS,
                "B站UP主合作", Money.of(6_000, Seed004.CNY)).withOwnerAndApprover(LEAD, Seed004.LIU));
        Budget revised = budget.apply(new BudgetChange.Revise(more), LEAD, AT).get();
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(revised.versions()).extracting(BudgetVersion::plan).containsExactly(budget.plan());
        assertThat(revised.baseline()).contains(budget.plan());
        assertThat(revised.baselinePath()).contains("versions[0].plan");
        assertThat(revised.plan().total()).isEqualTo(Money.of(74_000, Seed004.CNY));

        Budget draftAgain = revised.apply(new BudgetChange.Revise(corrected()), LEAD, AT).get();
        assertThat(draftAgain.version()).isEqualTo(2);
        assertThat(draftAgain.versions()).hasSize(1);
    }

    @Test
    void spendIsRecordedAgainstTheApprovedBaselineOnly() {
        BudgetLineId gifts = BudgetLineId.of("L4");
        assertThat(Budget.draft(corrected()).apply(spend(gifts, 15_000), LEAD, AT).getLeft().codes())
                .containsExactly("budget.spend.no-baseline");

        Budget budget = approved();
        Refusal unknown = budget.apply(spend(BudgetLineId.of("L99"), 100), LEAD, AT).getLeft();
        assertThat(unknown.violations().single().path()).isEqualTo("change.entry.line");
        assertThat(unknown.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] change.entry.line：已批准的预算中没有明细 L99。");

        Refusal dollars = budget.apply(new BudgetChange.RecordSpend(SpendEntry.of(gifts, LocalDate.of(2024, 8, 1),
                Money.of(100, java.util.Currency.getInstance("USD")))), LEAD, AT).getLeft();
        assertThat(dollars.codes()).containsExactly("budget.currency.mismatch");

        Refusal stranger = budget.apply(new BudgetChange.RecordSpend(new SpendEntry(gifts, LocalDate.of(2024, 8, 1),
                Money.of(100, Seed004.CNY), Optional.empty(), Optional.empty(), Optional.of(PartnerId.of("X")))),
                LEAD, AT).getLeft();
        assertThat(stranger.codes()).containsExactly("budget.spend.unknown-partner");

        assertThatThrownBy(() -> SpendEntry.of(gifts, LocalDate.of(2024, 8, 1), Money.zero(Seed004.CNY)))
                .hasMessage("note: a spend of zero needs a note saying why nothing was spent");
        assertThatThrownBy(() -> SpendEntry.of(gifts, LocalDate.of(2024, 8, 1), Money.of(-1, Seed004.CNY)))
                .hasMessage("amount: must not be negative: CNY -1.00");
    }

    @Test
    void actualsVariancesAndExplanations() {
        Budget budget = approved();
        for (BudgetLine line : budget.plan().lines()) {
            Money actual = switch (line.id().value()) {
                case "L4" -> Money.of(18_000, Seed004.CNY); // gifts upgraded: +20%
                case "L5" -> Money.of(21_000, Seed004.CNY); // +5%, within the 10% threshold
                default -> line.amount();
            };
            budget = budget.apply(spend(line.id(), actual), LEAD, AT).get();
        }
        BudgetLineId gifts = BudgetLineId.of("L4");
        assertThat(budget.actual(gifts)).contains(Money.of(18_000, Seed004.CNY));
        assertThat(budget.variance(gifts)).contains(Money.of(3_000, Seed004.CNY));
        assertThat(budget.variancePercent(gifts)).contains(new BigDecimal("20.00"));
        assertThat(budget.needsExplanation(gifts)).isTrue();
        assertThat(budget.needsExplanation(BudgetLineId.of("L5"))).isFalse();
        assertThat(budget.actual(BudgetCategory.MATERIALS)).isEqualTo(Money.of(19_000, Seed004.CNY));
        assertThat(budget.variance(BudgetCategory.MATERIALS)).contains(Money.of(3_000, Seed004.CNY));
        assertThat(budget.variancePercent(BudgetCategory.MATERIALS)).contains(new BigDecimal("18.75"));
        assertThat(budget.actualTotal()).isEqualTo(Money.of(72_000, Seed004.CNY));

        Refusal unexplained = Refusal.of(BudgetRules.readyToClose().check(budget));
        assertThat(unexplained.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[错误] plan.lines[3]：“定制礼品”实际支出 "
                + "18,000.00元 与预算 15,000.00元 相差 20.00%，超过政策允许的 10%，须填写差异说明。\n"
                + "[错误] settlement：费用尚未结算：结项前请先完成预算结算（无论是否有合作方分摊）。");
        // Settling needs the explanation first.
        assertThat(budget.apply(new BudgetChange.Settle(), LEAD, AT).getLeft().codes())
                .containsExactly("budget.variance.unexplained");

        assertThat(budget.apply(new BudgetChange.ExplainVariance(gifts, " "), LEAD, AT).getLeft().codes())
                .containsExactly("budget.explanation.blank");
        Budget explained = budget.apply(new BudgetChange.ExplainVariance(gifts, "学生反映礼品吸引力不足，升级为充电宝"),
                LEAD, AT).get();
        assertThat(BudgetRules.readyToClose().check(explained)).extracting(Violation::code)
                .containsExactly("budget.settlement.missing");
        Budget settled = explained.apply(new BudgetChange.Settle(), LEAD, AT).get();
        assertThat(BudgetRules.readyToClose().check(settled)).isEmpty();
        // Nobody shares this budget: the statement has the total and no partner line.
        assertThat(settled.settlement().orElseThrow().isShared()).isFalse();
        assertThat(settled.settlement().orElseThrow().total()).isEqualTo(Money.of(72_000, Seed004.CNY));
        assertThat(explained.explanation(gifts)).contains("学生反映礼品吸引力不足，升级为充电宝");
    }

    @Test
    void closingNeedsAnActualForEveryLine() {
        Budget budget = approved().apply(spend(BudgetLineId.of("L1"), 12_000), LEAD, AT).get();
        var missing = BudgetRules.readyToClose().check(budget);
        assertThat(missing.map(Violation::code).distinct()).containsExactly("budget.actual.missing",
                "budget.settlement.missing");
        assertThat(missing.map(Violation::path)).containsExactly("plan.lines[1]", "plan.lines[2]", "plan.lines[3]",
                "plan.lines[4]", "plan.lines[5]", "plan.lines[6]", "plan.lines[7]", "settlement");
        // The same lines keep the budget from being settled.
        assertThat(budget.apply(new BudgetChange.Settle(), LEAD, AT).getLeft().violations().map(Violation::path))
                .containsExactly("plan.lines[1]", "plan.lines[2]", "plan.lines[3]", "plan.lines[4]", "plan.lines[5]",
                        "plan.lines[6]", "plan.lines[7]");
        Budget zero = budget.apply(new BudgetChange.RecordSpend(new SpendEntry(BudgetLineId.of("L8"),
                LocalDate.of(2024, 8, 11), Money.zero(Seed004.CNY), Optional.empty(), Optional.of("未动用"),
                Optional.empty())), LEAD, AT).get();
        assertThat(BudgetRules.readyToClose().check(zero).map(Violation::path)).doesNotContain("plan.lines[7]");
        // An unused reserve is -100%, but a reserve is there to be left unspent: no explanation needed.
        assertThat(zero.needsExplanation(BudgetLineId.of("L8"))).isFalse();
        // A speaker who did not come is -100% too, and that needs explaining.
        Budget noSpeaker = zero.apply(new BudgetChange.RecordSpend(new SpendEntry(BudgetLineId.of("L2"),
                LocalDate.of(2024, 8, 11), Money.zero(Seed004.CNY), Optional.empty(), Optional.of("讲师临时取消"),
                Optional.empty())), LEAD, AT).get();
        assertThat(BudgetRules.readyToClose().check(noSpeaker).find(v -> v.path().equals("plan.lines[1]")).get().code())
                .isEqualTo("budget.variance.unexplained");
    }

    @Test
    void sharedCostsAreSettledOnTheCurrentFigures() {
        CostSharing sharing = CostSharing.of(PartnerShare.of(PartnerId.of("科技公司A"), "60"),
                PartnerShare.of(PartnerId.of("健康品牌B"), "40"));
        Budget budget = approved().apply(new BudgetChange.AgreeCostSharing(sharing), LEAD, AT).get();
        for (BudgetLine line : budget.plan().lines()) {
            budget = budget.apply(spend(line.id(), line.amount()), LEAD, AT).get();
        }
        assertThat(BudgetRules.readyToClose().check(budget).map(Violation::code))
                .containsExactly("budget.settlement.missing");
        Budget settled = budget.apply(new BudgetChange.Settle(), LEAD, AT).get();
        assertThat(BudgetRules.readyToClose().check(settled)).isEmpty();
        assertThat(settled.settlement().orElseThrow().lines()).extracting(SettlementLine::share)
                .containsExactly(Money.of(40_800, Seed004.CNY), Money.of(27_200, Seed004.CNY));

        Budget later = settled.apply(spend(BudgetLineId.of("L5"), Money.of(1_000, Seed004.CNY)), LEAD, AT).get();
        assertThat(Refusal.of(BudgetRules.readyToClose().check(later)).message(Locale.ENGLISH))
                .isEqualTo("[error] settlement: The settlement covers CNY 68,000.00, but the actual spend is now "
                        + "CNY 69,000.00; settle again.");
    }

    @Test
    void aRevisionMayNotOrphanRecordedSpend() {
        Budget budget = approved().apply(spend(BudgetLineId.of("L4"), 15_000), LEAD, AT).get();
        BudgetPlan withoutGifts = budget.plan().withLines(budget.plan().lines().stream()
                .filter(l -> !l.id().value().equals("L4")).toList());
        Refusal refusal = budget.apply(new BudgetChange.Revise(withoutGifts), LEAD, AT).getLeft();
        assertThat(refusal.codes()).containsExactly("budget.line.has-spend");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] change.plan.lines：明细 L4 已登记实际支出，不能删除。");
    }

    @Test
    void spendAlertsWhenMoneyRunsAheadOfTheCalendar() {
        Budget budget = approved().apply(spend(BudgetLineId.of("L5"), 18_000), LEAD, AT).get();
        DateRange window = DateRange.of(LocalDate.of(2024, 7, 20), LocalDate.of(2024, 8, 10));
        var early = BudgetRules.spendAlerts(window, LocalDate.of(2024, 7, 25)).check(budget);
        assertThat(early.map(Violation::path)).containsExactly("plan.lines[4]");
        assertThat(early.head().isWarning()).isTrue();
        assertThat(early.head().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "“抖音同城投放”已花费预算的 90.00%，而活动时间仅过去 27.27%（预警：时间过去 50% 之前花费超过 80%）。");
        assertThat(BudgetRules.spendAlerts(window, LocalDate.of(2024, 8, 1)).check(budget)).isEmpty();

        Budget both = budget.apply(spend(BudgetLineId.of("L6"), 8_000), LEAD, AT).get();
        assertThat(BudgetRules.spendAlerts(window, LocalDate.of(2024, 7, 19)).check(both).map(Violation::path))
                .containsExactly("plan.lines[4]", "plan.lines[5]", "plan.subtotals.CHANNELS");
    }

    private static BudgetChange spend(BudgetLineId line, long amount) {
        return spend(line, Money.of(amount, Seed004.CNY));
    }

    private static BudgetChange spend(BudgetLineId line, Money amount) {
        return new BudgetChange.RecordSpend(new SpendEntry(line, LocalDate.of(2024, 8, 10), amount, Optional.empty(),
                Optional.of("按合同支付"), Optional.empty()));
    }
}
