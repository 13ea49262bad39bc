package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.review.EvaluationReport;
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CampaignRulesTest {

    @Example
    void profileViolationsArePathedFromTheCampaignRoot() {
        CampaignProfile draft = Seed000.profile().toBuilder().theme(" ").departments(List.of()).build();
        Campaign campaign = Campaign.plan(CampaignId.of("2024-618"), draft);
        assertThat(CampaignRules.standard().check(campaign).map(v -> v.code() + "@" + v.path()).toJavaList())
                .containsExactly("campaign.profile.theme.blank@profile.theme",
                        "campaign.profile.departments.empty@profile.departments",
                        "team.overall-lead.missing@team.members");
    }

    @Example
    void teamAndBoardViolationsArePathedFromTheCampaignRoot() {
        Campaign campaign = Campaign.plan(CampaignId.of("2024-618"), Seed000.profile());
        assertThat(CampaignRules.standard().check(campaign).toJavaList()).isEqualTo(
                Gates.teamValid().check(campaign).appendAll(Gates.boardValid().check(campaign)).toJavaList());
    }

    @Example
    void theGanttsTasksAreTheBoardsOnTheDatesTheBoardPlans() {
        Campaign planned = Seed000.campaign();
        ScheduleForecast forecast = planned.schedule().forecast().get();
        // Not on the board yet: every Gantt row is named.
        assertThat(CampaignRules.standard().check(planned).filter(v -> v.code().equals("campaign.agreement.task-not-on-board"))
                .map(Violation::path)).containsExactly("schedule.tasks[0].id", "schedule.tasks[1].id",
                "schedule.tasks[2].id", "schedule.tasks[3].id");
        // On the board, 素材制作 typed two days later than the Gantt computes it.
        List<Task> tasks = new java.util.ArrayList<>();
        for (GanttTask row : planned.schedule().tasks()) {
            TaskForecast computed = forecast.task(row.id()).orElseThrow();
            int shift = row.id().value().equals("素材制作") ? 2 : 0;
            tasks.add(Task.builder().id(row.id()).module(row.module().map(ModuleId::of).orElse(ModuleId.PLANNING))
                    .name(row.name()).description("").deliverable("").owner(row.owner().orElse(Seed000.PLANNER))
                    .start(computed.earlyStart().plusDays(shift))
                    .end(computed.earlyFinish().plusDays(shift)).status(TaskStatus.NOT_STARTED).build());
        }
        Campaign boarded = Campaign.builder().from(planned).board(new TaskBoard(tasks, planned.board().raci())).build();
        Seq<Violation> found = CampaignRules.standard().check(boarded)
                .filter(v -> v.code().startsWith("campaign.agreement.task"));
        TaskForecast assets = forecast.task(TaskId.of("素材制作")).orElseThrow();
        assertThat(found.map(Violation::path)).containsExactly("schedule.tasks[1]");
        assertThat(found.get().severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("任务素材制作：执行分工表计划 "
                + assets.earlyStart().plusDays(2) + " 至 " + assets.earlyFinish().plusDays(2) + "，执行甘特图推算为 "
                + assets.earlyStart() + " 至 " + assets.earlyFinish() + "。");

        // The board renames a task and gives another an owner of its own: each named with both values.
        List<Task> renamed = new java.util.ArrayList<>(tasks);
        renamed.set(0, tasks.get(0).toBuilder().name("方案定稿").build());
        renamed.set(2, tasks.get(2).toBuilder().owner(Seed000.LEAD).build());
        Seq<Violation> disagreements = CampaignRules.standard().check(Campaign.builder().from(boarded)
                        .board(new TaskBoard(renamed, planned.board().raci())).build())
                .filter(v -> v.code().equals("campaign.agreement.task-name") || v.code().equals("campaign.agreement.task-owner"));
        assertThat(disagreements.map(Violation::path)).containsExactlyInAnyOrder("schedule.tasks[0].name",
                "schedule.tasks[2].owner");
        assertThat(disagreements.find(v -> v.path().endsWith("name")).get().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("任务方案定稿（" + planned.schedule().tasks().get(0).id().value() + "）在执行分工表中名为“方案定稿”，"
                        + "在执行甘特图中名为“" + planned.schedule().tasks().get(0).name() + "”。");
    }

    @Example
    void aRecordedEvaluationThatTheDataNoLongerSupportIsReported() {
        Campaign campaign = Seed000.campaign();
        Campaign reported = Campaign.builder().from(campaign).goals(Seed000.withResults(campaign.goals())).build();
        EvaluationReport report = EvaluationReport.of(reported.evaluation(), Optional.empty(),
                LocalDate.of(2024, 6, 21), Seed000.LEAD);
        Campaign stale = Campaign.builder().from(reported).review(Review.empty().withEvaluation(report))
                .goals(reported.goals().withResult(GoalResult.of(report.rows().get(0).goal(),
                        report.rows().get(0).actual().orElseThrow().add(BigDecimal.TEN), "复核后更正"))).build();
        assertThat(CampaignRules.standard().check(reported).map(Violation::code))
                .doesNotContain("campaign.agreement.evaluation-actual");
        assertThat(CampaignRules.standard().check(stale).filter(v -> v.code().equals("campaign.agreement.evaluation-actual"))
                .map(v -> v.path() + " " + v.arguments().get(1) + " → " + v.arguments().get(2)))
                .containsExactly("review.evaluation.rows[0].actual " + report.rows().get(0).actual().get() + " → "
                        + report.rows().get(0).actual().get().add(BigDecimal.TEN));
    }

    @Property(tries = 100)
    void generatedCampaignsBreakNoRuleOfAnyPart(@ForAll("campaigns") Campaign campaign) {
        Seq<Violation> found = CampaignRules.standard().check(campaign);
        assertThat(found.filter(Violation::isError)).isEmpty();
        assertThat(found.map(Violation::path)).allSatisfy(path -> assertThat(path).matches(
                "(profile|team|board|goals|kpi|risks|schedule|supply|partners|outreach|tracking|event|review)\\b.*"));
        // The profile, team and board findings are still all there.
        assertThat(found.toJavaList()).containsAll(ProfileRules.standard().check(campaign.profile())
                .map(v -> v.under("profile")).appendAll(Gates.teamValid().check(campaign))
                .appendAll(Gates.boardValid().check(campaign)).toJavaList());
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return CampaignArbitraries.campaigns();
    }
}
