package io.github.campaignkit.core.campaign;

import static io.github.campaignkit.core.Seed004.LIU;
import static io.github.campaignkit.core.Seed004.SHANGHAI;
import static io.github.campaignkit.core.Seed004.WANG;
import static io.github.campaignkit.core.Seed004.ZHANG;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.event.EventChange;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.NoticeKind;
import io.github.campaignkit.core.event.Segment;
import io.github.campaignkit.core.event.SegmentKind;
import io.github.campaignkit.core.event.VenueBooking;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.supply.Choice;
import io.github.campaignkit.core.supply.CriterionScore;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.MaterialId;
import io.github.campaignkit.core.supply.MaterialStatus;
import io.github.campaignkit.core.supply.NeedId;
import io.github.campaignkit.core.supply.Quote;
import io.github.campaignkit.core.supply.SupplierCriterion;
import io.github.campaignkit.core.supply.SupplierEvaluation;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplierNeed;
import io.github.campaignkit.core.supply.SupplierProfile;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The supply and event gates and commands through the lifecycle, on seed 004's team. */
class SupplyLifecycleTest {

    private static final Lifecycle LIFECYCLE = Lifecycle.withoutGates()
            .withGate(Stage.PREPARATION, Gates.supplyReady())
            .withGate(Stage.PREPARATION, Gates.eventReady())
            .withGate(Stage.REVIEW, Gates.suppliersEvaluated());
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 7, 18).atStartOfDay(SHANGHAI).toInstant(), SHANGHAI);
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate NEED_BY = LocalDate.of(2024, 7, 30);
    private static final NeedId GIFTS = NeedId.of("N1");
    private static final SupplierId A = SupplierId.of("A");
    private static final SupplierId B = SupplierId.of("B");
    private static final SupplierId C = SupplierId.of("C");

    private static SupplyPlan supply(int quotes) {
        List<Quote> list = List.of(Quote.of(A, Money.of("8000", "CNY"), NEED_BY.minusDays(3), ""),
                Quote.of(B, Money.of("7600", "CNY"), NEED_BY.minusDays(1), ""),
                Quote.of(C, Money.of("9100", "CNY"), NEED_BY.plusDays(2), "")).subList(0, quotes);
        return SupplyPlan.builder()
                .addSuppliers(supplier(A), supplier(B), supplier(C))
                .addNeeds(SupplierNeed.builder().id(GIFTS).item("定制礼品").budgetLine(BudgetLineId.of("B1")).currency(CNY)
                        .quotes(list).build())
                .addMaterials(Material.builder().id(MaterialId.of("M1")).name("定制礼品").spec("帆布袋").quantity(500).unit("个")
                        .needBy(NEED_BY).owner(LIU).need(GIFTS).acceptance("与样品一致").status(MaterialStatus.PLANNED)
                        .build())
                .build();
    }

    private static SupplierProfile supplier(SupplierId id) {
        return SupplierProfile.builder().id(id).name("礼品商" + id).qualification("营业执照").build();
    }

    private static Campaign preparing(SupplyPlan supply) {
        Budget budget = Budget.draft(BudgetPlan.empty(CNY).withLine(BudgetLine.fixed(BudgetLineId.of("B1"),
                BudgetCategory.MATERIALS, "礼品", Money.of("8000", "CNY"))));
        return Seed004.campaign().toBuilder().stage(Stage.PREPARATION).supply(supply).budget(budget).build();
    }

    private static Campaign apply(Campaign campaign, CampaignCommand command) {
        Either<Refusal, Campaign> result = LIFECYCLE.apply(campaign, command, CLOCK);
        assertThat(result.isRight()).as(() -> result.getLeft().message(Locale.ENGLISH)).isTrue();
        return result.get();
    }

    @Test
    void preparationNeedsComparedQuotesAChoiceAndMaterialsPromisedInTime() {
        Campaign campaign = preparing(supply(2));
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(ZHANG), CLOCK).getLeft();
        assertThat(refusal.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "supply.need.quotes-missing@supply.needs[0].quotes",
                "supply.need.choice-missing@supply.needs[0].choice",
                "supply.material.supplier-missing@supply.materials[0].supplier",
                "supply.material.promise-missing@supply.materials[0].delivery");
        assertThat(refusal.violations().get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("采购需求 N1 仅比较了 2 家报价，规定至少 3 家，或记录豁免及理由。");
    }

    @Test
    void choosingASupplierAndPromisingInTimeOpensTheGate() {
        Campaign campaign = preparing(supply(3));
        campaign = apply(campaign, CampaignCommand.by(ZHANG, SupplyChange.ChooseSupplier.of(GIFTS, B, "价格最低，交期满足")));
        assertThat(campaign.supply().need(GIFTS).flatMap(SupplierNeed::choice))
                .contains(new Choice(B, "价格最低，交期满足", ZHANG));
        Material promised = campaign.supply().materials().get(0).toBuilder().supplier(B)
                .delivery(Delivery.promised(NEED_BY.minusDays(1))).status(MaterialStatus.ORDERED).build();
        campaign = apply(campaign, CampaignCommand.by(ZHANG, SupplyChange.ReviseSupply.of(campaign.supply().toBuilder()
                .materials(List.of(promised)).build())));
        campaign = apply(campaign, CampaignCommand.advance(ZHANG));
        assertThat(campaign.stage()).isEqualTo(Stage.EXECUTION);
        assertThat(campaign.revision()).isEqualTo(3);
    }

    @Test
    void aPromiseAfterTheNeedDateKeepsTheCampaignInPreparation() {
        Campaign campaign = apply(preparing(supply(3)), CampaignCommand.by(ZHANG, SupplyChange.ChooseSupplier.of(GIFTS, C, "质量最好")));
        Material late = campaign.supply().materials().get(0).toBuilder().supplier(C)
                .delivery(Delivery.promised(NEED_BY.plusDays(2))).build();
        campaign = Campaign.builder().from(campaign).supply(campaign.supply().toBuilder().materials(List.of(late)).build()).build();
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.advance(ZHANG), CLOCK).getLeft().codes())
                .containsExactly("supply.material.promise-late");
    }

    @Test
    void aChoiceIsRefusedWithThePlansReasons() {
        Refusal refusal = LIFECYCLE.apply(preparing(supply(2)), CampaignCommand.by(ZHANG, SupplyChange.ChooseSupplier.of(GIFTS, C, " ")),
                CLOCK).getLeft();
        assertThat(refusal.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "supply.choice.not-quoted@supplier", "supply.choice.rationale-blank@rationale");
    }

    @Test
    void theMaterialsOwnerRecordsItsDeliveryAndOthersMayNot() {
        Campaign campaign = apply(preparing(supply(3)), CampaignCommand.by(ZHANG, SupplyChange.ChooseSupplier.of(GIFTS, B, "价格最低")));
        Material promised = campaign.supply().materials().get(0).toBuilder().supplier(B)
                .delivery(Delivery.promised(NEED_BY.minusDays(1))).status(MaterialStatus.ORDERED).build();
        campaign = Campaign.builder().from(campaign).supply(campaign.supply().toBuilder().materials(List.of(promised)).build()).build();

        Refusal refused = LIFECYCLE.apply(campaign, CampaignCommand.by(WANG, SupplyChange.RecordDelivery.of(MaterialId.of("M1"), NEED_BY)),
                CLOCK).getLeft();
        assertThat(refused.codes()).containsExactly("campaign.lifecycle.access-denied");

        Campaign delivered = apply(campaign, CampaignCommand.by(LIU, SupplyChange.RecordDelivery.of(MaterialId.of("M1"), NEED_BY)));
        assertThat(delivered.supply().materials().get(0).status()).isEqualTo(MaterialStatus.DELIVERED);
        assertThat(io.github.campaignkit.core.supply.SupplyRules.deliveries(NEED_BY).check(delivered.supply())
                .map(v -> v.code())).containsExactly("supply.delivery.late");
    }

    @Test
    void reviewNeedsEveryChosenSupplierEvaluatedOnWeightsOfAHundredPercent() {
        Campaign campaign = apply(preparing(supply(3)), CampaignCommand.by(ZHANG, SupplyChange.ChooseSupplier.of(GIFTS, B, "价格最低")))
                .toBuilder().stage(Stage.REVIEW).build();
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.advance(ZHANG), CLOCK).getLeft().violations()
                .map(v -> v.code() + "@" + v.path())).containsExactly("supply.evaluation.missing@supply.evaluations");

        SupplierEvaluation skewed = SupplierEvaluation.builder().supplier(B).evaluatedOn(LocalDate.of(2024, 8, 12))
                .evaluatedBy(ZHANG).addScores(CriterionScore.of(SupplierCriterion.QUALITY, "50", "90"),
                        CriterionScore.of(SupplierCriterion.PRICE, "40", "95")).build();
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.by(ZHANG, SupplyChange.EvaluateSupplier.of(skewed)), CLOCK).getLeft()
                .violations().map(v -> v.code() + "@" + v.path()))
                .containsExactly("supply.evaluation.weights-sum@evaluation.scores");

        SupplierEvaluation fair = SupplierEvaluation.builder().from(skewed).scores(List.of(
                CriterionScore.of(SupplierCriterion.QUALITY, "60", "90"), CriterionScore.of(SupplierCriterion.PRICE, "40", "95")))
                .build();
        campaign = apply(campaign, CampaignCommand.by(ZHANG, SupplyChange.EvaluateSupplier.of(fair)));
        campaign = apply(campaign, CampaignCommand.advance(ZHANG));
        assertThat(campaign.stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void theEventGateChecksTheRunOfShowAndTheNotices() {
        LocalDate day = LocalDate.of(2024, 8, 1);
        EventPlan event = EventPlan.builder().date(day)
                .booking(new VenueBooking("快闪店", LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .addSegments(Segment.of("签到", SegmentKind.CHECK_IN, LocalTime.of(9, 30), 30, WANG),
                        Segment.of("开场", SegmentKind.OPENING, LocalTime.of(9, 50), 10, WANG))
                .addNotices(Notice.scheduled(NoticeKind.INTERNAL, "行政部", "邮件", day.minusDays(5)))
                .build();
        Campaign campaign = preparing(SupplyPlan.empty());
        Campaign revised = apply(campaign, CampaignCommand.by(ZHANG, EventChange.ReviseEvent.of(event)));
        assertThat(revised.event()).isEqualTo(event);
        Refusal refusal = LIFECYCLE.apply(revised, CampaignCommand.advance(ZHANG), CLOCK).getLeft();
        assertThat(refusal.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "event.segment.overlap@event.segments[1].start",
                "event.notice.scheduled-late@event.notices[0].scheduledOn",
                "event.notice.missing@event.notices");
    }

    @Test
    void aStaleChoiceIsRefused() {
        Campaign campaign = apply(preparing(supply(3)), CampaignCommand.by(ZHANG, SupplyChange.ChooseSupplier.of(GIFTS, A, "交期最早")));
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.by(ZHANG, SupplyChange.ChooseSupplier.of(GIFTS, B, "价格最低")).basedOn(0),
                CLOCK).getLeft().codes()).containsExactly("campaign.lifecycle.stale-revision");
        assertThat(apply(campaign, CampaignCommand.by(ZHANG, SupplyChange.ChooseSupplier.of(GIFTS, B, "价格最低")).basedOn(1))
                .supply().chosenSuppliers()).containsExactly(B);
    }

    @Test
    void standardGatesIncludeTheSupplyAndEventGates() {
        assertThat(Gates.defaults(Stage.PREPARATION)).contains(Gates.supplyReady(), Gates.eventReady());
        assertThat(Gates.defaults(Stage.REVIEW)).contains(Gates.suppliersEvaluated());
    }
}
