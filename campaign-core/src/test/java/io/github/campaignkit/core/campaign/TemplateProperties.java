package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.budget.ApprovalDecision;
import io.github.campaignkit.core.budget.ApprovalStatus;
import io.github.campaignkit.core.budget.ReviewOpinion;
import io.github.campaignkit.core.budget.Settlement;
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.budget.VarianceExplanation;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.SignOff;
import io.github.campaignkit.core.kpi.Acknowledgement;
import io.github.campaignkit.core.kpi.Alert;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.Retrospective;
import io.github.campaignkit.core.risk.Reading;
import io.github.campaignkit.core.risk.RiskStatusChange;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Baseline;
import io.github.campaignkit.core.schedule.TaskProgress;
import io.github.campaignkit.core.team.RemedyPlan;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.TaskStatusChange;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.tracking.DailyReport;
import io.github.campaignkit.core.tracking.Issue;
import io.github.campaignkit.core.tracking.LogEntry;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A template made from any closed campaign carries no actual, no date and no signature, and once
 * dated it is a campaign in planning that passes the profile rules.
 */
class TemplateProperties {

    /** What a template may never hold: dates, signatures and every kind of recorded actual. */
    private static final Set<Class<?>> FORBIDDEN = Set.of(LocalDate.class, Instant.class, SignOff.class,
            ReviewOpinion.class, ApprovalDecision.class, GoalResult.class, Observation.class, Alert.class,
            Acknowledgement.class, SpendEntry.class, VarianceExplanation.class, Settlement.class, Reading.class,
            RiskStatusChange.class, TaskStatusChange.class, RemedyPlan.class, TaskProgress.class, Baseline.class,
            DailyReport.class, LogEntry.class, Issue.class, EvaluationReport.class, Retrospective.class);

    @Provide
    Arbitrary<Campaign> closed() {
        return CampaignArbitraries.closedCampaigns();
    }

    @Property(tries = 40)
    void aTemplateOfAClosedCampaignCarriesNoActualDateOrSignature(@ForAll("closed") Campaign campaign) {
        assertThat(campaign.stage()).isEqualTo(Stage.CLOSED);
        CampaignTemplate template = CampaignTemplate.from(campaign);

        assertThat(forbidden(template, "template")).isEmpty();
        assertThat(template.budget().status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(template.budget().plan().lines()).isEqualTo(campaign.budget().plan().lines());
        assertThat(template.team()).isEqualTo(campaign.team());
        assertThat(template.board().tasks()).extracting(t -> t.id())
                .containsExactlyElementsOf(campaign.board().tasks().stream().map(t -> t.id()).toList());
        assertThat(template.board().raci()).isEqualTo(campaign.board().raci());
        assertThat(template.goals().goals()).extracting(g -> g.id())
                .containsExactlyElementsOf(campaign.goals().goals().stream().map(g -> g.id()).toList());
        assertThat(template.goals().metrics()).isEqualTo(campaign.goals().metrics());
        assertThat(template.kpi().cadences()).isEqualTo(campaign.kpi().cadences());
        assertThat(template.risks().entries()).hasSameSizeAs(campaign.risks().entries());
        assertThat(template.schedule().dependencies()).isEqualTo(campaign.schedule().dependencies());
        assertThat(template.knowledge()).isEqualTo(campaign.review().retrospective().orElseThrow().knowledge());
        // A template of a template strips nothing more.
        assertThat(CampaignTemplate.from(template.dated(campaign.id(), campaign.profile().window().start())))
                .isEqualTo(CampaignTemplate.builder().from(template).knowledge(List.of()).build());
    }

    @Property(tries = 40)
    void onceDatedItIsAPlannedCampaignThatPassesTheProfileRules(@ForAll("closed") Campaign campaign,
                                                                  @ForAll("days") LocalDate start) {
        CampaignTemplate template = CampaignTemplate.from(campaign);
        Campaign next = template.dated(CampaignId.of("next-year"), start);

        assertThat(next.stage()).isEqualTo(Stage.PLANNING);
        assertThat(next.revision()).isZero();
        assertThat(next.history()).isEmpty();
        assertThat(next.profile().window().start()).isEqualTo(start);
        assertThat(next.profile().window().days()).isEqualTo(campaign.profile().window().days());
        assertThat(ProfileRules.standard().check(next.profile()).filter(Violation::isError)).isEmpty();
        assertThat(Gates.teamValid().check(next).filter(Violation::isError)).isEmpty();
        assertThat(Gates.boardValid().check(next).filter(Violation::isError)).isEmpty();
        long shift = ChronoUnit.DAYS.between(campaign.profile().window().start(), start);
        for (int i = 0; i < next.board().tasks().size(); i++) {
            assertThat(next.board().tasks().get(i).status()).isEqualTo(TaskStatus.NOT_STARTED);
            assertThat(next.board().tasks().get(i).start())
                    .isEqualTo(campaign.board().tasks().get(i).start().plusDays(shift));
            assertThat(next.board().tasks().get(i).end())
                    .isEqualTo(campaign.board().tasks().get(i).end().plusDays(shift));
        }
        for (int i = 0; i < next.profile().phases().size(); i++) {
            assertThat(next.profile().phases().get(i).range().start())
                    .isEqualTo(campaign.profile().phases().get(i).range().start().plusDays(shift));
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return CampaignArbitraries.dates();
    }

    /** Paths to every forbidden value inside a value, walking records, collections, maps and optionals. */
    static List<String> forbidden(Object value, String path) {
        List<String> found = new ArrayList<>();
        walk(value, path, found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null) {
            return;
        }
        if (FORBIDDEN.contains(value.getClass())) {
            found.add(path + ": " + value.getClass().getSimpleName());
            return;
        }
        if (value instanceof Optional) {
            ((Optional<?>) value).ifPresent(v -> walk(v, path, found));
        } else if (value instanceof Collection) {
            int i = 0;
            for (Object element : (Collection<?>) value) {
                walk(element, path + "[" + i++ + "]", found);
            }
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                walk(e.getKey(), path + ".key", found);
                walk(e.getValue(), path + "[" + e.getKey() + "]", found);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(value), path + "." + component.getName(), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
