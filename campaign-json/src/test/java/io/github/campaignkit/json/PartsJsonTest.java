package io.github.campaignkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.Quantity;
import io.github.campaignkit.core.budget.Reviewer;
import io.github.campaignkit.core.budget.ReviewerRole;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.budget.Verdict;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The parts of a campaign in its document: budgets with Money and unit prices (amounts as strings
 * that keep their scale), goals and KPI tracking with their sealed types by closed names.
 */
class PartsJsonTest {

    private static final CampaignJson JSON = CampaignJson.standard();

    private static Campaign sample() {
        CampaignProfile profile = CampaignProfile.builder()
                .name("品牌618促销活动").theme("年中大促·满300减50").kind(CampaignKind.ONLINE).scale(CampaignScale.LARGE)
                .window(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
                .audience(TargetAudience.of("18-35岁女性")).addDepartments(Department.of("市场部"))
                .overallLead(MemberId.of("zhang")).build();
        Campaign planned = Campaign.builder().from(Campaign.plan(CampaignId.of("2024-618"), profile))
                .team(Team.builder().addMembers(Member.of(MemberId.of("zhang"), "张经理", TeamRole.OVERALL_LEAD))
                        .build()).budget(budget()).build();
        // The profile gate alone: this document is about the profile, the team, the budget and the
        // history, not the goals.
        Lifecycle profileOnly = Lifecycle.withoutGates().withGate(Stage.PLANNING, Gates.profileComplete());
        return profileOnly.apply(planned, CampaignCommand.advance(MemberId.of("zhang")),
                Clock.fixed(Instant.parse("2024-05-20T09:00:00Z"), ZoneOffset.UTC)).get();
    }

    /** A small approved budget: 3人×5天×800元/天, 2,000 for the venue, a 1,500 reserve (9.68% … 10.71%). */
    private static Budget budget() {
        Currency cny = Currency.getInstance("CNY");
        MemberId zhang = MemberId.of("zhang");
        MemberId liu = MemberId.of("liu");
        BudgetPlan plan = BudgetPlan.empty(cny).withLines(List.of(
                        BudgetLine.perUnit(BudgetLineId.of("L1"), BudgetCategory.PEOPLE, "内部团队加班费",
                                Quantity.of(3, "人").times(5, "天"), UnitPrice.of("800", "CNY"))
                                .withOwnerAndApprover(zhang, liu),
                        BudgetLine.fixed(BudgetLineId.of("L2"), BudgetCategory.VENUE, "场地租赁", Money.of("2000", "CNY"))
                                .withOwnerAndApprover(zhang, liu),
                        BudgetLine.fixed(BudgetLineId.of("L3"), BudgetCategory.CONTINGENCY, "应急备用金",
                                Money.of("1600.50", "CNY")).withOwnerAndApprover(zhang, liu)))
                .withApproval(liu, List.of(Reviewer.of(ReviewerRole.FINANCE, liu)));
        Instant at = Instant.parse("2024-05-19T09:00:00Z");
        return Budget.draft(plan).apply(new BudgetChange.Submit(), zhang, at).get()
                .apply(new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "同意"), liu, at).get()
                .apply(new BudgetChange.Approve(""), liu, at).get();
    }

