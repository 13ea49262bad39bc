package io.github.campaignkit.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.GoalArbitraries;
import io.github.campaignkit.core.testkit.ReviewArbitraries;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the review rules over generated campaigns with their results. */
class ReviewProperties {

    @Provide
    Arbitrary<Campaign> finished() {
        return CampaignArbitraries.plannedCampaigns().flatMap(c -> GoalArbitraries.withResults(c.goals())
                .map(goals -> Campaign.builder().from(c).goals(goals).build()));
    }

    @Property(tries = 60)
    void aCompleteReviewPassesEveryRule(@ForAll("finished") Campaign campaign) {
        Review review = ReviewArbitraries.completeReview(campaign);
        assertThat(ReviewRules.complete(campaign.profile().window(), ReviewPolicy.standard(), campaign.goals())
                .check(review).filter(Violation::isError)).isEmpty();
        assertThat(review.evaluation().orElseThrow().rows()).isEqualTo(campaign.evaluation().rows());
    }

    @Property(tries = 60)
    void everyUnmetGoalWithoutItsActionIsReportedOnceAtItsRow(@ForAll("finished") Campaign campaign) {
        Review complete = ReviewArbitraries.completeReview(campaign);
        Retrospective retro = complete.retrospective().orElseThrow();
        Review noActions = complete.withRetrospective(retro.toBuilder().actions(List.of()).build());
        Review noAnalyses = complete.withRetrospective(retro.toBuilder().actions(List.of()).problems(List.of()).build());
        List<EvaluationRow> rows = complete.evaluation().orElseThrow().rows();
        List<String> unmetRows = rows.stream().filter(r -> complete.evaluation().orElseThrow().unmet().contains(r))
                .map(r -> "review.evaluation.rows[" + rows.indexOf(r) + "]").collect(Collectors.toList());

        assertThat(Gate.errors(noActions, "review.unmet.no-action")).containsExactlyElementsOf(unmetRows);
        assertThat(Gate.errors(noAnalyses, "review.unmet.not-analysed")).containsExactlyElementsOf(unmetRows);
        assertThat(Gate.errors(noAnalyses, "review.unmet.no-action")).isEmpty();
    }

    @Property
    void theDueDateIsAWorkingDayAfterTheEnd(@ForAll("policies") ReviewPolicy policy,
                                              @ForAll("windows") io.github.campaignkit.core.schedule.DateRange window) {
        java.time.LocalDate due = policy.due(window);
        assertThat(due).isAfterOrEqualTo(window.end());
        if (policy.workingDays() > 0) {
            assertThat(policy.calendar().orElseThrow().isWorkingDay(due)).isTrue();
            assertThat(policy.calendar().orElseThrow().workingDaysBetween(window.end().plusDays(1), due.plusDays(1)))
                    .isEqualTo(policy.workingDays());
        }
    }

    @Provide
    Arbitrary<ReviewPolicy> policies() {
        return ReviewArbitraries.policies();
    }

    @Provide
    Arbitrary<io.github.campaignkit.core.schedule.DateRange> windows() {
        return CampaignArbitraries.dateRanges();
    }

    /** The paths of the errors of one code the retrospective rule finds. */
    private static final class Gate {
        static List<String> errors(Review review, String code) {
            return ReviewRules.retrospective().under("review").check(review).filter(v -> v.code().equals(code))
                    .map(Violation::path).toJavaList();
        }
    }
}
