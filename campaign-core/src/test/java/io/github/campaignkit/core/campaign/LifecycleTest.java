package io.github.campaignkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.review.ReviewChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleChange;
import io.github.campaignkit.core.team.TaskId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-20T09:00:00Z"), ZoneOffset.UTC);
    private static final Lifecycle LIFECYCLE = Lifecycle.standard();

    @Test
    void walksTheSeedCampaignFromPlanningToClosed() {
        Campaign campaign = Seed000.campaign();
        for (Stage expected : new Stage[] {Stage.PREPARATION, Stage.EXECUTION, Stage.REVIEW, Stage.CLOSED}) {
            if (expected == Stage.CLOSED) {
                campaign = Campaign.builder().from(recordActuals(campaign)).goals(Seed000.withResults(campaign.goals())).build();
                campaign = recordReview(campaign);
            }
            campaign = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD).basedOn(campaign.revision()),
                    CLOCK).get();
            assertThat(campaign.stage()).isEqualTo(expected);
        }
        assertThat(campaign.revision()).isEqualTo(4 + Seed000.plan().lines().size() + 3);
        assertThat(campaign.history()).extracting(StageChange::to)
                .containsExactly(Stage.PREPARATION, Stage.EXECUTION, Stage.REVIEW, Stage.CLOSED);
        assertThat(campaign.history()).allSatisfy(change -> {
            assertThat(change.at()).isEqualTo(CLOCK.instant());
            assertThat(change.actor()).isEqualTo(Seed000.LEAD);
        });
    }

    /** The overall lead records the evaluation report and the retrospective, one command each. */
    private static Campaign recordReview(Campaign campaign) {
        io.github.campaignkit.core.review.Review review =
                io.github.campaignkit.core.testkit.ReviewArbitraries.completeReview(campaign);
        Campaign evaluated = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed000.LEAD, ReviewChange.RecordEvaluation.of(review.evaluation().orElseThrow())), CLOCK).get();
        return LIFECYCLE.apply(evaluated, CampaignCommand.by(Seed000.LEAD, ReviewChange.RecordRetrospective.of(review.retrospective().orElseThrow())), CLOCK).get();
    }

    /**
     * The overall lead records every budgeted amount as spent, one command per line, and settles
     * the budget (no partner shares it).
     */
    private static Campaign recordActuals(Campaign campaign) {
        Campaign current = campaign;
        for (BudgetLine line : current.budget().plan().lines()) {
            current = LIFECYCLE.apply(current, CampaignCommand.by(Seed000.LEAD, new BudgetChange.RecordSpend(
                    SpendEntry.of(line.id(), LocalDate.of(2024, 6, 18), line.amount()))), CLOCK).get();
        }
        return LIFECYCLE.apply(current, CampaignCommand.by(Seed000.LEAD, new BudgetChange.Settle()), CLOCK).get();
    }

    @Test
    void aBudgetNobodySharesMustBeSettledBeforeTheCampaignCloses() {
        Campaign campaign = Seed000.campaign();
        for (int i = 0; i < 3; i++) {
            campaign = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).get();
        }
        assertThat(campaign.budget().costSharing()).isEmpty();
        Campaign spent = campaign;
        for (BudgetLine line : spent.budget().plan().lines()) {
            spent = LIFECYCLE.apply(spent, CampaignCommand.by(Seed000.LEAD, new BudgetChange.RecordSpend(
                    SpendEntry.of(line.id(), LocalDate.of(2024, 6, 18), line.amount()))), CLOCK).get();
        }
        Campaign reviewed = recordReview(Campaign.builder().from(spent).goals(Seed000.withResults(spent.goals())).build());
        // Every actual recorded, the review complete: still refused until the budget is settled.
        Refusal unsettled = LIFECYCLE.apply(reviewed, CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();
        assertThat(unsettled.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("budget.settlement.missing", "budget.settlement"));
        assertThat(unsettled.violations().get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("费用尚未结算：结项前请先完成预算结算（无论是否有合作方分摊）。");
        Campaign settled = LIFECYCLE.apply(reviewed, CampaignCommand.by(Seed000.LEAD, new BudgetChange.Settle()), CLOCK)
                .get();
        assertThat(settled.budget().settlement().orElseThrow().isShared()).isFalse();
        assertThat(settled.budget().settlement().orElseThrow().total()).isEqualTo(settled.budget().plan().total());
        assertThat(LIFECYCLE.apply(settled, CampaignCommand.advance(Seed000.LEAD), CLOCK).get().stage())
                .isEqualTo(Stage.CLOSED);
    }

    @Test
    void refusalListsEveryUnmetConditionAtOnce() {
        CampaignProfile draft = Seed000.profile().toBuilder().theme(" ").departments(java.util.List.of()).build();
        Campaign campaign = Campaign.builder().from(Seed000.campaign()).profile(draft).build();

        Either<Refusal, Campaign> result = LIFECYCLE.apply(campaign,
                CampaignCommand.advance(Seed000.PLANNER).basedOn(7), CLOCK);

        Refusal refusal = result.getLeft();
        assertThat(refusal.codes().toJavaList()).containsExactly(
                "campaign.lifecycle.stale-revision",
                "campaign.lifecycle.access-denied",
                "campaign.profile.theme.blank",
                "campaign.profile.departments.empty");
        assertThat(refusal.violations().map(Violation::path).toJavaList())
                .containsExactly("basedOnRevision", "actor", "profile.theme", "profile.departments");
    }

    @Test
    void refusalReadsInChineseAndEnglish() {
        Campaign campaign = Campaign.builder().from(Seed000.campaign()).profile(Seed000.profile().toBuilder().theme("").build()).build();
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();

        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[错误] profile.theme：活动主题不能为空。");
        assertThat(refusal.message(Locale.ENGLISH)).isEqualTo("[error] profile.theme: The campaign has no theme.");
    }

    @Test
    void englishIsEnglishEvenWhenTheDefaultLocaleIsChinese() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Violation v = Violation.of(LifecycleViolation.REASON_BLANK, "reason");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("A reason is required.");
            assertThat(Stage.PLANNING.label(Locale.ENGLISH)).isEqualTo("planning");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void accessDeniedNamesActorCommandAndLead() {
        Refusal refusal = LIFECYCLE.apply(Seed000.campaign(), CampaignCommand.hold(Seed000.PLANNER, "等待预算"), CLOCK)
                .getLeft();
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] actor：李策划（li.cehua）无权暂停活动，此活动中只有总负责人张经理（zhang.jingli）可以。");
        assertThat(refusal.message(Locale.ENGLISH))
                .isEqualTo("[error] actor: 李策划 (li.cehua) may not put the campaign on hold: in this campaign only the overall lead 张经理 (zhang.jingli) may.");
    }

    @Test
    void holdAndResumeReturnToTheHeldStage() {
        Campaign preparing = LIFECYCLE.apply(Seed000.campaign(), CampaignCommand.advance(Seed000.LEAD), CLOCK).get();
        Campaign held = LIFECYCLE.apply(preparing, CampaignCommand.hold(Seed000.LEAD, "品牌方调整档期"), CLOCK).get();
        assertThat(held.stage()).isEqualTo(Stage.ON_HOLD);
        assertThat(held.heldStage()).contains(Stage.PREPARATION);
        assertThat(held.history().get(1).note()).contains("品牌方调整档期");

        Refusal advance = LIFECYCLE.apply(held, CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();
        assertThat(advance.codes().toJavaList()).containsExactly("campaign.lifecycle.on-hold");
        assertThat(advance.message(Locale.SIMPLIFIED_CHINESE)).contains("暂停于准备", "请先恢复再推进");

        Campaign resumed = LIFECYCLE.apply(held, CampaignCommand.resume(Seed000.LEAD), CLOCK).get();
        assertThat(resumed.stage()).isEqualTo(Stage.PREPARATION);
        assertThat(resumed.heldStage()).isEmpty();
        assertThat(resumed.revision()).isEqualTo(3);
    }

    @Test
    void resumeWithoutHoldAndBlankReasonsAreRefused() {
        Campaign campaign = Seed000.campaign();
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.resume(Seed000.LEAD), CLOCK).getLeft().codes())
                .containsExactly("campaign.lifecycle.not-on-hold");
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.cancel(Seed000.LEAD, "  "), CLOCK).getLeft().codes())
                .containsExactly("campaign.lifecycle.reason-blank");
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.hold(Seed000.LEAD, ""), CLOCK).getLeft().codes())
                .containsExactly("campaign.lifecycle.reason-blank");
    }

    @Test
    void cancelledFromHoldIsTerminalAndRefusesEverything() {
        Campaign held = LIFECYCLE.apply(Seed000.campaign(), CampaignCommand.hold(Seed000.LEAD, "暂缓"), CLOCK).get();
        Campaign cancelled = LIFECYCLE.apply(held, CampaignCommand.cancel(Seed000.LEAD, "预算取消"), CLOCK).get();
        assertThat(cancelled.stage()).isEqualTo(Stage.CANCELLED);
        assertThat(cancelled.heldStage()).isEmpty();

        Refusal refusal = LIFECYCLE.apply(cancelled, CampaignCommand.resume(Seed000.LEAD), CLOCK).getLeft();
        assertThat(refusal.codes()).containsExactly("campaign.lifecycle.terminal");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).contains("活动已取消", "恢复");
    }

    @Test
    void revisingTheProfileRaisesTheRevisionWithoutAHistoryEntry() {
        Campaign campaign = Seed000.campaign();
        CampaignProfile revised = campaign.profile().toBuilder().slogan("满300减50，618 不打烊").build();
        Campaign next = LIFECYCLE.apply(campaign, CampaignCommand.by(Seed000.LEAD, ProfileChange.ReviseProfile.of(revised)).basedOn(0),
                CLOCK).get();
        assertThat(next.profile()).isEqualTo(revised);
        assertThat(next.revision()).isEqualTo(1);
        assertThat(next.history()).isEmpty();

        Refusal stale = LIFECYCLE.apply(next, CampaignCommand.by(Seed000.LEAD, ProfileChange.ReviseProfile.of(revised)).basedOn(0),
                CLOCK).getLeft();
        assertThat(stale.message(Locale.ENGLISH)).contains("revision 0", "revision 1");
    }

    @Test
    void applicationGatesAndPoliciesJoinTheDefaults() {
        Lifecycle custom = LIFECYCLE
                .withGate(Stage.PLANNING, c -> List.of(Violation.of("acme.legal.unsigned", Severity.ERROR, "legal")))
                .withGate(Stage.PLANNING, c -> List.of(Violation.of("acme.note", Severity.WARNING, "")))
                .withAccessPolicy(AccessPolicy.anyone());
        Refusal refusal = custom.apply(Seed000.campaign(), CampaignCommand.advance(Seed000.PLANNER), CLOCK).getLeft();
        assertThat(refusal.codes()).containsExactly("acme.legal.unsigned", "acme.note");
        assertThat(custom.check(Seed000.campaign())).hasSize(2);
        assertThat(LIFECYCLE.gates(Stage.PLANNING)).containsExactly(Gates.profileComplete(), Gates.goalsSet(),
                Gates.goalsSmart(), Gates.goalsSigned(), Gates.teamValid(), Gates.boardValid(), Gates.budgetApproved(),
                Gates.partnersAgreed(), Gates.channelsCoverGoals(), Gates.creativePlanned());

        Lifecycle warningsOnly = Lifecycle.withoutGates()
                .withGate(Stage.PLANNING, c -> List.of(Violation.of("acme.note", Severity.WARNING, "")));
        assertThat(warningsOnly.apply(Seed000.campaign(), CampaignCommand.advance(Seed000.LEAD), CLOCK).isRight())
                .isTrue();
    }

    @Test
    void gatesOnlyGuardOpenStages() {
        assertThatThrownBy(() -> LIFECYCLE.withGate(Stage.CLOSED, c -> List.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaving");
    }

    @Test
    void profileWithPhaseOutsideWindowBlocksPlanning() {
        CampaignProfile profile = Seed000.profile().withPhases(java.util.List.of(
                Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 5, 25), LocalDate.of(2024, 6, 5)))));
        Refusal refusal = LIFECYCLE.apply(Campaign.builder().from(Seed000.campaign()).profile(profile).build(),
                CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "[错误] profile.phases[0].range：预热期（2024-05-25…2024-06-05）超出了活动时间 2024-06-01…2024-06-18。");
    }

    @Test
    void leavingPreparationNeedsASchedule() {
        Campaign preparing = LIFECYCLE.apply(Campaign.builder().from(Seed000.campaign()).schedule(Schedule.empty()).build(),
                CampaignCommand.advance(Seed000.LEAD), CLOCK).get();
        Refusal refusal = LIFECYCLE.apply(preparing, CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] schedule.tasks：排期中没有任务（缺少执行甘特图）。");
        assertThat(refusal.message(Locale.ENGLISH))
                .isEqualTo("[error] schedule.tasks: The schedule has no tasks: the execution Gantt chart is missing.");
    }

    @Test
    void leavingPreparationNeedsOwnersAndAFinishInsideTheWindow() {
        Schedule seed = Seed000.schedule();
        java.util.List<GanttTask> tasks = new java.util.ArrayList<>(seed.tasks());
        tasks.set(1, tasks.get(1).toBuilder().owner(java.util.Optional.empty()).build());
        tasks.set(3, tasks.get(3).withDuration(8));
        TaskId recap = TaskId.of("复盘素材");
        tasks.add(GanttTask.builder().id(recap).name("复盘素材").owner(Seed000.LEAD).duration(2)
                .phase(PhaseKind.CONTINUATION).build());
        java.util.List<Dependency> dependencies = new java.util.ArrayList<>(seed.dependencies());
        dependencies.add(Dependency.finishToStart(tasks.get(3).id(), recap));
        Campaign campaign = LIFECYCLE.apply(Campaign.builder().from(Seed000.campaign()).schedule(seed.withTasks(tasks)
                        .withDependencies(dependencies)).build(), CampaignCommand.advance(Seed000.LEAD), CLOCK).get();

        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(Seed000.LEAD), CLOCK).getLeft();

        assertThat(refusal.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "schedule.task.after-window@schedule.tasks[3]",
                "schedule.task.continuation.after-window@schedule.tasks[4]",
                "schedule.task.owner.missing@schedule.tasks[1].owner");
        assertThat(refusal.violations().get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("任务大促执行于 2024-06-19 完成，晚于活动结束日期 2024-06-18。");
        assertThat(refusal.violations().get(1).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void onlyTheContinuationOverrunningIsAWarning() {
        Schedule seed = Seed000.schedule();
        java.util.List<GanttTask> tasks = new java.util.ArrayList<>(seed.tasks());
        tasks.set(3, tasks.get(3).toBuilder().phase(PhaseKind.CONTINUATION).duration(8).build());
        Campaign preparing = LIFECYCLE.apply(Campaign.builder().from(Seed000.campaign()).schedule(seed.withTasks(tasks)).build(),
                CampaignCommand.advance(Seed000.LEAD), CLOCK).get();
        assertThat(LIFECYCLE.check(preparing).map(Violation::code))
                .containsExactly("schedule.task.continuation.after-window");
        assertThat(LIFECYCLE.apply(preparing, CampaignCommand.advance(Seed000.LEAD), CLOCK).get().stage())
                .isEqualTo(Stage.EXECUTION);
    }

    @Test
    void theScheduleIsRevisedByCommand() {
        Campaign campaign = Campaign.builder().from(Seed000.campaign()).schedule(Schedule.empty()).build();
        Campaign next = LIFECYCLE.apply(campaign,
                CampaignCommand.by(Seed000.LEAD, ScheduleChange.ReviseSchedule.of(Seed000.schedule())).basedOn(0), CLOCK).get();
        assertThat(next.schedule()).isEqualTo(Seed000.schedule());
        assertThat(next.revision()).isEqualTo(1);
        assertThat(next.history()).isEmpty();
        Refusal refusal = LIFECYCLE.apply(next, CampaignCommand.by(Seed000.PLANNER, ScheduleChange.ReviseSchedule.of(Schedule.empty())),
                CLOCK).getLeft();
        assertThat(refusal.message(Locale.ENGLISH)).isEqualTo(
                "[error] actor: 李策划 (li.cehua) may not revise the schedule: in this campaign only the overall lead 张经理 (zhang.jingli) may.");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] actor：李策划（li.cehua）无权修改排期，此活动中只有总负责人张经理（zhang.jingli）可以。");
    }
}
