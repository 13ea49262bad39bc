package io.github.campaignkit.examples;

import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.ExecutionMonitor;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.campaign.Transition;
import io.github.campaignkit.core.report.RaciMatrixRenderer;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.RaciMatrix;
import io.github.campaignkit.core.team.RaciRole;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamRole;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.IssueSeverity;
import io.github.campaignkit.core.tracking.ReportItem;
import io.github.campaignkit.core.tracking.TrackingChange;
import io.github.campaignkit.core.tracking.WeeklyReport;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Seed 004: the campus back-to-school campaign (开学季·青春焕新计划, 2024-07-20…08-10) from its
 * 执行分工表 to the end of execution. It prints the RACI matrix, runs the board and tracking commands
 * of the team (status changes, the 进度日报 rows, a big and a small issue), shows what the execution
 * monitor finds at a given time (a late report, an escalation, a missing remedy plan), rolls the
 * week's reports up, and leaves execution once every task is finished and the big issue resolved.
 * Commands are applied in the order of their times.
 */
public final class CampusTracking {

    /** 张*, the overall lead. */
    public static final MemberId ZHANG = Seed004People.ZHANG;
    private static final MemberId LI = Seed004People.LI;
    private static final MemberId WANG = Seed004People.WANG;
    private static final MemberId ZHAO = Seed004People.ZHAO;
    private static final MemberId ZHOU = Seed004People.ZHOU;
    private static final MemberId LIU = Seed004People.LIU;
    private static final MemberId SUN = Seed004People.SUN;
    private static final MemberId WU = Seed004People.WU;
    private static final ModuleId COORDINATION = ModuleId.of("策划统筹");
    private static final ModuleId DESIGN = ModuleId.of("设计执行");
    private static final ModuleId OFFLINE = ModuleId.of("线下执行");
    private static final ModuleId DATA = ModuleId.of("数据跟踪");
    private static final ModuleId LOGISTICS = ModuleId.of("后勤保障");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Lang lang;
    private final PrintStream out;
    /**
     * This example is about the team, the board and tracking: the profile, team, board and
     * execution gates only (the budget gates of the standard lifecycle are shown in Promotion618).
     */
    private final Lifecycle lifecycle = Lifecycle.withoutGates()
            .withGate(Stage.PLANNING, Gates.profileComplete())
            .withGate(Stage.PLANNING, Gates.teamValid())
            .withGate(Stage.PLANNING, Gates.boardValid())
            .withGate(Stage.EXECUTION, Gates.tasksFinished())
            .withGate(Stage.EXECUTION, Gates.severeIssuesResolved());

    /**
     * An example that prints to the given stream.
     *
     * @param lang the language to print in
     * @param out  where to print
     */
    public CampusTracking(Lang lang, PrintStream out) {
        this.lang = lang;
        this.out = out;
    }

