package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.goal.ActualSource;
import io.github.campaignkit.core.goal.Aggregation;
import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.GoalViolation;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.KpiTarget;
import io.github.campaignkit.core.kpi.KpiTotals;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * One story: the evaluation's actual of a tracked metric is the dashboard's total, for any
 * generated campaign and day, and a recorded actual that differs from it is reported with both
 * numbers (issue 15, part 2).
 */
class ActualsProperties {

    @Provide
    Arbitrary<Campaign> campaigns() {
        return CampaignArbitraries.campaigns();
    }

    @Property(tries = 150)
    void aTrackedGoalTakesTheDashboardsTotal(@ForAll("campaigns") Campaign campaign,
                                            @ForAll @IntRange(min = -2, max = 40) int offset) {
        LocalDate asOf = campaign.profile().window().start().plusDays(offset);
        KpiTotals totals = campaign.kpi().totals(campaign.goals().metrics(), asOf);
        Evaluation evaluation = campaign.evaluation(asOf);
        // The dashboard with an all-channel line for every metric of the catalogue.
        List<KpiTarget> overall = new ArrayList<>();
        for (Metric m : campaign.goals().metrics()) {
            overall.add(KpiTarget.overall(m.id(), Target.atLeast(BigDecimal.ONE), campaign.profile().overallLead()));
        }
        KpiTracking lines = KpiTracking.builder().from(campaign.kpi()).targets(overall).build();
        Dashboard dashboard = Dashboard.of(totals, lines, campaign.profile().window(), campaign.profile().phases());
        for (EvaluationRow row : evaluation.rows()) {
            Optional<Metric> metric = campaign.goals().metric(row.metric());
            Optional<BigDecimal> total = totals.cumulative(row.metric(), Optional.empty());
            if (metric.isPresent() && totals.isTracked(row.metric()) && total.isPresent()) {
                assertThat(row.source()).contains(ActualSource.TRACKED);
                assertThat(row.actual()).isEqualTo(total);
                if (metric.get().aggregation() != Aggregation.LATEST) {
                    assertThat(dashboard.row(row.metric(), Optional.empty()).orElseThrow().cumulative())
                            .isEqualTo(row.actual());
                }
            } else if (row.source().filter(s -> s == ActualSource.TRACKED).isPresent()) {
                throw new AssertionError("a metric without data gave a tracked actual: " + row);
            }
        }
    }

    @Property(tries = 150)
    void aRecordedActualThatDiffersFromTheDataIsReportedWithBothNumbers(@ForAll("campaigns") Campaign campaign) {
        Evaluation evaluation = campaign.evaluation();
        for (EvaluationRow row : evaluation.rows()) {
            if (row.source().filter(s -> s != ActualSource.RECORDED).isEmpty()) {
                continue;
            }
            BigDecimal data = row.actual().orElseThrow();
            BigDecimal typed = data.add(BigDecimal.ONE);
            Campaign differing = Campaign.builder().from(campaign)
                    .goals(campaign.goals().withResult(GoalResult.of(row.goal(), typed, "手工填报"))).build();
            List<Violation> found = differing.evaluation().findings().stream()
                    .filter(v -> v.code().equals(GoalViolation.RESULT_DISAGREES.code()))
                    .filter(v -> v.arguments().get(0).equals(row.goal())).toList();
            assertThat(found).hasSize(1);
            assertThat(found.get(0).arguments()).containsExactly(row.goal(), typed, data, row.source().get());
            assertThat(differing.evaluation().row(row.goal()).orElseThrow().actual()).contains(data);
            assertThat(Gates.goalActuals().check(differing)).extracting(Violation::code)
                    .contains(GoalViolation.RESULT_DISAGREES.code());

            Campaign agreeing = Campaign.builder().from(campaign)
                    .goals(campaign.goals().withResult(GoalResult.of(row.goal(), data, "手工填报"))).build();
            assertThat(agreeing.evaluation().findings()).filteredOn(v -> v.arguments().get(0).equals(row.goal()))
                    .extracting(Violation::code).doesNotContain(GoalViolation.RESULT_DISAGREES.code());
        }
    }
}
