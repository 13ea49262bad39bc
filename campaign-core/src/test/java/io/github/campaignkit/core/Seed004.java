package io.github.campaignkit.core;

import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
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
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Seed 004 (开学季·青春焕新计划, a campus back-to-school campaign, 2024-07-20…08-10) as the tests use
 * it: its 执行分工表 with a RACI matrix, its team and its 进度日报 rows.
 */
public final class Seed004 {

    /** The campaign's zone. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 张*, overall lead, leads 策划统筹. */
    public static final MemberId ZHANG = MemberId.of("zhang");
    /** 李*, leads 设计执行. */
    public static final MemberId LI = MemberId.of("li");
    /** 王*, leads 线下执行. */
    public static final MemberId WANG = MemberId.of("wang");
    /** 赵*, leads 数据跟踪. */
    public static final MemberId ZHAO = MemberId.of("zhao");
    /** 周*, leads 后勤保障. */
    public static final MemberId ZHOU = MemberId.of("zhou");
    /** 刘*, executor. */
    public static final MemberId LIU = MemberId.of("liu");
    /** 孙*, executor. */
    public static final MemberId SUN = MemberId.of("sun");
    /** 吴*, executor. */
    public static final MemberId WU = MemberId.of("wu");

    /** 策划统筹. */
    public static final ModuleId COORDINATION = ModuleId.of("策划统筹");
    /** 设计执行. */
    public static final ModuleId DESIGN = ModuleId.of("设计执行");
    /** 线下执行. */
    public static final ModuleId OFFLINE = ModuleId.of("线下执行");
    /** 数据跟踪. */
    public static final ModuleId DATA = ModuleId.of("数据跟踪");
    /** 后勤保障. */
    public static final ModuleId LOGISTICS = ModuleId.of("后勤保障");

    /** 活动整体进度把控. */
    public static final TaskId T1 = TaskId.of("T1");
    /** 线上线下物料设计. */
    public static final TaskId T2 = TaskId.of("T2");
    /** 高校快闪店落地. */
    public static final TaskId T3 = TaskId.of("T3");
    /** 数据采集与监控. */
    public static final TaskId T4 = TaskId.of("T4");
    /** 礼品采购与物流. */
    public static final TaskId T5 = TaskId.of("T5");

    private Seed004() {
    }

    /**
     * A day of 2024.
     *
     * @param month the month
     * @param day   the day
     * @return the date
     */
    public static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    /**
     * A time of 2024 in Shanghai.
     *
     * @param month  the month
     * @param day    the day
     * @param hour   the hour
     * @param minute the minute
     * @return the instant
     */
    public static Instant at(int month, int day, int hour, int minute) {
        return day(month, day).atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }

    /**
     * The profile: 2024-07-20…08-10, warm-up 7.20–7.25, burst 7.26–8.05, continuation 8.06–8.10.
     *
     * @return the profile
     */
    public static CampaignProfile profile() {
        return CampaignProfile.builder()
                .name("开学季·青春焕新计划")
                .theme("你的大学装备，我们承包")
                .kind(CampaignKind.HYBRID)
                .scale(CampaignScale.MEDIUM)
                .window(DateRange.of(day(7, 20), day(8, 10)))
                .addPhases(Phase.of(PhaseKind.WARM_UP, DateRange.of(day(7, 20), day(7, 25))),
                        Phase.of(PhaseKind.BURST, DateRange.of(day(7, 26), day(8, 5))),
                        Phase.of(PhaseKind.CONTINUATION, DateRange.of(day(8, 6), day(8, 10))))
                .audience(TargetAudience.builder().description("区域内高校新生").ageRange(AgeRange.of(17, 20))
                        .addPreferredMedia("抖音", "小红书", "校园社群").build())
                .addDepartments(Department.of("市场部"))
                .overallLead(ZHANG)
                .addMechanics("扫码领福利", "直播抽奖")
                .build();
    }

    /**
     * The team: 张* leads the campaign and 策划统筹; 李*, 王*, 赵*, 周* lead a module each; 刘*, 孙*,
     * 吴* execute.
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
     * The 执行分工表 rows, every task not started yet (as at planning).
     *
     * @return the tasks
     */
    public static List<Task> tasks() {
        return List.of(
                task(T1, COORDINATION, "活动整体进度把控", "每日同步执行进度，协调跨部门问题", "每日17:00前提交进度表", ZHANG,
                        List.of(LI, WANG, ZHAO, ZHOU, LIU, SUN, WU), day(7, 20), day(8, 10)),
                task(T2, DESIGN, "线上线下物料设计", "完成海报、展架、H5邀请函设计", "设计稿通过审核，印刷物料按时到位", LI,
                        List.of(ZHOU), day(7, 22), day(7, 28)),
                task(T3, OFFLINE, "高校快闪店落地", "场地对接、物料运输、现场人员安排", "场地合同签订，物料7.30前到位", WANG,
                        List.of(LIU), day(7, 25), day(8, 5)),
                task(T4, DATA, "数据采集与监控", "每日统计各渠道线索量、曝光量", "每日9:00前提交数据日报", ZHAO,
                        List.of(SUN), day(7, 26), day(8, 10)),
                task(T5, LOGISTICS, "礼品采购与物流", "按预算定制礼品，保证活动前到位", "礼品质量验收，库存清单更新", ZHOU,
                        List.of(WU), day(7, 28), day(8, 1)));
    }

    private static Task task(TaskId id, ModuleId module, String name, String description, String deliverable,
                             MemberId owner, List<MemberId> assistants, LocalDate start, LocalDate end) {
        return Task.builder().id(id).module(module).name(name).description(description).deliverable(deliverable)
                .owner(owner).assistants(assistants).start(start).end(end).status(TaskStatus.NOT_STARTED).build();
    }

    /**
     * The RACI matrix: each owner and assistant responsible, 张* accountable for every task.
     *
     * @return the matrix
     */
    public static RaciMatrix raci() {
        RaciMatrix raci = RaciMatrix.empty();
        for (Task task : tasks()) {
            raci = raci.with(task.id(), ZHANG, RaciRole.ACCOUNTABLE).with(task.id(), task.owner(), RaciRole.RESPONSIBLE);
            if (!task.id().equals(T1)) {
                for (MemberId assistant : task.assistants()) {
                    raci = raci.with(task.id(), assistant, RaciRole.RESPONSIBLE);
                }
            }
        }
        return raci.with(T1, LI, RaciRole.INFORMED).with(T1, WANG, RaciRole.INFORMED)
                .with(T2, WANG, RaciRole.CONSULTED)
                .with(T3, ZHOU, RaciRole.CONSULTED).with(T3, ZHAO, RaciRole.INFORMED)
                .with(T4, LI, RaciRole.INFORMED)
                .with(T5, WANG, RaciRole.INFORMED);
    }

    /**
     * The board: the tasks and the RACI matrix.
     *
     * @return the board
     */
    public static TaskBoard board() {
        return new TaskBoard(tasks(), raci());
    }

    /**
     * The campaign as planned: profile, team and board.
     *
     * @return the campaign
     */
    public static Campaign campaign() {
        return Campaign.builder().from(Campaign.plan(CampaignId.of("2024-开学季"), profile())).team(team()).board(board()).build();
    }
}
