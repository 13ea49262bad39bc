package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamRole;
import java.time.LocalDate;

/** The seed 000 campaign (品牌618促销活动) as the tests use it. */
final class Seed000 {

    static final MemberId LEAD = MemberId.of("zhang.jingli");
    static final MemberId PLANNER = MemberId.of("li.cehua");
    static final CampaignId ID = CampaignId.of("2024-618");

    private Seed000() {
    }

    static CampaignProfile profile() {
        return CampaignProfile.builder()
                .name("品牌618促销活动")
                .theme("年中大促·满300减50")
                .slogan("618 年中狂欢，满300减50")
                .kind(CampaignKind.ONLINE)
                .scale(CampaignScale.LARGE)
                .window(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
                .addPhases(Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 10))),
                        Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 18))))
                .audience(TargetAudience.builder().description("18-35岁女性，客单价150-300元")
                        .ageRange(AgeRange.of(18, 35)).addPreferredMedia("抖音", "小红书").build())
                .addDepartments(Department.of("市场部"), Department.of("销售部"), Department.of("品牌部"))
                .overallLead(LEAD)
                .addMechanics("满减", "抽奖")
                .build();
    }

    /** 团队分工表 of seed 000: 张经理 leads; 策划组, 执行组, 媒介组 and 数据组 have a lead each. */
    static Team team() {
        return Team.builder()
                .addMembers(member(LEAD, "张经理", TeamRole.OVERALL_LEAD, "统筹资源，把控进度与风险"),
                        member(PLANNER, "李策划", TeamRole.MODULE_LEAD, "输出方案，设计活动规则"),
                        member(MemberId.of("wang.zhuli"), "王助理", TeamRole.EXECUTOR, "协助输出方案"),
                        member(MemberId.of("zhao.zhuguan"), "赵主管", TeamRole.MODULE_LEAD, "负责落地执行（含物料、场地、人员）"),
                        member(MemberId.of("chen.zhuanyuan"), "陈专员", TeamRole.MODULE_LEAD, "对接推广渠道，跟踪曝光数据"),
                        member(MemberId.of("liu.fenxishi"), "刘分析师", TeamRole.MODULE_LEAD, "设计数据监测指标，输出效果报告"))
                .addModules(TeamModule.of(ModuleId.PLANNING, PLANNER),
                        TeamModule.of(ModuleId.EXECUTION, MemberId.of("zhao.zhuguan")),
                        TeamModule.of(ModuleId.MEDIA, MemberId.of("chen.zhuanyuan")),
                        TeamModule.of(ModuleId.DATA, MemberId.of("liu.fenxishi")))
                .build();
    }

    private static Member member(MemberId id, String name, TeamRole role, String duties) {
        return Member.builder().id(id).name(name).role(role).duties(duties).build();
    }

    static Campaign campaign() {
        return Campaign.plan(ID, profile()).withTeam(team());
    }
}
