package io.github.campaignkit.core.campaign;

import static io.github.campaignkit.core.Seed004.LI;
import static io.github.campaignkit.core.Seed004.LIU;
import static io.github.campaignkit.core.Seed004.T2;
import static io.github.campaignkit.core.Seed004.T3;
import static io.github.campaignkit.core.Seed004.WANG;
import static io.github.campaignkit.core.Seed004.ZHANG;
import static io.github.campaignkit.core.Seed004.ZHAO;
import static io.github.campaignkit.core.Seed004.at;
import static io.github.campaignkit.core.Seed004.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.RaciRole;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.TaskStatusChange;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.team.TeamRole;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.IssueSeverity;
import io.github.campaignkit.core.tracking.IssueStatus;
import io.github.campaignkit.core.tracking.TrackingChange;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 004 run through the lifecycle: the team and board gates, the board and tracking commands. */
class ExecutionLifecycleTest {

    /** The standard access policy with the profile, team, board and execution gates: this test is about them. */
    private static final Lifecycle LIFECYCLE = Lifecycle.withoutGates()
            .withGate(Stage.PLANNING, Gates.profileComplete())
            .withGate(Stage.PLANNING, Gates.teamValid())
            .withGate(Stage.PLANNING, Gates.boardValid())
            .withGate(Stage.EXECUTION, Gates.tasksFinished())
            .withGate(Stage.EXECUTION, Gates.severeIssuesResolved());

    private static Clock clock(Instant at) {
        return Clock.fixed(at, Seed004.SHANGHAI);
    }

    private static Campaign apply(Campaign campaign, CampaignCommand command, Instant at) {
        Either<Refusal, Campaign> result = LIFECYCLE.apply(campaign, command, clock(at));
        assertThat(result.isRight()).as(() -> result.getLeft().message(Locale.ENGLISH)).isTrue();
        return result.get();
    }

    /** Seed 004 in execution since 2024-07-19 18:00. */
    static Campaign executing() {
        Campaign campaign = apply(Seed004.campaign(), CampaignCommand.advance(ZHANG), at(7, 15, 9, 0));
        return apply(campaign, CampaignCommand.advance(ZHANG), at(7, 19, 18, 0));
    }

