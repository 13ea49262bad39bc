package io.github.campaignkit.examples;

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
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.budget.Verdict;
import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.ProfileChange;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.campaign.Transition;
import io.github.campaignkit.core.goal.Dimension;
import io.github.campaignkit.core.goal.DimensionKind;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalChange;
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
import io.github.campaignkit.core.report.BudgetTableRenderer;
import io.github.campaignkit.core.report.EvaluationRenderer;
import io.github.campaignkit.core.report.GanttRenderer;
import io.github.campaignkit.core.review.ReviewChange;
import io.github.campaignkit.core.risk.Comparison;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.Measure;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskCategory;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerPeriod;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.GanttTask;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleChange;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamRole;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Seed 000: the 品牌618促销活动 (年中大促·满300减50, 2024-06-01…06-18, online) walked through its
 * lifecycle with the standard gates. Planning is left only once the 活动目标确认书 is signed by every
 * participating department, the 预算分配表 is approved and the 团队分工表 is complete, and every
 * attempt before that is refused with every condition still unmet: first the draft profile (no
 * theme, no departments, a warm-up outside the window) with no team and a draft budget; then the
 * goals (搜索量提升30%, 新品销量5000件, 新增会员2000人) unsigned by 市场部, 品牌部 and 销售部; then a
 * team whose media and data leads lead no module; then only 销售部's signature. Once 销售部 signs
 * the campaign moves on, is held and resumed while the brand reschedules, records its actual spend
 * and has its goals evaluated in review; its evaluation report and a retrospective that analyses
 * the missed membership goal (1,850 of 2,000) with an action item are recorded, and it is
 * archived. It leaves its campaign document and its
 * HTML report under the reports folder ({@link ReportFiles}), with the budget by category, the
 * Gantt chart with its critical path and the heat map of its {@linkplain #riskPlan() risk plan}.
 *
 * <p>Seed 000 names its budget categories but gives no figures; the budget here is made up to
 * pass the standard policy (reserve 11.11% of 144,000 元).
 */
public final class Promotion618 {

    /** 张经理, the overall lead. */
    public static final MemberId LEAD = MemberId.of("zhang.jingli");
    /** 李策划, of the planning group. */
    public static final MemberId PLANNER = MemberId.of("li.cehua");
    /** 刘总, who approves the budget. */
    public static final MemberId APPROVER = MemberId.of("liu.zong");
    /** 赵财务, who reviews the budget for finance. */
    public static final MemberId FINANCE = MemberId.of("zhao.caiwu");

    /** The day the HTML report is as of: the day the campaign is archived. */
    public static final LocalDate REPORT_DAY = LocalDate.of(2024, 6, 25);
    /** The name of the files the example writes: {@code seed-000-618.json} and {@code seed-000-618.html}. */
    public static final String FILES = "seed-000-618";

    private static final Currency CNY = Currency.getInstance("CNY");

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Lang lang;
    private final PrintStream out;

    /**
     * An example that prints to the given stream.
     *
     * @param lang the language to print in
     * @param out  where to print
     */
    public Promotion618(Lang lang, PrintStream out) {
        this.lang = lang;
        this.out = out;
    }

    /**
     * Runs the example alone.
     *
     * @param args {@code --lang zh|en}
     * @throws IOException if the campaign document cannot be written
     */
    public static void main(String[] args) throws IOException {
        new Promotion618(Lang.fromArgs(args), new PrintStream(System.out, true, StandardCharsets.UTF_8))
                .run(Path.of("target", "campaign-reports"));
    }

    /**
     * The draft profile the planning group starts from: theme not yet settled, no departments
     * named, and a warm-up that starts before the window.
     *
     * @return the draft
     */
    public static CampaignProfile draftProfile() {
        return CampaignProfile.builder()
                .name("品牌618促销活动")
                .theme("")
                .kind(CampaignKind.ONLINE)
                .scale(CampaignScale.LARGE)
                .window(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
                .addPhases(Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 10))),
                        Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 18))))
                .audience(TargetAudience.builder().description("18-35岁女性，客单价150-300元")
                        .ageRange(AgeRange.of(18, 35)).addPreferredMedia("抖音", "小红书", "微信").build())
                .overallLead(LEAD)
                .addMechanics("满减", "抽奖")
                .build();
    }

    /**
     * The profile once the planning group has completed it.
     *
     * @return the complete profile
     */
    public static CampaignProfile completeProfile() {
        return draftProfile().toBuilder()
                .theme("年中大促·满300减50")
                .slogan("618 年中狂欢，满300减50")
                .phases(List.of(
                        Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 10))),
                        Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 18)))))
                .departments(List.of(Department.of("市场部"), Department.of("品牌部"), Department.of("销售部")))
                .build();
    }

    /**
     * The budget the planning group drafts: 144,000 元 with a 16,000 元 contingency reserve, every
     * line with an owner and the approver 刘总, finance named to review.
     *
     * @return the plan
     */
    public static BudgetPlan budgetPlan() {
        return BudgetPlan.empty(CNY).withLines(List.of(
                        perUnit("P1", BudgetCategory.PEOPLE, "直播主播", Quantity.of(2, "人").times(10, "天"), 1500, LEAD),
                        fixed("C1", BudgetCategory.CHANNELS, "抖音信息流投放", 60_000, LEAD),
                        perUnit("C2", BudgetCategory.CHANNELS, "小红书达人种草", Quantity.of(10, "篇"), 3000, PLANNER),
                        fixed("M1", BudgetCategory.MATERIALS, "满减活动页面设计", 8_000, PLANNER),
                        fixed("R1", BudgetCategory.CONTINGENCY, "应急备用金", 16_000, LEAD).withNotes("按实际使用冲销")))
                .withApproval(APPROVER, List.of(Reviewer.of(ReviewerRole.FINANCE, FINANCE)));
    }

    private static BudgetLine perUnit(String id, BudgetCategory category, String item, Quantity quantity, long price,
                                      MemberId owner) {
        return BudgetLine.perUnit(BudgetLineId.of(id), category, item, quantity, UnitPrice.of(price, CNY))
                .withOwnerAndApprover(owner, APPROVER);
    }

    private static BudgetLine fixed(String id, BudgetCategory category, String item, long amount, MemberId owner) {
        return BudgetLine.fixed(BudgetLineId.of(id), category, item, Money.of(amount, CNY))
                .withOwnerAndApprover(owner, APPROVER);
    }

    /**
     * The {@linkplain #budgetPlan() budget} submitted, reviewed by finance and approved, as the
     * example reaches it through commands; for benchmarks and tests that start after planning.
     *
     * @return the approved budget
     */
    public static Budget approvedBudget() {
        java.time.Instant at = java.time.Instant.parse("2024-05-22T01:00:00Z");
        return Budget.draft(budgetPlan())
                .apply(new BudgetChange.Submit(), LEAD, at).get()
                .apply(new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "预算合理"), FINANCE, at).get()
                .apply(new BudgetChange.Approve("同意"), APPROVER, at).get();
    }

    /**
     * The team of seed 000 (团队分工表): 张经理 leads; 策划组, 执行组, 媒介组 and 数据组 have a lead each.
     *
     * @return the team
     */
    public static Team team() {
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

    /**
     * The team as first entered: 张经理 and the planning and execution groups, with 陈专员 and
     * 刘分析师 already named module leads but the media and data modules not yet set up, so the
     * team gate refuses it.
     *
     * @return the incomplete team
     */
    public static Team draftTeam() {
        Team complete = team();
        return complete.toBuilder().modules(complete.modules().subList(0, 2)).build();
    }

    /**
     * The head who signs the goals for a department: {@code head-市场部}.
     *
     * @param department the department
     * @return the head's member id
     */
    public static MemberId headOf(Department department) {
        return MemberId.of("head-" + department.name());
    }

    private static Member member(MemberId id, String name, TeamRole role, String duties) {
        return Member.builder().id(id).name(name).role(role).duties(duties).build();
    }

    /**
     * The 风险应急预案表 for the seed's examples of risk (系统崩溃, 舆情负面, 天气突变) on the default
     * 3 × 3 matrix. Seed 000 names the risks and one measure (线上活动流量过大，提前扩容服务器) but no
     * ratings or triggers; those here are made up so that the high risk is fully planned.
     *
     * @return the register
     */
    public static RiskRegister riskPlan() {
        MemberId execution = MemberId.of("zhao.zhuguan");
        MemberId media = MemberId.of("chen.zhuanyuan");
        Risk outage = Risk.builder().id(RiskId.of("R1")).scenario("大促流量过大导致系统崩溃")
                .category(RiskCategory.TECHNOLOGY).likelihood(Rating.MEDIUM).impact(Rating.HIGH)
                .addMeasures(Measure.of("提前扩容服务器", execution), Measure.of("准备限流排队页面", execution))
                .owner(execution)
                .trigger(Trigger.reading(Indicator.of("服务器峰值负载%"), TriggerPeriod.during(PhaseKind.BURST),
                        Comparison.AT_LEAST, BigDecimal.valueOf(80)))
                .build();
        Risk opinion = Risk.builder().id(RiskId.of("R2")).scenario("满减规则引发负面舆情")
                .category(RiskCategory.PUBLIC_OPINION).likelihood(Rating.LOW).impact(Rating.HIGH)
                .addMeasures(Measure.of("实时监测社交媒体评论", media), Measure.of("2小时内统一口径回应", media))
                .owner(media)
                .trigger(Trigger.reading(Indicator.of("负面评论数"), TriggerPeriod.during(PhaseKind.BURST),
                        Comparison.AT_LEAST, BigDecimal.valueOf(50)))
                .build();
        Risk weather = Risk.builder().id(RiskId.of("R3")).scenario("天气突变导致快递延误")
                .category(RiskCategory.WEATHER).likelihood(Rating.LOW).impact(Rating.MEDIUM)
                .addMeasures(Measure.of("与快递公司确认恶劣天气预案", execution))
                .owner(execution)
                .build();
        return RiskRegister.builder().matrix(RiskMatrix.threeByThree()).addEntries(outage, opinion, weather).build();
    }

    /**
     * The seed's goals (活动目标确认书), SMART against the window, not yet signed.
     *
     * @return the goal sheet
     */
    public static GoalSheet goals() {
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
                .baseline(Optional.ofNullable(baseline)).dataSource(source).owner(LEAD)
                .deadline(LocalDate.of(2024, 6, 21)).priority(priority).notes("").build();
    }

    /**
     * The goals signed by the heads of the three departments the complete profile names, before the
     * planning group drafts the profile.
     *
     * @return the signed goal sheet
     */
    public static GoalSheet signedGoals() {
        GoalSheet sheet = goals();
        Instant at = ZonedDateTime.of(2024, 5, 19, 16, 0, 0, 0, SHANGHAI).toInstant();
        for (Department department : completeProfile().departments()) {
            sheet = sheet.sign(department, headOf(department), at);
        }
        return sheet;
    }

    /**
     * The goals' actuals, as the review records them: 5,230 units, search 16,100, 1,850 members.
     *
     * @return the results, one per goal
     */
    public static List<GoalResult> results() {
        return List.of(GoalResult.of(GoalId.of("G1"), BigDecimal.valueOf(5230), "满减力度到位"),
                GoalResult.of(GoalId.of("G2"), BigDecimal.valueOf(16100), "抖音话题带动搜索"),
                GoalResult.of(GoalId.of("G3"), BigDecimal.valueOf(1850), "会员入口不够显眼"));
    }

    /**
     * The execution schedule: preparation from 05-20 on a Monday-to-Friday calendar with the
     * Dragon Boat holiday (06-10), then the warm-up and the burst, finishing on 06-14.
     *
     * @return the schedule
     */
    public static Schedule schedule() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withName("中国大陆 2024")
                .withHolidays(List.of(LocalDate.of(2024, 6, 10)));
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

    /**
     * Runs the example and writes the campaign document and its HTML report under {@code reports}.
     *
     * @param reports the folder for the campaign document and the report
     * @return the archived campaign
     * @throws IOException if a file cannot be written
     */
    public Campaign run(Path reports) throws IOException {
        Lifecycle lifecycle = Lifecycle.standard();
        out.println(lang.pick("== 种子 000：品牌618促销活动（年中大促·满300减50）==",
                "== Seed 000: the brand 618 promotion (mid-year sale, 50 off every 300) =="));

        Clock clock = at(2024, 5, 20, 9, 0);
        out.println(lang.pick("\n李策划起草方案：目标、执行甘特图与风险预案（由总负责人录入）：",
                "\nThe planner drafts the plan: goals, Gantt chart and risk plan (entered by the overall lead):"));
        Campaign campaign = Campaign.plan(CampaignId.of("2024-618"), draftProfile());
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, GoalChange.ReviseGoals.of(goals())), clock);
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, ScheduleChange.ReviseSchedule.of(schedule())),
                clock);
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, RiskChange.ReviseRisks.of(riskPlan())), clock);

        out.println(lang.pick("\n李策划提交草案，申请进入准备阶段：", "\nThe planner submits the draft and asks to move on:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(PLANNER), clock);

        out.println(lang.pick("\n总负责人张经理亲自申请：", "\nThe overall lead asks himself:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), clock);

        out.println(lang.pick("\n策划组补全活动主题、口号、参与部门，并把预热期移入活动时间：",
                "\nThe planning group completes theme, slogan and departments and moves the warm-up into the window:"));
        long seen = campaign.revision();
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, ProfileChange.ReviseProfile.of(completeProfile())).basedOn(seen),
                at(2024, 5, 21, 10, 30));

        out.println(lang.pick("\n另一位同事仍基于旧版本修改：", "\nA colleague edits from the old revision:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, ProfileChange.ReviseProfile.of(draftProfile())).basedOn(seen),
                at(2024, 5, 21, 10, 31));

        out.println(lang.pick("\n概况已完整，再次申请：目标尚未经三个参与部门签字：",
                "\nThe profile is complete; asking again, the goals are not yet signed by the three departments:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(2024, 5, 21, 11, 0));

        out.println(lang.pick("\n张经理录入团队，媒介组与数据组的模块尚未建立：",
                "\nThe overall lead enters the team; the media and data modules are not set up yet:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, TeamChange.ReviseTeam.of(draftTeam())), at(2024, 5, 21, 13, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(2024, 5, 21, 13, 30));

        out.println(lang.pick("\n张经理补全团队（团队分工表）：", "\nThe overall lead completes the team:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, TeamChange.ReviseTeam.of(team())), at(2024, 5, 21, 14, 0));

        out.println(lang.pick("\n市场部、品牌部负责人签署活动目标确认书：",
                "\nThe heads of marketing and brand sign the goals:"));
        List<Department> departments = completeProfile().departments();
        for (Department department : departments.subList(0, 2)) {
            campaign = attempt(lifecycle, campaign, CampaignCommand.by(headOf(department), GoalChange.SignGoals.of(department)),
                    at(2024, 5, 21, 14, 30));
        }

        out.println(lang.pick("\n策划组编制预算，提交审批；财务评审，刘总审批：",
                "\nThe planning group drafts the budget and submits it; finance reviews, the approver decides:"));
        campaign = attempt(lifecycle, campaign, budget(LEAD, new BudgetChange.Revise(budgetPlan())), at(2024, 5, 21, 15, 0));
        campaign = attempt(lifecycle, campaign, budget(LEAD, new BudgetChange.Submit()), at(2024, 5, 21, 15, 5));
        campaign = attempt(lifecycle, campaign, budget(LEAD, new BudgetChange.Approve("同意")), at(2024, 5, 21, 16, 0));
        campaign = attempt(lifecycle, campaign, budget(FINANCE,
                new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "预算合理")), at(2024, 5, 21, 17, 0));
        campaign = attempt(lifecycle, campaign, budget(APPROVER, new BudgetChange.Approve("同意")),
                at(2024, 5, 21, 18, 0));
        out.println();
        out.print(BudgetTableRenderer.render(campaign.budget(), campaign.team(), lang.locale()));

        out.println(lang.pick("\n预算已批准、团队已完整，再次申请：只差销售部签字：",
                "\nBudget approved and team complete; asking again, only sales has not signed:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(2024, 5, 22, 8, 30));

        out.println(lang.pick("\n销售部负责人签字：", "\nThe head of sales signs:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(headOf(departments.get(2)), GoalChange.SignGoals.of(departments.get(2))), at(2024, 5, 22, 8, 45));

        out.println(lang.pick("\n再次申请进入准备阶段：", "\nThe lead asks again to move on:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, Transition.Advance.withNote("方案已评审")),
                at(2024, 5, 22, 9, 0));

        campaign = attempt(lifecycle, campaign, CampaignCommand.hold(LEAD, "品牌方调整主推新品，暂停两天"),
                at(2024, 5, 24, 14, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(2024, 5, 25, 9, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.resume(LEAD), at(2024, 5, 26, 9, 0));
        out.println(lang.pick("\n执行甘特图：", "\nThe execution Gantt chart:"));
        out.print(GanttRenderer.standard().render(campaign.schedule().forecast().get(), lang.locale()));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, Transition.Advance.withNote("启动会已召开")),
                at(2024, 5, 31, 18, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(2024, 6, 19, 9, 0));

        out.println(lang.pick("\n复盘：记录各目标的实际值并评估", "\nReview: the goals' actuals are recorded and evaluated:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, GoalChange.RecordResults.of(results())),
                at(2024, 6, 19, 10, 0));
        out.print(EvaluationRenderer.standard().withTeam(campaign.team()).render(campaign.evaluation(), lang.locale()));
        out.println(lang.pick("\n复盘：实际支出登记前申请归档：", "\nReview: the lead asks to archive before the actuals are in:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(2024, 6, 24, 9, 0));
        for (BudgetLine line : campaign.budget().plan().lines()) {
            Money actual = line.category() == BudgetCategory.CONTINGENCY ? Money.zero(CNY) : line.amount();
            campaign = attempt(lifecycle, campaign, budget(LEAD, new BudgetChange.RecordSpend(SpendEntry.builder()
                    .line(line.id()).date(LocalDate.of(2024, 6, 20)).amount(actual)
                    .note(actual.isZero() ? "未动用" : "按合同结算").build())), at(2024, 6, 24, 10, 0));
        }
        out.println();
        out.print(BudgetTableRenderer.render(campaign.budget(), campaign.team(), lang.locale()));
        out.println(lang.pick("\n复盘：结算预算（无合作方分摊）", "\nReview: settling the budget (no partner shares it)"));
        campaign = attempt(lifecycle, campaign, budget(LEAD, new BudgetChange.Settle()), at(2024, 6, 24, 11, 0));
        out.print(io.github.campaignkit.core.report.SettlementRenderer.render(campaign.budget().settlement().orElseThrow(),
                lang.locale(), SHANGHAI));
        out.println(lang.pick("\n复盘：效果评估报告与复盘报告（会员目标未达标，须有分析与改进行动项）",
                "\nReview: the evaluation report and the retrospective (the membership goal was missed, so it needs "
                        + "an analysis and an action item)"));
        io.github.campaignkit.core.review.EvaluationReport report = io.github.campaignkit.core.review.EvaluationReport
                .of(campaign.evaluation(), Optional.empty(), LocalDate.of(2024, 6, 21), LEAD);
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, ReviewChange.RecordEvaluation.of(report)),
                at(2024, 6, 21, 17, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, ReviewChange.RecordRetrospective.of(retrospective(report))),
                at(2024, 6, 24, 16, 0));
        out.print(io.github.campaignkit.core.report.ReviewRenderer.standard().withTeam(campaign.team()).retrospective(
                campaign.review().retrospective().orElseThrow(), campaign.goals().metrics(), lang.locale()));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, Transition.Advance.withNote("复盘报告已归档")),
                at(2024, 6, 25, 17, 0));

        out.println(lang.pick("\n归档后还有人想暂停：", "\nSomeone tries to hold the archived campaign:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.hold(LEAD, "补充材料"), at(2024, 6, 26, 9, 0));

        printHistory(campaign);
        ReportFiles.Written written = ReportFiles.in(reports, lang).write(FILES, campaign, REPORT_DAY);
        out.println(lang.pick("\n活动文档已写入 ", "\nCampaign document written to ") + written.json());
        out.println(lang.pick("HTML 报告已写入 ", "HTML report written to ") + written.html());
        return campaign;
    }

    /**
     * The retrospective: what worked, and for the missed membership goal (1,850 of 2,000) its
     * analysis and an action item with owner, due date and a measurable effect.
     *
     * @param report the evaluation report whose unmet goals are analysed
     * @return the retrospective
     */
    public static io.github.campaignkit.core.review.Retrospective retrospective(
            io.github.campaignkit.core.review.EvaluationReport report) {
        io.github.campaignkit.core.review.RetrospectiveBuilder retro = io.github.campaignkit.core.review.Retrospective
                .builder().heldOn(LocalDate.of(2024, 6, 24)).overview("年中大促·满300减50：销量与搜索目标达成，会员目标未达标")
                .addParticipants(LEAD, PLANNER)
                .addSuccesses(io.github.campaignkit.core.review.Success.of("满减力度到位，销量突破5000件", "5,230件"))
                .addKnowledge(io.github.campaignkit.core.review.Knowledge.of(
                        io.github.campaignkit.core.review.KnowledgeKind.CHECKLIST, "大促活动策划checklist",
                        List.of("会员入口放在首屏", "满减规则提前3天预告")));
        int n = 0;
        for (io.github.campaignkit.core.goal.EvaluationRow row : report.unmet()) {
            n++;
            retro.addProblems(io.github.campaignkit.core.review.Problem.ofGoal("P" + n, row.goal(),
                    row.metricName() + "未达标", row.analysis()));
            retro.addActions(io.github.campaignkit.core.review.ActionItem.builder()
                    .id(io.github.campaignkit.core.review.ActionId.of("A" + n)).task("会员入口改版，放在活动页首屏")
                    .owner(PLANNER).due(LocalDate.of(2024, 7, 5))
                    .effect(io.github.campaignkit.core.review.ExpectedEffect.of("下次大促" + row.metricName() + "达标",
                            row.metric(), row.target().orElseThrow()))
                    .addAddresses(io.github.campaignkit.core.review.ProblemId.of("P" + n)).build());
        }
        return retro.build();
    }

    private static CampaignCommand budget(MemberId actor, BudgetChange change) {
        return CampaignCommand.by(actor, change);
    }

    private Campaign attempt(Lifecycle lifecycle, Campaign campaign, CampaignCommand command, Clock clock) {
        return new CommandLog(lang, out).attempt(lifecycle, campaign, command, clock);
    }

    private void printHistory(Campaign campaign) {
        out.println(lang.pick("\n阶段历史：", "\nStage history:"));
        for (StageChange change : campaign.history()) {
            out.println("  " + WHEN.format(ZonedDateTime.ofInstant(change.at(), SHANGHAI)) + "  "
                    + change.from().label(lang.locale()) + " → " + change.to().label(lang.locale()) + "  "
                    + change.actor() + change.note().map(n -> "  " + n).orElse(""));
        }
    }

    private static Clock at(int year, int month, int day, int hour, int minute) {
        Instant instant = ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
        return Clock.fixed(instant, SHANGHAI);
    }
}
