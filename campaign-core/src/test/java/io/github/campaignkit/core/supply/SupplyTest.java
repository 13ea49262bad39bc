package io.github.campaignkit.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupplyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final MemberId LEAD = MemberId.of("zhu");
    private static final LocalDate NEED_BY = LocalDate.of(2024, 4, 17);
    private static final SupplierId A = SupplierId.of("A");
    private static final SupplierId B = SupplierId.of("B");
    private static final SupplierId C = SupplierId.of("C");

    private static SupplierProfile supplier(SupplierId id) {
        return SupplierProfile.builder().id(id).name("供应商" + id).qualification("营业执照").addContacts(SupplierContact.of("王", "138"))
                .build();
    }

    private static Quote quote(SupplierId id, String amount) {
        return Quote.of(id, Money.of(amount, "CNY"), LocalDate.of(2024, 4, 10), "预付30%");
    }

    private static SupplierNeed venue(List<Quote> quotes) {
        return SupplierNeed.builder().id(NeedId.of("N1")).item("场地租赁").budgetLine(BudgetLineId.of("B1"))
                .currency(CNY).quotes(quotes).build();
    }

    private static SupplyPlan plan(SupplierNeed need, Material... materials) {
        return SupplyPlan.builder().addSuppliers(supplier(A), supplier(B), supplier(C)).addNeeds(need)
                .addMaterials(materials).build();
    }

    private static Material banner(Optional<SupplierId> supplier, Optional<Delivery> delivery) {
        return Material.builder().id(MaterialId.of("M1")).name("易拉宝").spec("80×200cm").quantity(6).unit("个")
                .needBy(NEED_BY).owner(LEAD).need(NeedId.of("N1")).supplier(supplier).delivery(delivery)
                .acceptance("画面无色差").status(MaterialStatus.ORDERED).build();
    }

    private static List<String> codes(Seq<Violation> found) {
        return found.map(Violation::code).toJavaList();
    }

    @Test
    void aForeignQuoteWithoutARateIsAViolationWithItsPath() {
        Quote dollars = Quote.of(C, Money.of("4200.00", "USD"), LocalDate.of(2024, 4, 10), "");
        SupplyPlan plan = plan(venue(List.of(quote(A, "30000"), quote(B, "32000"), dollars)));

        Seq<Violation> found = SupplyRules.standard().check(plan);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("supply.quote.currency-mismatch");
            assertThat(v.path()).isEqualTo("needs[0].quotes[2].price");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(
                    "The quote of C for need N1 is in USD, the need in CNY, and no exchange rate from USD to CNY is given.");
        });
        assertThat(plan.needs().get(0).comparableQuotes()).isEqualTo(2);
        assertThat(SupplyRules.readyForExecution().check(plan).map(Violation::code))
                .contains("supply.need.quotes-missing");
    }

    @Test
    void aForeignQuoteWithARateIsComparedConverted() {
        Quote dollars = Quote.of(C, Money.of("4200.00", "USD"), LocalDate.of(2024, 4, 10), "")
                .withExchangeRate(ExchangeRate.of(USD, CNY, "7.1"));
        SupplierNeed need = venue(List.of(quote(A, "30000"), quote(B, "32000"), dollars));

        assertThat(SupplyRules.standard().check(plan(need))).isEmpty();
        assertThat(dollars.priceIn(CNY)).contains(Money.of("29820.00", "CNY"));
        assertThat(need.comparableQuotes()).isEqualTo(3);
        assertThat(need.isCompared(SupplyPolicy.standard())).isTrue();
    }

    @Test
    void aRateToAnotherCurrencyDoesNotMakeAQuoteComparable() {
        Quote euros = Quote.of(C, Money.of("4000.00", "EUR"), LocalDate.of(2024, 4, 10), "")
                .withExchangeRate(ExchangeRate.of(Currency.getInstance("EUR"), USD, "1.08"));
        assertThat(codes(SupplyRules.standard().check(plan(venue(List.of(euros))))))
                .containsExactly("supply.quote.currency-mismatch");
    }

    @Test
    void aRateMustConvertFromThePricesCurrency() {
        assertThatThrownBy(() -> Quote.of(C, Money.of("10", "CNY"), NEED_BY, "").withExchangeRate(
                ExchangeRate.of(USD, CNY, "7.1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("exchangeRate: ");
        assertThatThrownBy(() -> ExchangeRate.of(USD, USD, "1")).hasMessageStartingWith("to: ");
        assertThatThrownBy(() -> ExchangeRate.of(USD, CNY, "0")).hasMessageStartingWith("rate: ");
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreAViolationNotAnException() {
        SupplierEvaluation evaluation = SupplierEvaluation.builder().supplier(A).evaluatedOn(NEED_BY).evaluatedBy(LEAD)
                .addScores(CriterionScore.of(SupplierCriterion.QUALITY, "40", "90"),
                        CriterionScore.of(SupplierCriterion.RESPONSIVENESS, "30", "80"),
                        CriterionScore.of(SupplierCriterion.PRICE, "20", "70"))
                .build();

        assertThat(evaluation.weightedScore().isInvalid()).isTrue();
        assertThat(evaluation.weightedScore().getError()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("supply.evaluation.weights-sum");
            assertThat(v.path()).isEqualTo("scores");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("对 A 的评价各项权重合计 90%，不等于 100%。");
        });
        Either<Refusal, SupplyPlan> refused = plan(venue(List.of())).evaluate(evaluation);
        assertThat(refused.getLeft().violations().map(Violation::path)).containsExactly("evaluation.scores");
    }

    @Test
    void theWeightedScoreIsComputedOnceInDecimals() {
        SupplierEvaluation evaluation = SupplierEvaluation.builder().supplier(A).evaluatedOn(NEED_BY).evaluatedBy(LEAD)
                .addScores(CriterionScore.of(SupplierCriterion.QUALITY, "33.3", "91"),
                        CriterionScore.of(SupplierCriterion.PUNCTUALITY, "33.3", "85"),
                        CriterionScore.of(SupplierCriterion.PRICE, "33.4", "78"),
                        CriterionScore.custom("创意能力", "0", "60"))
                .build();
        // (33.3×91 + 33.3×85 + 33.4×78 + 0×60) / 100 = 84.6600 → 84.66
        assertThat(evaluation.weightedScore().get()).isEqualByComparingTo("84.66");
        assertThat(evaluation.weightedScore().get().scale()).isEqualTo(2);
    }

    @Test
    void badCriterionScoresAreRefusedNamingTheField() {
        assertThatThrownBy(() -> CriterionScore.of(SupplierCriterion.CUSTOM, "10", "10")).hasMessageStartingWith("name: ");
        assertThatThrownBy(() -> CriterionScore.of(SupplierCriterion.PRICE, "101", "10")).hasMessageStartingWith("weight: ");
        assertThatThrownBy(() -> CriterionScore.of(SupplierCriterion.PRICE, "10", "-1")).hasMessageStartingWith("score: ");
        assertThatThrownBy(() -> new SupplyPolicy(0)).hasMessageStartingWith("minimumQuotes: ");
        assertThatThrownBy(() -> banner(Optional.empty(), Optional.empty()).toBuilder().quantity(0).build())
                .hasMessageStartingWith("quantity: ");
        assertThatThrownBy(() -> banner(Optional.empty(), Optional.empty()).toBuilder()
                .status(MaterialStatus.ACCEPTED).build()).hasMessageStartingWith("status: ");
        assertThatThrownBy(() -> Quote.of(A, Money.of("-1", "CNY"), NEED_BY, "")).hasMessageStartingWith("price: ");
        assertThatThrownBy(() -> new Waiver(" ", LEAD)).hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> new Choice(A, "", LEAD)).hasMessageStartingWith("rationale: ");
    }

    @Test
    void aNeedIsReadyWithThreeQuotesAndAChoiceOrWithAWaiver() {
        SupplierNeed three = venue(List.of(quote(A, "30000"), quote(B, "32000"), quote(C, "35000")));
        SupplyPlan plan = plan(three, banner(Optional.of(B), Optional.of(Delivery.promised(NEED_BY.minusDays(1)))));
        assertThat(codes(SupplyRules.readyForExecution().check(plan)))
                .containsExactly("supply.need.choice-missing", "supply.material.supplier-not-chosen");

        SupplyPlan chosen = plan.choose(NeedId.of("N1"), B, "场地面积与交通最合适", LEAD).get();
        assertThat(SupplyRules.readyForExecution().check(chosen)).isEmpty();
        assertThat(chosen.chosenSuppliers()).containsExactly(B);

        SupplierNeed one = venue(List.of(quote(A, "30000"))).withChoice(new Choice(A, "独家场地", LEAD));
        SupplyPlan waived = plan(one.toBuilder().waiver(new Waiver("该会展中心为独家场地", LEAD)).build());
        assertThat(SupplyRules.readyForExecution().check(waived)).isEmpty();
        assertThat(SupplyRules.readyForExecution().check(plan(one))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("supply.need.quotes-missing");
            assertThat(v.path()).isEqualTo("needs[0].quotes");
            assertThat(v.arguments()).containsExactly("N1", 1, 3);
        });
    }

    @Test
    void choosingIsRefusedWithEveryReason() {
        SupplyPlan plan = plan(venue(List.of(quote(A, "30000"))));
        assertThat(plan.choose(NeedId.of("N1"), B, " ", LEAD).getLeft().violations().map(Violation::code))
                .containsExactly("supply.choice.not-quoted", "supply.choice.rationale-blank");
        assertThat(plan.choose(NeedId.of("N9"), A, "ok", LEAD).getLeft().violations().map(Violation::code))
                .containsExactly("supply.need.unknown");
    }

    @Test
    void materialsMustBePromisedInTimeByTheChosenSupplier() {
        SupplierNeed need = venue(List.of(quote(A, "1"), quote(B, "2"), quote(C, "3")))
                .withChoice(new Choice(A, "最便宜", LEAD));
        Material late = banner(Optional.of(A), Optional.of(Delivery.promised(NEED_BY.plusDays(2))));
        Material nothing = banner(Optional.empty(), Optional.empty()).toBuilder().id(MaterialId.of("M2"))
                .needBy(Optional.empty()).build();
        Seq<Violation> found = SupplyRules.readyForExecution().check(plan(need, late, nothing));
        assertThat(found.map(v -> v.code() + "@" + v.path())).containsExactly(
                "supply.material.promise-late@materials[0].delivery.promised",
                "supply.material.need-date-missing@materials[1].needBy",
                "supply.material.supplier-missing@materials[1].supplier",
                "supply.material.promise-missing@materials[1].delivery");
    }

    @Test
    void lateDeliveriesAreFlagged() {
        Material onTime = banner(Optional.of(A), Optional.of(new Delivery(NEED_BY.minusDays(3),
                Optional.of(NEED_BY.minusDays(3)))));
        Material late = onTime.toBuilder().id(MaterialId.of("M2")).delivery(new Delivery(NEED_BY.minusDays(3),
                Optional.of(NEED_BY.minusDays(1)))).build();
        Material tooLate = onTime.toBuilder().id(MaterialId.of("M3")).delivery(new Delivery(NEED_BY.minusDays(3),
                Optional.of(NEED_BY.plusDays(1)))).build();
        Material overdue = onTime.toBuilder().id(MaterialId.of("M4")).delivery(Delivery.promised(NEED_BY.minusDays(3)))
                .build();
        SupplyPlan plan = plan(venue(List.of()), onTime, late, tooLate, overdue);

        Seq<Violation> found = SupplyRules.deliveries(NEED_BY).check(plan);

        assertThat(found.map(v -> v.code() + "@" + v.path() + "/" + v.severity())).containsExactly(
                "supply.delivery.late@materials[1].delivery.actual/WARNING",
                "supply.delivery.after-need-date@materials[2].delivery.actual/ERROR",
                "supply.delivery.overdue@materials[3].delivery.promised/ERROR");
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("物料易拉宝于 2024-04-16 到货，晚于承诺日期 2024-04-14。");
    }

    @Test
    void aMaterialNotArrivedByItsNeedDateIsFlaggedPromisedOrNot() {
        // Promised after the day it is needed, and a material nobody promised: both missing the day after.
        Material promisedLate = banner(Optional.of(A), Optional.of(Delivery.promised(NEED_BY.plusDays(2))));
        Material unpromised = banner(Optional.of(A), Optional.empty()).toBuilder().id(MaterialId.of("M2")).build();
        SupplyPlan plan = plan(venue(List.of()), promisedLate, unpromised);
        assertThat(SupplyRules.deliveries(NEED_BY).check(plan)).isEmpty();
        Seq<Violation> found = SupplyRules.deliveries(NEED_BY.plusDays(1)).check(plan);
        assertThat(found.map(v -> v.code() + "@" + v.path())).containsExactly(
                "supply.delivery.not-arrived@materials[0].needBy", "supply.delivery.not-arrived@materials[1].needBy");
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("物料易拉宝需于 2024-04-17 前到位，截至 2024-04-18 仍未到货。");
        assertThat(found.get(0).message(Locale.ENGLISH))
                .isEqualTo("Material 易拉宝 was needed by 2024-04-17 and has not arrived as of 2024-04-18.");
    }

    @Test
    void aDeliveryIsRecordedAgainstAPromise() {
        SupplyPlan plan = plan(venue(List.of()), banner(Optional.of(A), Optional.of(Delivery.promised(NEED_BY))));
        SupplyPlan delivered = plan.recordDelivery(MaterialId.of("M1"), NEED_BY.minusDays(1)).get();
        assertThat(delivered.materials().get(0).status()).isEqualTo(MaterialStatus.DELIVERED);
        assertThat(delivered.materials().get(0).delivery().flatMap(Delivery::actual)).contains(NEED_BY.minusDays(1));
        assertThat(plan.recordDelivery(MaterialId.of("M9"), NEED_BY).getLeft().violations().map(Violation::code))
                .containsExactly("supply.material.unknown");
        SupplyPlan unpromised = plan(venue(List.of()), banner(Optional.of(A), Optional.empty()));
        assertThat(unpromised.recordDelivery(MaterialId.of("M1"), NEED_BY).getLeft().violations()
                .map(Violation::code)).containsExactly("supply.delivery.not-promised");
    }

    @Test
    void needsArePaidFromBudgetLinesInTheirCurrency() {
        BudgetPlan budget = BudgetPlan.empty(CNY).withLine(BudgetLine.fixed(BudgetLineId.of("B1"), BudgetCategory.VENUE,
                "场地租赁", Money.of("40000", "CNY")));
        SupplierNeed dollars = venue(List.of()).toBuilder().currency(USD).build();
        SupplierNeed unknown = venue(List.of()).toBuilder().id(NeedId.of("N2")).budgetLine(BudgetLineId.of("B9")).build();
        SupplyPlan plan = SupplyPlan.builder().addNeeds(venue(List.of()), dollars, unknown).build();
        assertThat(SupplyRules.fundedBy(budget).check(plan).map(v -> v.code() + "@" + v.path())).containsExactly(
                "supply.need.currency-mismatch@needs[1].currency", "supply.need.budget-line-unknown@needs[2].budgetLine");
    }

    @Test
    void theReviewNeedsEveryChosenSupplierEvaluated() {
        SupplierNeed need = venue(List.of(quote(A, "1"), quote(B, "2"), quote(C, "3")))
                .withChoice(new Choice(A, "最便宜", LEAD));
        SupplyPlan plan = plan(need);
        assertThat(SupplyRules.evaluated().check(plan).map(v -> v.code() + "@" + v.path()))
                .containsExactly("supply.evaluation.missing@evaluations");
        SupplierEvaluation evaluation = SupplierEvaluation.builder().supplier(A).evaluatedOn(NEED_BY).evaluatedBy(LEAD)
                .addScores(CriterionScore.of(SupplierCriterion.QUALITY, "100", "90")).build();
        SupplyPlan evaluated = plan.evaluate(evaluation).get();
        assertThat(SupplyRules.evaluated().check(evaluated)).isEmpty();
        assertThat(evaluated.evaluate(evaluation).getLeft().violations().map(Violation::code))
                .containsExactly("supply.evaluation.duplicate");
    }

    @Test
    void aSuppliersHistoryCollectsSeveralCampaigns() {
        SupplierNeed need = venue(List.of(quote(A, "1"))).withChoice(new Choice(A, "独家", LEAD));
        SupplyPlan spring = plan(need).evaluate(evaluation(A, "90", "80")).get();
        SupplyPlan summer = plan(need).evaluate(evaluation(A, "70", "100")).get();
        SupplyPlan autumn = plan(need).evaluate(evaluation(B, "50", "50")).get();

        SupplierHistory history = SupplierHistory.collect(A, List.of(java.util.Map.entry("春季发布会", spring),
                java.util.Map.entry("夏季促销", summer), java.util.Map.entry("秋季沙龙", autumn)));

        assertThat(history.records()).extracting(SupplierRecord::campaign).containsExactly("春季发布会", "夏季促销");
        // 0.6×90 + 0.4×80 = 86.00; 0.6×70 + 0.4×100 = 82.00; mean 84.00
        assertThat(history.scores()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("86"), new BigDecimal("82"));
        assertThat(history.averageScore()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("84.00"));
        assertThat(history.problems()).isEmpty();
        assertThat(SupplierHistory.empty(A).averageScore()).isEmpty();
        assertThatThrownBy(() -> new SupplierHistory(B, history.records())).hasMessage("records[0]: record 0 evaluates A, not B");
    }

    private static SupplierEvaluation evaluation(SupplierId id, String quality, String punctuality) {
        return SupplierEvaluation.builder().supplier(id).evaluatedOn(NEED_BY).evaluatedBy(LEAD)
                .addScores(CriterionScore.of(SupplierCriterion.QUALITY, "60", quality),
                        CriterionScore.of(SupplierCriterion.PUNCTUALITY, "40", punctuality))
                .build();
    }

    @Test
    void theTemplateKeepsTheStructureWithoutQuotesDatesOrDecisions() {
        SupplierNeed need = venue(List.of(quote(A, "1"), quote(B, "2"), quote(C, "3")))
                .withChoice(new Choice(A, "最便宜", LEAD)).toBuilder()
                .contract(new ContractTerms("场地及布置", NEED_BY, "违约金20%")).build();
        SupplyPlan plan = plan(need, banner(Optional.of(A), Optional.of(new Delivery(NEED_BY, Optional.of(NEED_BY)))))
                .toBuilder().addEvaluations(evaluation(A, "90", "90")).build();

        SupplyPlan template = plan.template();

        assertThat(template.suppliers()).isEqualTo(plan.suppliers());
        assertThat(template.needs()).singleElement().satisfies(n -> {
            assertThat(n.item()).isEqualTo("场地租赁");
            assertThat(n.quotes()).isEmpty();
            assertThat(n.choice()).isEmpty();
            assertThat(n.contract()).isEmpty();
            assertThat(n.waiver()).isEmpty();
        });
        assertThat(template.materials()).singleElement().satisfies(m -> {
            assertThat(m.needBy()).isEmpty();
            assertThat(m.delivery()).isEmpty();
            assertThat(m.supplier()).isEmpty();
            assertThat(m.status()).isEqualTo(MaterialStatus.PLANNED);
            assertThat(m.name()).isEqualTo("易拉宝");
        });
        assertThat(template.evaluations()).isEmpty();
        assertThat(SupplyRules.standard().check(template)).isEmpty();
    }
}
