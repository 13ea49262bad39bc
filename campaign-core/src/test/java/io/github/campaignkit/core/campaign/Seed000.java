package io.github.campaignkit.core.campaign;

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
import io.github.campaignkit.core.goal.Dimension;
import io.github.campaignkit.core.goal.DimensionKind;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Objective;
import io.github.campaignkit.core.goal.ObjectiveId;
import io.github.campaignkit.core.goal.Priority;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The seed 000 campaign (品牌618促销活动) as the tests use it. Seed 000 names its budget categories
 * but gives no figures; the budget here is made up to pass the standard policy (reserve 11.11%).
 */
final class Seed000 {

    static final MemberId LEAD = MemberId.of("zhang.jingli");
    static final MemberId PLANNER = MemberId.of("li.cehua");
    static final CampaignId ID = CampaignId.of("2024-618");
    /** 刘总, the final approver of the budget. */
    static final MemberId APPROVER = MemberId.of("liu.zong");
    /** 赵财务, the finance reviewer. */
    static final MemberId FINANCE = MemberId.of("zhao.caiwu");
    static final Currency CNY = Currency.getInstance("CNY");
    static final Instant APPROVED_AT = Instant.parse("2024-05-21T02:00:00Z");

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

    /** The budget plan: 144,000 CNY with a 16,000 CNY reserve (11.11%). */
    static BudgetPlan plan() {
        return BudgetPlan.empty(CNY).withLines(List.of(
                        line("P1", BudgetCategory.PEOPLE, "直播主播", Quantity.of(2, "人").times(10, "天"), 1500, LEAD),
                        fixed("C1", BudgetCategory.CHANNELS, "抖音信息流投放", 60_000, LEAD),
                        line("C2", BudgetCategory.CHANNELS, "小红书达人种草", Quantity.of(10, "篇"), 3000, PLANNER),
                        fixed("M1", BudgetCategory.MATERIALS, "满减活动页面设计", 8_000, PLANNER),
                        fixed("R1", BudgetCategory.CONTINGENCY, "应急备用金", 16_000, LEAD).withNotes("按实际使用冲销")))
                .withApproval(APPROVER, List.of(Reviewer.of(ReviewerRole.FINANCE, FINANCE)));
    }

    private static BudgetLine line(String id, BudgetCategory category, String item, Quantity quantity, long price,
                                   MemberId owner) {
        return BudgetLine.perUnit(BudgetLineId.of(id), category, item, quantity, UnitPrice.of(price, CNY))
                .withOwnerAndApprover(owner, APPROVER);
    }

    private static BudgetLine fixed(String id, BudgetCategory category, String item, long amount, MemberId owner) {
        return BudgetLine.fixed(BudgetLineId.of(id), category, item, Money.of(amount, CNY))
                .withOwnerAndApprover(owner, APPROVER);
    }

    /** The plan submitted, reviewed by finance and approved by its approver. */
    static Budget approvedBudget() {
        return Budget.draft(plan())
                .apply(new BudgetChange.Submit(), LEAD, APPROVED_AT).get()
                .apply(new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "预算合理"), FINANCE, APPROVED_AT).get()
                .apply(new BudgetChange.Approve("同意"), APPROVER, APPROVED_AT).get();
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

    /**
     * The seed's SMART goals (品牌搜索量提升30%, 新品销量突破5000件, 新增会员2000人), unsigned.
     */
    static GoalSheet goals() {
        ObjectiveId objective = ObjectiveId.of("O1");
        return GoalSheet.builder()
                .addObjectives(new Objective(objective, "年中大促：品牌渗透与新客获取"))
                .addMetrics(Metric.of("search", "品牌搜索量", MetricUnit.count()),
                        Metric.of("units", "新品销量", MetricUnit.count()),
                        Metric.of("members", "新增会员数", MetricUnit.count()))
                .addGoals(goal("G1", objective, DimensionKind.SALES_CONVERSION, "新品销量突破5000件", "units",
                                Target.atLeast(BigDecimal.valueOf(5000)), null, "订单系统", Priority.HIGH),
                        goal("G2", objective, DimensionKind.BRAND_EXPOSURE, "活动期间品牌搜索量提升30%", "search",
                                Target.uplift(BigDecimal.valueOf(30)), BigDecimal.valueOf(12000), "百度指数",
                                Priority.MEDIUM),
                        goal("G3", objective, DimensionKind.USER_GROWTH, "新增会员2000人", "members",
                                Target.atLeast(BigDecimal.valueOf(2000)), null, "会员系统", Priority.MEDIUM))
                .build();
    }

    private static Goal goal(String id, ObjectiveId objective, DimensionKind dimension, String description,
                             String metric, Target target, BigDecimal baseline, String source, Priority priority) {
        return Goal.builder().id(GoalId.of(id)).objective(objective).dimension(Dimension.of(dimension))
                .description(description).metric(MetricId.of(metric)).target(target)
                .baseline(java.util.Optional.ofNullable(baseline)).dataSource(source).owner(LEAD)
                .deadline(LocalDate.of(2024, 6, 21)).priority(priority).notes("").build();
    }

    /** The goals signed by every department of the profile. */
    static GoalSheet signedGoals() {
        GoalSheet sheet = goals();
        Instant at = Instant.parse("2024-05-19T08:00:00Z");
        for (Department department : profile().departments()) {
            sheet = sheet.sign(department, MemberId.of("head-of-" + department.name()), at);
        }
        return sheet;
    }

    /** The goals with their actuals, as the review records them. */
    static GoalSheet withResults(GoalSheet sheet) {
        return sheet.withResult(GoalResult.of(GoalId.of("G1"), BigDecimal.valueOf(5230), "满减力度到位"))
                .withResult(GoalResult.of(GoalId.of("G2"), BigDecimal.valueOf(16100), "抖音话题带动搜索"))
                .withResult(GoalResult.of(GoalId.of("G3"), BigDecimal.valueOf(1850), "会员入口不够显眼"));
    }

    /**
     * A schedule for the 618 window: preparation from 05-20 on a Monday-to-Friday calendar with the
     * Dragon Boat holiday (06-10), the warm-up and the burst, finishing on 06-18.
     */
    static Schedule schedule() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withName("中国大陆 2024")
                .withHolidays(java.util.List.of(LocalDate.of(2024, 6, 10)));
        TaskId plan = TaskId.of("方案确认");
        TaskId assets = TaskId.of("素材制作");
        TaskId warmUp = TaskId.of("预热投放");
        TaskId burst = TaskId.of("大促执行");
        return Schedule.builder().start(LocalDate.of(2024, 5, 20)).calendar(calendar)
                .addTasks(GanttTask.of(plan, "方案确认", LEAD, 3),
                        GanttTask.of(assets, "素材制作", PLANNER, 5),
                        GanttTask.builder().id(warmUp).name("预热投放").owner(PLANNER).duration(6)
                                .phase(PhaseKind.WARM_UP).build(),
                        GanttTask.builder().id(burst).name("大促执行").owner(LEAD).duration(5)
                                .phase(PhaseKind.BURST).build())
                .addDependencies(Dependency.finishToStart(plan, assets), Dependency.finishToStart(assets, warmUp),
                        Dependency.finishToStart(warmUp, burst))
                .build();
    }

    /** The campaign just planned: its team formed, its budget approved, its goals signed, its schedule made. */
    static Campaign campaign() {
        return Campaign.builder().from(Campaign.plan(ID, profile())).team(team()).budget(approvedBudget()).goals(signedGoals()).schedule(schedule()).build();
    }
}