    @Example
    void goalsAndKpiTrackingReadBackWithClosedNames() {
        io.github.campaignkit.core.goal.GoalSheet goals = io.github.campaignkit.core.testkit.Seed004Kpi.withResults(
                io.github.campaignkit.core.testkit.Seed004Kpi.campaign().goals());
        Campaign campaign = Campaign.builder().from(io.github.campaignkit.core.testkit.Seed004Kpi.campaign()).goals(goals).kpi(io.github.campaignkit.core.testkit.Seed004Kpi.kpi().withAlerting(
                        io.github.campaignkit.core.kpi.AlertPolicy.defaults().withPace(
                                io.github.campaignkit.core.kpi.Pace.byPhase(java.util.Map.of(
                                        io.github.campaignkit.core.schedule.PhaseKind.BURST, java.math.BigDecimal.ONE))))).build();
        String json = JSON.write(campaign);
        assertThat(JSON.read(json)).isEqualTo(campaign);
        assertThat(json).contains("\"target\":{\"type\":\"at-least\",\"value\":\"5000000\"}",
                "\"rate\":{\"numerator\":\"converted\",\"denominator\":\"followed\"}",
                "\"cadence\":{\"type\":\"daily\"}", "\"pace\":{\"type\":\"by-phase\",\"weights\":{\"BURST\":\"1\"}}",
                "{\"type\":\"below-pace\",\"points\":\"10\"}", "\"responseTime\":\"PT30M\"", "\"channel\":\"抖音\"",
                "\"actual\":\"16.2\"", "\"department\":\"市场部\"");
    }

    @Example
    void aMoneyMetricCarriesItsCurrencyCode() {
        io.github.campaignkit.core.goal.GoalSheet goals = io.github.campaignkit.core.goal.GoalSheet.empty().withMetric(
                io.github.campaignkit.core.goal.Metric.of("sales", "活动期销售额",
                        io.github.campaignkit.core.goal.MetricUnit.money(java.util.Currency.getInstance("CNY"))));
        Campaign campaign = Campaign.builder().from(sample()).goals(goals).build();
        String json = JSON.write(campaign);
        assertThat(json).contains("\"unit\":{\"kind\":\"CURRENCY\",\"currency\":\"CNY\"}");
        assertThat(JSON.read(json)).isEqualTo(campaign);
        assertThatThrownBy(() -> JSON.read(json.replace("\"kind\":\"CURRENCY\",\"currency\":\"CNY\"", "\"kind\":\"CURRENCY\",\"currency\":\"XYZ\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).startsWith("/campaign/goals/metrics/0/unit/currency"));
    }

    @Example
    void sealedTypesAreReadByTheirClosedNamesOnly() {
        Campaign campaign = io.github.campaignkit.core.testkit.Seed004Kpi.campaign();
        String json = JSON.write(campaign);
        assertThatThrownBy(() -> JSON.read(json.replaceFirst("\"type\":\"at-least\"", "\"type\":\"atLeast\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).startsWith("/campaign/goals/goals/0/target"));
        Campaign scaled = Campaign.builder().from(campaign).goals(campaign.goals().withResult(io.github.campaignkit.core.goal.GoalResult.of(
                io.github.campaignkit.core.goal.GoalId.of("G3"), new java.math.BigDecimal("16.20"), ""))).build();
        String written = JSON.write(scaled);
        assertThat(written).contains("\"actual\":\"16.20\"");
        assertThat(JSON.read(written).goals().results().get(0).actual().orElseThrow().scale()).isEqualTo(2);
    }

    @Example
    void moneyKeepsItsScaleAsAString() {
        String json = JSON.write(sample());
        assertThat(json).contains("\"fixed\",\"amount\":{\"amount\":\"2000.00\",\"currency\":\"CNY\"}",
                "\"unitPrice\":{\"amount\":\"800\",\"currency\":\"CNY\"}",
                "{\"type\":\"per-unit\",\"quantity\":{\"factors\":[{\"value\":\"3\",\"unit\":\"人\"},"
                        + "{\"value\":\"5\",\"unit\":\"天\"}]}",
                "\"amount\":\"1600.50\"", "\"currency\":\"CNY\"");
        assertThat(JSON.read(json)).isEqualTo(sample());
    }

    @Example
    void aCalendarKeepsTheDaysItCoversAndRefusesAHolidayOutsideThem() {
        io.github.campaignkit.core.schedule.WorkingCalendar china =
                io.github.campaignkit.core.schedule.MainlandChina.calendar(2024, 2024);
        Campaign campaign = Campaign.builder().from(sample())
                .schedule(io.github.campaignkit.core.schedule.Schedule.empty().toBuilder().calendar(china).build())
                .build();
        String json = JSON.write(campaign);
        assertThat(JSON.read(json)).isEqualTo(campaign);
        assertThat(json).contains("\"coverage\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}");
        String narrowed = json.replace("\"coverage\":{\"start\":\"2024-01-01\"", "\"coverage\":{\"start\":\"2024-03-01\"");
        assertThatThrownBy(() -> JSON.read(narrowed)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/schedule/calendar/holidays");
            assertThat(e.reason()).contains("2024-01-01 lies outside the days the calendar covers, 2024-03-01 to 2024-12-31");
        });
    }

    @Example
    void anAmountWrittenAsANumberIsRefusedWithAClearMessage() {
        String json = JSON.write(sample()).replace("\"amount\":\"2000.00\"", "\"amount\":2000.00");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/budget/plan/lines/1/pricing/amount/amount");
            assertThat(e.code()).isEqualTo("json.value.decimal-as-number");
            assertThat(e.reason()).isEqualTo("write this decimal as a string such as \"12.50\" so that its scale is "
                    + "kept, not as the number 2000.00");
            assertThat(e.line()).hasValue(1);
        });
        assertThatThrownBy(() -> CampaignJson.builder().locale(java.util.Locale.CHINESE).build().read(json))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.reason()).isEqualTo("请把小数写成字符串（如 \"12.50\"）以保留其精度，而不是数字 2000.00");
        });
    }