    /**
     * Runs the example alone.
     *
     * @param args {@code --lang zh|en}
     */
    public static void main(String[] args) {
        new CampusTracking(Lang.fromArgs(args), new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
    }

    /**
     * The team of seed 004: 张* leads the campaign and 策划统筹; 李*, 王*, 赵*, 周* lead a module each.
     *
     * @return the team
     */
    public static Team team() {
        return Team.builder()
                .addMembers(Member.of(ZHANG, "张*", TeamRole.OVERALL_LEAD), Member.of(LI, "李*", TeamRole.MODULE_LEAD),
                        Member.of(WANG, "王*", TeamRole.MODULE_LEAD), Member.of(ZHAO, "赵*", TeamRole.MODULE_LEAD),
                        Member.of(ZHOU, "周*", TeamRole.MODULE_LEAD), Member.of(LIU, "刘*", TeamRole.EXECUTOR),
                        Member.of(SUN, "孙*", TeamRole.EXECUTOR), Member.of(WU, "吴*", TeamRole.EXECUTOR))
                .addModules(TeamModule.of(COORDINATION, ZHANG), TeamModule.of(DESIGN, LI), TeamModule.of(OFFLINE, WANG),
                        TeamModule.of(DATA, ZHAO), TeamModule.of(LOGISTICS, ZHOU))
                .build();
    }

    /**
     * The 执行分工表 of seed 004 with a RACI matrix: owners and assistants responsible, 张* accountable.
     *
     * @return the board
     */
    public static TaskBoard board() {
        List<Task> tasks = List.of(
                task("T1", COORDINATION, "活动整体进度把控", "每日同步执行进度，协调跨部门问题", "每日17:00前提交进度表", ZHANG,
                        List.of(LI, WANG, ZHAO, ZHOU, LIU, SUN, WU), 7, 20, 8, 10),
                task("T2", DESIGN, "线上线下物料设计", "完成海报、展架、H5邀请函设计", "设计稿通过审核，印刷物料按时到位", LI,
                        List.of(ZHOU), 7, 22, 7, 28),
                task("T3", OFFLINE, "高校快闪店落地", "场地对接、物料运输、现场人员安排", "场地合同签订，物料7.30前到位", WANG,
                        List.of(LIU), 7, 25, 8, 5),
                task("T4", DATA, "数据采集与监控", "每日统计各渠道线索量、曝光量", "每日9:00前提交数据日报", ZHAO,
                        List.of(SUN), 7, 26, 8, 10),
                task("T5", LOGISTICS, "礼品采购与物流", "按预算定制礼品，保证活动前到位", "礼品质量验收，库存清单更新", ZHOU,
                        List.of(WU), 7, 28, 8, 1));
        RaciMatrix raci = RaciMatrix.empty();
        for (Task task : tasks) {
            raci = raci.with(task.id(), ZHANG, RaciRole.ACCOUNTABLE).with(task.id(), task.owner(), RaciRole.RESPONSIBLE);
            if (!task.id().value().equals("T1")) {
                for (MemberId assistant : task.assistants()) {
                    raci = raci.with(task.id(), assistant, RaciRole.RESPONSIBLE);
                }
            }
        }
        raci = raci.with(TaskId.of("T1"), LI, RaciRole.INFORMED).with(TaskId.of("T1"), WANG, RaciRole.INFORMED)
                .with(TaskId.of("T2"), WANG, RaciRole.CONSULTED).with(TaskId.of("T3"), ZHOU, RaciRole.CONSULTED)
                .with(TaskId.of("T3"), ZHAO, RaciRole.INFORMED).with(TaskId.of("T4"), LI, RaciRole.INFORMED)
                .with(TaskId.of("T5"), WANG, RaciRole.INFORMED);
        return new TaskBoard(tasks, raci);
    }

    private static Task task(String id, ModuleId module, String name, String description, String deliverable,
                             MemberId owner, List<MemberId> assistants, int m1, int d1, int m2, int d2) {
        return Task.builder().id(TaskId.of(id)).module(module).name(name).description(description)
                .deliverable(deliverable).owner(owner).assistants(assistants).start(LocalDate.of(2024, m1, d1))
                .end(LocalDate.of(2024, m2, d2)).status(TaskStatus.NOT_STARTED).build();
    }

    /**
     * The profile of seed 004.
     *
     * @return the profile
     */
    public static CampaignProfile profile() {
        return CampaignProfile.builder()
                .name("开学季·青春焕新计划")
                .theme("你的大学装备，我们承包")
                .kind(CampaignKind.HYBRID)
                .scale(CampaignScale.MEDIUM)
                .window(DateRange.of(LocalDate.of(2024, 7, 20), LocalDate.of(2024, 8, 10)))
                .addPhases(Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 7, 20), LocalDate.of(2024, 7, 25))),
                        Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 7, 26), LocalDate.of(2024, 8, 5))),
                        Phase.of(PhaseKind.CONTINUATION, DateRange.of(LocalDate.of(2024, 8, 6), LocalDate.of(2024, 8, 10))))
                .audience(TargetAudience.builder().description("区域内高校新生").ageRange(AgeRange.of(17, 20)).build())
                .addDepartments(Department.of("市场部"))
                .overallLead(ZHANG)
                .addMechanics("扫码领福利", "直播抽奖")
                .build();
    }

    /**
     * Runs the example.
     *
     * @return the campaign in review
     */
    public Campaign run() {
        out.println(lang.pick("== 种子 004：开学季·青春焕新计划（执行分工与跟踪）==",
                "== Seed 004: the campus back-to-school campaign (division of work and tracking) =="));
        out.println(lang.pick("\n总负责人录入团队与执行分工表：", "\nThe overall lead enters the team and the task board:"));
        Campaign campaign = Campaign.plan(CampaignId.of("2024-开学季"), profile());
        campaign = attempt(campaign, CampaignCommand.by(ZHANG, TeamChange.ReviseTeam.of(team())), at(7, 14, 9, 0));
        campaign = attempt(campaign, CampaignCommand.by(ZHANG, BoardChange.ReviseBoard.of(board())), at(7, 14, 9, 10));
        out.println();
        out.println(RaciMatrixRenderer.standard().render(campaign.board(), campaign.team(), lang.locale()));

        out.println(lang.pick("\n进入准备与执行：", "\nInto preparation and execution:"));
        campaign = attempt(campaign, CampaignCommand.advance(ZHANG), at(7, 15, 9, 0));
        campaign = attempt(campaign, CampaignCommand.advance(ZHANG), at(7, 19, 18, 0));

        out.println(lang.pick("\n任务状态变更：", "\nStatus changes on the board:"));
        campaign = attempt(campaign, CampaignCommand.by(LI, BoardChange.ChangeTaskStatus.of(TaskId.of("T2"), TaskStatus.DONE)), at(7, 28, 18, 0));
        campaign = attempt(campaign, CampaignCommand.by(LIU, BoardChange.ChangeTaskStatus.of(TaskId.of("T3"), TaskStatus.IN_PROGRESS)),
                at(7, 29, 9, 0));
        campaign = attempt(campaign, CampaignCommand.by(LI, BoardChange.ChangeTaskStatus.of(TaskId.of("T2"), TaskStatus.NOT_STARTED)),
                at(7, 29, 9, 30));
        campaign = attempt(campaign, CampaignCommand.by(WANG, BoardChange.ChangeTaskStatus.of(TaskId.of("T3"), TaskStatus.DELAYED)
                .withReason("场地合同未签")), at(7, 30, 10, 0));

        out.println(lang.pick("\n进度日报（每日17:00前提交）：", "\nDaily reports (due at 17:00):"));
        campaign = attempt(campaign, CampaignCommand.by(ZHANG, TrackingChange.SubmitReport.builder().date(LocalDate.of(2024, 7, 31))
                .addDone("抖音预热视频上线，播放量5万+", "社群转发启动200+人").addPlan("高校公众号推文发布", "增加5000元抖音投放预算")
                .addProblems("部分学生反映礼品吸引力不足").addResources("市场部确认是否可升级礼品（如增加充电宝）").build()),
                at(7, 31, 16, 30));
        campaign = attempt(campaign, CampaignCommand.by(WANG, TrackingChange.SubmitReport.builder().date(LocalDate.of(2024, 8, 1))
                .addDone("物料全部到货并入库", "现场人员培训完成").addPlan("快闪店场地最后布置", "设备调试")
                .addProblems("雨棚数量不足（仅够2个摊位）").addResources("行政部紧急采购2个雨棚").build()), at(8, 1, 17, 20));
        campaign = attempt(campaign, CampaignCommand.by(LI, TrackingChange.SubmitReport.builder().date(LocalDate.of(2024, 8, 2))
                .addDone("线上线索量达800+，转化率12%").addPlan("重点跟进高意向线索", "优化直播话术")
                .addProblems("直播间互动率偏低（<10%）").addResources("增加1名主播助理引导互动").build()), at(8, 2, 16, 50));
        campaign = attempt(campaign, CampaignCommand.by(LI, TrackingChange.SubmitReport.builder().date(LocalDate.of(2024, 8, 12))
                .addDone("复盘材料整理").build()), at(8, 2, 17, 0));

        out.println(lang.pick("\n问题上报：", "\nIssues raised:"));
        campaign = attempt(campaign, CampaignCommand.by(LIU, TrackingChange.RaiseIssue.of(IssueId.of("Q-1"), OFFLINE, IssueSeverity.SMALL,
                "现场礼品不足")), at(8, 2, 9, 0));
        campaign = attempt(campaign, CampaignCommand.by(ZHAO, TrackingChange.RaiseIssue.of(IssueId.of("Q-2"), DATA, IssueSeverity.BIG,
                "抖音直播观看人数不足预期（目标5000人，实际仅2000人）")), at(8, 2, 10, 0));
        campaign = attempt(campaign, CampaignCommand.by(ZHANG, TrackingChange.DecideIssue.of(IssueId.of("Q-2"),
                "1.增加晚8点-10点直播场次；2.投放1000元DOU+定向高校周边；3.邀请1名高校KOL连麦")), at(8, 2, 11, 30));

        monitor(campaign, at(8, 2, 18, 0));

        WeeklyReport week = ExecutionMonitor.standard().weekly(campaign, LocalDate.of(2024, 7, 29));
        out.println(lang.pick("\n周进度报告 ", "\nWeekly report ") + week.period() + lang.pick("：", ":"));
        out.println(lang.pick("  日报 ", "  reports ") + week.reportsSubmitted() + lang.pick(" 份，完成事项 ", ", things done ")
                + week.itemsDone() + lang.pick(" 项", ""));
        out.println(lang.pick("  仍待解决的问题：", "  problems still open:"));
        for (ReportItem item : week.problemsStillOpen()) {
            out.println("    " + item.date() + " " + item.member() + "  " + item.text());
        }
        out.println(lang.pick("  需协调资源：", "  resources requested:"));
        for (ReportItem item : week.resourcesRequested()) {
            out.println("    " + item.date() + " " + item.member() + "  " + item.text());
        }

        out.println(lang.pick("\n8月3日：王*补交补救方案，张*想提前结束执行，随后解决大问题：",
                "\n3 August: the remedy plan comes late; the lead tries to leave execution early, then resolves the big issue:"));
        campaign = attempt(campaign, CampaignCommand.by(WANG, BoardChange.PlanRemedy.of(TaskId.of("T3"), "启用备用场地，增加2名现场人员")),
                at(8, 3, 9, 0));
        campaign = attempt(campaign, CampaignCommand.advance(ZHANG), at(8, 3, 21, 0));
        campaign = attempt(campaign, CampaignCommand.by(ZHANG, TrackingChange.ResolveIssue.of(IssueId.of("Q-2"), "观看人数回升至4800")),
                at(8, 3, 22, 0));

        out.println(lang.pick("\n8月10日：各任务负责人完成任务；8月11日结束执行：",
                "\n10 August: the owners finish their tasks; 11 August: execution ends:"));
        for (String[] done : new String[][] {{"zhang", "T1"}, {"wang", "T3"}, {"zhao", "T4"}, {"zhou", "T5"}}) {
            campaign = attempt(campaign, CampaignCommand.by(MemberId.of(done[0]), BoardChange.ChangeTaskStatus.of(TaskId.of(done[1]),
                    TaskStatus.DONE)), at(8, 10, 20, 0));
        }
        campaign = attempt(campaign, CampaignCommand.advance(ZHANG), at(8, 11, 9, 0));
        return campaign;
    }

    private void monitor(Campaign campaign, java.time.Instant when) {
        out.println(lang.pick("\n执行监控（", "\nExecution monitor (") + when.atZone(SHANGHAI).toLocalDateTime()
                .toString().replace('T', ' ') + lang.pick("，未交日报之外的发现）：", "; findings other than missing reports):"));
        for (Violation v : ExecutionMonitor.standard().check(campaign, Clock.fixed(when, SHANGHAI))) {
            if (!v.code().equals("tracking.report.missing")) {
                out.println("  " + MessageRenderer.standard().describe(v, lang.locale()));
            }
        }
        long missing = ExecutionMonitor.standard().check(campaign, Clock.fixed(when, SHANGHAI))
                .count(v -> v.code().equals("tracking.report.missing"));
        out.println(lang.pick("  另有 " + missing + " 份模块负责人日报未提交。",
                "  and " + missing + " daily reports of module leads missing."));
    }

    private Campaign attempt(Campaign campaign, CampaignCommand command, java.time.Instant when) {
        Either<Refusal, Campaign> result = lifecycle.apply(campaign, command, Clock.fixed(when, SHANGHAI));
        if (result.isLeft()) {
            out.println("✗ " + command.actor() + " " + what(command) + lang.pick("，被拒绝：", ": refused:"));
            result.getLeft().violations().forEach(v -> out.println("    "
                    + MessageRenderer.standard().describe(v, lang.locale())));
            return campaign;
        }
        Campaign next = result.get();
        String change = next.stage() == campaign.stage() ? ""
                : lang.pick("：", " ") + campaign.stage().label(lang.locale()) + " → " + next.stage().label(lang.locale());
        out.println("✓ " + command.actor() + " " + what(command) + change);
        return next;
    }

    /** What a command does, in a few words. */
    private String what(CampaignCommand command) {
        Change change = command.change();
        if (change instanceof BoardChange.ChangeTaskStatus status) {
            return lang.pick("将 " + status.task() + " 改为“" + status.status().label(lang.locale()) + "”",
                    "sets " + status.task() + " to " + status.status().label(lang.locale()));
        }
        if (change instanceof TrackingChange.SubmitReport report) {
            return lang.pick("提交 " + report.date() + " 的进度日报", "submits the daily report for " + report.date());
        }
        if (change instanceof TrackingChange.RaiseIssue raise) {
            return lang.pick("上报" + raise.severity().label(lang.locale()) + " " + raise.issue(),
                    "raises the " + raise.severity().label(lang.locale()) + " issue " + raise.issue());
        }
        if (change instanceof TrackingChange.DecideIssue decide) {
            return lang.pick("答复问题 ", "decides on issue ") + decide.issue();
        }
        if (change instanceof TrackingChange.ResolveIssue resolve) {
            return lang.pick("解决问题 ", "resolves issue ") + resolve.issue();
        }
        if (change instanceof BoardChange.PlanRemedy remedy) {
            return lang.pick("为 ", "plans a remedy for ") + remedy.task() + lang.pick(" 制定补救方案", "");
        }
        if (change instanceof Transition) {
            return lang.pick(command.type().label(lang.locale()), "advances");
        }
        return lang.pick(command.type().label(lang.locale()), command.type().label(lang.locale(), "done"));
    }

    private static java.time.Instant at(int month, int day, int hour, int minute) {
        return LocalDate.of(2024, month, day).atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }
}