    @Test
    void anEmptyTeamKeepsACampaignInPlanning() {
        Campaign campaign = Campaign.plan(CampaignId.of("x"), Seed004.profile());
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(ZHANG), clock(at(7, 15, 9, 0))).getLeft();
        assertThat(refusal.codes()).containsExactly("team.overall-lead.missing");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[错误] team.members：团队尚未指定总负责人。");
    }

    @Test
    void theTeamsOverallLeadMustBeTheProfilesAndEveryTaskNeedsAValidRaci() {
        Team otherLead = Team.builder().from(Seed004.team())
                .members(Seed004.team().members().stream()
                        .map(m -> m.id().equals(ZHANG) ? m.withRole(TeamRole.MODULE_LEAD)
                                : m.id().equals(LI) ? m.withRole(TeamRole.OVERALL_LEAD) : m)
                        .collect(java.util.stream.Collectors.toList()))
                .build();
        Campaign campaign = Campaign.builder().from(Seed004.campaign()).team(otherLead).board(Seed004.board().withRaci(Seed004.raci().without(a -> a.task().equals(T3)
                        && a.role() == RaciRole.ACCOUNTABLE))).build();
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(ZHANG), clock(at(7, 15, 9, 0))).getLeft();
        assertThat(refusal.violations().filter(Violation::isError).map(v -> v.code() + "@" + v.path()))
                .containsExactly("team.overall-lead.mismatch@team.members[1].role",
                        "team.raci.accountable.missing@board.tasks[2]");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).contains(
                "[错误] team.members[1].role：活动概况的总负责人是张*（zhang），而团队的总负责人是李*（li），两者必须是同一人。",
                "[错误] board.tasks[2]：任务高校快闪店落地（T3）没有审批人（A）。");
    }

    @Test
    void peopleInTheTrackingRecordsMustBeMembers() {
        Campaign campaign = Campaign.builder().from(Seed004.campaign()).team(Seed004.team().toBuilder()
                .members(Seed004.team().members().subList(0, 7)).build()).build();
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(ZHANG), clock(at(7, 15, 9, 0))).getLeft();
        assertThat(refusal.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "team.member.unknown@board.tasks[0].assistants[6]", "team.member.unknown@board.tasks[4].assistants[0]",
                "team.member.unknown@board.raci.assignments[13].member");
    }

    @Test
    void leavingExecutionNeedsEveryTaskFinishedAndNoOpenBigOrUrgentIssue() {
        Campaign campaign = executing();
        campaign = apply(campaign, CampaignCommand.by(ZHAO, TrackingChange.RaiseIssue.of(IssueId.of("Q-1"), Seed004.DATA, IssueSeverity.BIG,
                "抖音直播观看人数不足预期（目标5000人，实际仅2000人）")), at(8, 2, 10, 0));
        campaign = apply(campaign, CampaignCommand.by(LIU, TrackingChange.RaiseIssue.of(IssueId.of("Q-2"), Seed004.OFFLINE,
                IssueSeverity.SMALL, "现场礼品不足")), at(8, 2, 10, 5));
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.advance(ZHANG), clock(at(8, 11, 9, 0))).getLeft();
        assertThat(refusal.violations().map(v -> v.code() + "@" + v.path())).containsExactly(
                "team.task.unfinished@board.tasks[0].status", "team.task.unfinished@board.tasks[1].status",
                "team.task.unfinished@board.tasks[2].status", "team.task.unfinished@board.tasks[3].status",
                "team.task.unfinished@board.tasks[4].status", "tracking.issue.unresolved@tracking.issues[0]");
        assertThat(refusal.message(Locale.ENGLISH)).contains(
                "[error] board.tasks[1].status: Task 线上线下物料设计 (T2) is not started, neither done nor closed.",
                "[error] tracking.issues[0]: The big issue Q-1 is not resolved (it is open).");

        for (Task task : Seed004.tasks()) {
            CampaignCommand finish = task.id().equals(T3)
                    ? CampaignCommand.by(ZHANG, BoardChange.ChangeTaskStatus.of(T3, TaskStatus.CLOSED).withReason("场地改为线上直播"))
                    : CampaignCommand.by(task.owner(), BoardChange.ChangeTaskStatus.of(task.id(), TaskStatus.DONE));
            campaign = apply(campaign, finish, at(8, 10, 18, 0));
        }
        campaign = apply(campaign, CampaignCommand.by(ZHANG, TrackingChange.DecideIssue.of(IssueId.of("Q-1"), "增加晚8点-10点直播场次")),
                at(8, 2, 11, 30));
        campaign = apply(campaign, CampaignCommand.by(ZHANG, TrackingChange.ResolveIssue.of(IssueId.of("Q-1"), "观看人数回升")),
                at(8, 3, 22, 0));
        Campaign reviewed = apply(campaign, CampaignCommand.advance(ZHANG), at(8, 11, 9, 0));
        assertThat(reviewed.stage()).isEqualTo(Stage.REVIEW);
        assertThat(reviewed.tracking().issue(IssueId.of("Q-2")).orElseThrow().status()).isEqualTo(IssueStatus.OPEN);
    }

    @Test
    void statusChangesGoThroughTheLifecycleWithTheClocksTime() {
        Campaign campaign = executing();
        long revision = campaign.revision();
        Campaign started = apply(campaign, CampaignCommand.by(LI, BoardChange.ChangeTaskStatus.of(T2, TaskStatus.IN_PROGRESS))
                .basedOn(revision), at(7, 22, 9, 0));
        assertThat(started.revision()).isEqualTo(revision + 1);
        assertThat(started.history()).isEqualTo(campaign.history());
        assertThat(started.board().task(T2).orElseThrow().history()).containsExactly(new TaskStatusChange(
                at(7, 22, 9, 0), LI, TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, Optional.empty()));

        Campaign done = apply(started, CampaignCommand.by(LI, BoardChange.ChangeTaskStatus.of(T2, TaskStatus.DONE)), at(7, 28, 17, 0));
        Refusal back = LIFECYCLE.apply(done, CampaignCommand.by(LI, BoardChange.ChangeTaskStatus.of(T2, TaskStatus.NOT_STARTED)),
                clock(at(7, 29, 9, 0))).getLeft();
        assertThat(back.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] reason：任务线上线下物料设计（T2）已是“已完成”，改回“未开始”必须说明原因。");
    }

    @Test
    void moduleLeadsAndOwnersChangeTheirOwnTasksOnly() {
        Campaign campaign = executing();
        // 王* leads 线下执行 and owns T3; 刘* only assists on it; 李* leads 设计执行.
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.by(WANG, BoardChange.ChangeTaskStatus.of(T3, TaskStatus.IN_PROGRESS)),
                clock(at(7, 25, 9, 0))).isRight()).isTrue();
        Refusal assistant = LIFECYCLE.apply(campaign, CampaignCommand.by(LIU, BoardChange.ChangeTaskStatus.of(T3, TaskStatus.DONE)),
                clock(at(7, 25, 9, 0))).getLeft();
        assertThat(assistant.codes()).containsExactly("campaign.access.task");
        assertThat(assistant.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "[错误] actor：刘*（liu）无权变更任务状态（任务 T3），只有总负责人张*（zhang）、该任务所属模块的负责人或任务负责人可以。");
        assertThat(assistant.message(Locale.ENGLISH)).isEqualTo(
                "[error] actor: 刘* (liu) may not change a task's status (task T3); only the overall lead 张* (zhang), the lead of its module or its owner may.");
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.by(LI, BoardChange.ChangeTaskStatus.of(T3, TaskStatus.DONE)),
                clock(at(7, 25, 9, 0))).getLeft().codes()).containsExactly("campaign.access.task");
        // Stage commands stay with the overall lead.
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.advance(WANG), clock(at(7, 25, 9, 0))).getLeft()
                .codes()).contains("campaign.lifecycle.access-denied");
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.by(WANG, TeamChange.ReviseTeam.of(Team.empty())), clock(at(7, 25, 9, 0)))
                .getLeft().codes()).containsExactly("campaign.lifecycle.access-denied");
    }

    @Test
    void membersReportAndRaiseIssuesStrangersDoNot() {
        Campaign campaign = executing();
        TrackingChange.SubmitReport report = TrackingChange.SubmitReport.builder().date(day(7, 31))
                .addDone("抖音预热视频上线，播放量5万+", "社群转发启动200+人").addPlan("高校公众号推文发布")
                .addProblems("部分学生反映礼品吸引力不足").addResources("市场部确认是否可升级礼品（如增加充电宝）").build();
        Campaign reported = apply(campaign, CampaignCommand.by(ZHANG, report), at(7, 31, 16, 30));
        assertThat(reported.tracking().reports()).hasSize(1);
        assertThat(reported.tracking().reports().get(0).submittedAt()).isEqualTo(at(7, 31, 16, 30));
        assertThat(reported.tracking().reports().get(0).member()).isEqualTo(ZHANG);

        MemberId stranger = MemberId.of("qian");
        Refusal refusal = LIFECYCLE.apply(campaign, CampaignCommand.by(stranger, report), clock(at(7, 31, 16, 30))).getLeft();
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[错误] actor：qian 不是本活动团队成员，无权提交进度日报。");
        assertThat(refusal.message(Locale.ENGLISH))
                .isEqualTo("[error] actor: qian is not on the team of this campaign and may not submit a daily report.");

        Refusal outside = LIFECYCLE.apply(campaign, CampaignCommand.by(ZHANG, TrackingChange.SubmitReport.builder().from(report)
                .date(day(8, 11)).addCompletedTasks(io.github.campaignkit.core.team.TaskId.of("T9")).build()), clock(at(8, 11, 16, 0))).getLeft();
        assertThat(outside.violations().map(v -> v.code() + "@" + v.path()))
                .containsExactly("tracking.report.outside-window@date", "team.task.unknown@completedTasks[0]");

        Refusal unknownModule = LIFECYCLE.apply(campaign, CampaignCommand.by(LIU, TrackingChange.RaiseIssue.of(IssueId.of("Q-1"),
                io.github.campaignkit.core.team.ModuleId.MEDIA, IssueSeverity.SMALL, "素材未审")), clock(at(8, 1, 9, 0)))
                .getLeft();
        assertThat(unknownModule.codes()).containsExactly("team.module.unknown");
    }

    @Test
    void issuesAreDecidedByTheOverallLeadOrTheLeadOfTheirModule() {
        Campaign campaign = apply(executing(), CampaignCommand.by(LIU, TrackingChange.RaiseIssue.of(IssueId.of("Q-2"), Seed004.OFFLINE,
                IssueSeverity.SMALL, "现场礼品不足")), at(8, 1, 10, 0));
        assertThat(LIFECYCLE.apply(campaign, CampaignCommand.by(ZHAO, TrackingChange.DecideIssue.of(IssueId.of("Q-2"), "调拨")),
                clock(at(8, 1, 10, 10))).getLeft().codes()).containsExactly("campaign.access.issue");
        Campaign decided = apply(campaign, CampaignCommand.by(WANG, TrackingChange.DecideIssue.of(IssueId.of("Q-2"), "从备用库存调拨50份")),
                at(8, 1, 10, 10));
        assertThat(decided.tracking().issue(IssueId.of("Q-2")).orElseThrow().decisions().get(0).at())
                .isEqualTo(at(8, 1, 10, 10));
        Campaign logged = apply(decided, CampaignCommand.by(LIU, TrackingChange.RecordLogEntry.builder().action("礼品补货到场")
                .problem("现场礼品不足").resolution("备用库存调拨50份").task(T3).build()), at(8, 1, 11, 0));
        assertThat(logged.tracking().log()).hasSize(1);
        assertThat(logged.tracking().log().get(0).at()).isEqualTo(at(8, 1, 11, 0));
    }

    @Test
    void revisingTheBoardKeepsRecordedStatusChanges() {
        Campaign campaign = apply(executing(), CampaignCommand.by(LI, BoardChange.ChangeTaskStatus.of(T2, TaskStatus.IN_PROGRESS)),
                at(7, 22, 9, 0));
        Refusal dropped = LIFECYCLE.apply(campaign, CampaignCommand.by(ZHANG, BoardChange.ReviseBoard.of(Seed004.board())),
                clock(at(7, 23, 9, 0))).getLeft();
        assertThat(dropped.violations().map(v -> v.code() + "@" + v.path()))
                .containsExactly("team.board.history-rewritten@board.tasks[1].history");
        Task extra = Seed004.tasks().get(4).toBuilder().id(io.github.campaignkit.core.team.TaskId.of("T6"))
                .name("校园KOL合作").build();
        Campaign revised = apply(campaign, CampaignCommand.by(ZHANG, BoardChange.ReviseBoard.of(campaign.board().withTask(extra)
                .withRaci(campaign.board().raci().with(extra.id(), ZHANG, RaciRole.ACCOUNTABLE)
                        .with(extra.id(), extra.owner(), RaciRole.RESPONSIBLE)))), at(7, 23, 9, 0));
        assertThat(revised.board().tasks()).hasSize(6);
        assertThat(revised.board().task(T2).orElseThrow().history()).hasSize(1);
    }

    @Test
    void revisingTheTeamIsRecordedAsARevision() {
        Campaign campaign = Seed004.campaign();
        Team bigger = campaign.team().withMember(Member.of(MemberId.of("qian"), "钱*", TeamRole.EXECUTOR));
        Campaign revised = apply(campaign, CampaignCommand.by(ZHANG, TeamChange.ReviseTeam.of(bigger)).basedOn(0), at(7, 10, 9, 0));
        assertThat(revised.team()).isEqualTo(bigger);
        assertThat(revised.revision()).isEqualTo(1);
        assertThat(revised.history()).isEmpty();
    }

    @Test
    void theMonitorFindsLateReportsOverdueIssuesAndMissingRemedyPlans() {
        Campaign campaign = executing();
        for (Member lead : List.of(Seed004.team().members().get(0), Seed004.team().members().get(1),
                Seed004.team().members().get(2), Seed004.team().members().get(3), Seed004.team().members().get(4))) {
            for (int d = 20; d <= 31; d++) {
                campaign = apply(campaign, CampaignCommand.by(lead.id(), TrackingChange.SubmitReport.builder().date(day(7, d))
                        .addDone("按计划推进").build()), at(7, d, d == 31 && lead.id().equals(WANG) ? 17 : 16, 30));
            }
        }
        campaign = apply(campaign, CampaignCommand.by(WANG, BoardChange.ChangeTaskStatus.of(T3, TaskStatus.DELAYED)
                .withReason("场地合同未签")), at(7, 30, 10, 0));
        campaign = apply(campaign, CampaignCommand.by(LIU, TrackingChange.RaiseIssue.of(IssueId.of("Q-2"), Seed004.OFFLINE,
                IssueSeverity.SMALL, "现场礼品不足")), at(7, 31, 10, 0));
        ExecutionMonitor monitor = ExecutionMonitor.standard();
        Clock morning = clock(at(8, 1, 9, 0));
        assertThat(monitor.executionDays(campaign, morning)).hasSize(13).startsWith(day(7, 20)).endsWith(day(8, 1));
        List<String> found = monitor.check(campaign, morning).map(v -> v.code() + "@" + v.path()).toJavaList();
        assertThat(found).containsExactly(
                "team.task.remedy-plan.missing@board.tasks[2].remedyPlans",
                "tracking.report.late@tracking.reports[35].submittedAt",
                "tracking.issue.escalated@tracking.issues[0]",
                "tracking.issue.response.overdue@tracking.issues[0]");
        assertThat(monitor.check(campaign, clock(at(8, 1, 18, 0))).filter(v -> v.code().equals("tracking.report.missing")))
                .hasSize(5);
        assertThat(monitor.weekly(campaign, day(7, 29)).reportsSubmitted()).isEqualTo(15);
    }

    @Test
    void reportsAndRemedyPlansFollowTheCampaignsCalendar() {
        Campaign executing = executing();
        Campaign campaign = Campaign.builder().from(executing).schedule(executing.schedule().toBuilder()
                .calendar(io.github.campaignkit.core.schedule.WorkingCalendar.mondayToFriday()).build()).build();
        ExecutionMonitor everyDay = ExecutionMonitor.standard();
        ExecutionMonitor workingDays = ExecutionMonitor.standard().withTrackingPolicy(
                io.github.campaignkit.core.tracking.TrackingPolicy.standard().toBuilder().workingDaysOnly(true).build());
        // Tuesday 07-23 at 18:00, nobody has reported: the seeds' policy owes every day since Saturday
        // 07-20 from each of the five module leads; a team on working days owes Monday and Tuesday.
        Clock tuesday = clock(at(7, 23, 18, 0));
        assertThat(everyDay.check(campaign, tuesday).filter(v -> v.code().equals("tracking.report.missing"))).hasSize(20);
        assertThat(workingDays.check(campaign, tuesday).filter(v -> v.code().equals("tracking.report.missing")))
                .hasSize(10).allSatisfy(v -> assertThat(v.arguments()).doesNotContain("2024-07-20", "2024-07-21"));
        // Delayed on Friday 07-26 at 15:00: the 24 hours for a remedy plan run to Monday 15:00.
        Campaign delayed = apply(campaign, CampaignCommand.by(WANG, BoardChange.ChangeTaskStatus.of(T3, TaskStatus.DELAYED)
                .withReason("场地合同未签")), at(7, 26, 15, 0));
        assertThat(everyDay.check(delayed, clock(at(7, 28, 18, 0))).filter(v -> v.code().startsWith("team.")))
                .isEmpty();
        assertThat(everyDay.check(delayed, clock(at(7, 29, 15, 30))).filter(v -> v.code().startsWith("team.")))
                .extracting(Violation::code).containsExactly("team.task.remedy-plan.missing");
        assertThat(everyDay.check(delayed, clock(at(7, 29, 15, 30))).filter(v -> v.code().startsWith("team.")).get(0)
                .message(Locale.ENGLISH)).contains("2024-07-29 15:00");
        // On an every-day calendar the same plan was due on Saturday.
        Campaign weekends = Campaign.builder().from(delayed).schedule(delayed.schedule().toBuilder()
                .calendar(io.github.campaignkit.core.schedule.WorkingCalendar.everyDay()).build()).build();
        assertThat(everyDay.check(weekends, clock(at(7, 28, 18, 0))).filter(v -> v.code().startsWith("team.")))
                .extracting(Violation::code).containsExactly("team.task.remedy-plan.missing");
    }

    @Test
    void executionDaysFollowTheHistory() {
        Campaign campaign = executing();
        Campaign held = apply(campaign, CampaignCommand.hold(ZHANG, "暴雨停课"), at(7, 25, 12, 0));
        Campaign resumed = apply(held, CampaignCommand.resume(ZHANG), at(7, 27, 18, 0));
        // Held over the 17:00 deadlines of 7.25, 7.26 and 7.27 (resumed at 18:00), executing again from 7.28.
        List<java.time.LocalDate> days = ExecutionMonitor.standard().executionDays(resumed, clock(at(7, 29, 20, 0)));
        assertThat(days).containsExactly(day(7, 20), day(7, 21), day(7, 22), day(7, 23), day(7, 24), day(7, 28),
                day(7, 29));
        assertThat(ExecutionMonitor.standard().executionDays(Seed004.campaign(), clock(at(7, 29, 20, 0)))).isEmpty();
    }
}