    @Example
    void anAmountMorePreciseThanItsCurrencyIsRefusedNotRounded() {
        String json = JSON.write(sample()).replace("\"1600.50\"", "\"1600.505\"");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/campaign/budget/plan/lines/2/pricing/amount/amount");
            assertThat(e.reason()).isEqualTo(
                    "invalid value: 1600.505 has more fraction digits than CNY allows (2); round it explicitly");
        });
        // Money is written with its currency's digits; another spelling would not write back as read.
        String trailingZeros = JSON.write(sample()).replace("\"1600.50\"", "\"1600.500\"");
        assertThatThrownBy(() -> JSON.read(trailingZeros)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            assertThat(e.code()).isEqualTo("json.value.non-canonical");
            assertThat(e.pointer()).isEqualTo("/campaign/budget/plan/lines/2/pricing/amount/amount");
            assertThat(e.reason()).startsWith("write \"1600.500\" as \"1600.50\"");
        });
    }

    @Example
    void moneyRefusesUnknownPartsCurrenciesAndExponents() {
        String json = JSON.write(sample());
        assertThatThrownBy(() -> JSON.read(json.replace("\"amount\":\"2000.00\",\"currency\":\"CNY\"",
                "\"amount\":\"2000.00\",\"currency\":\"CNY\",\"rate\":\"7.1\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.pointer()).endsWith("/pricing/amount/rate");
                    assertThat(e.reason()).startsWith("unknown property \"rate\"; expected one of: amount, currency");
                });
        assertThatThrownBy(() -> JSON.read(json.replace("\"amount\":\"2000.00\",\"currency\":\"CNY\"",
                "\"amount\":\"2000.00\",\"currency\":\"RMB\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    assertThat(e.pointer()).endsWith("/pricing/amount/currency");
                    assertThat(e.reason()).isEqualTo("invalid value: unknown ISO 4217 code 'RMB'");
                });
        assertThatThrownBy(() -> JSON.read(json.replace("\"2000.00\"", "\"2E+3\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.reason()).contains("not a plain decimal number"));
        assertThatThrownBy(() -> JSON.read(json.replace("\"type\":\"fixed\"", "\"type\":\"Fixed\"")))
                .isInstanceOf(CampaignJsonException.class);
        assertThatThrownBy(() -> JSON.read(json.replace("\"category\":\"VENUE\"", "\"category\":\"PROMOTION\"")))
                .isInstanceOfSatisfying(CampaignJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/campaign/budget/plan/lines/1/category"));
    }
}
