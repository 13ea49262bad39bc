package io.github.campaignkit.examples;

import io.github.campaignkit.core.campaign.AccessPolicy;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.Stage;
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
import io.github.campaignkit.core.goal.SmartPolicy;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.Acknowledgement;
import io.github.campaignkit.core.kpi.Alert;
import io.github.campaignkit.core.kpi.AllChannels;
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.kpi.KpiTarget;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.kpi.MetricCadence;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.report.DashboardRenderer;
import io.github.campaignkit.core.report.EvaluationRenderer;
import io.github.campaignkit.core.report.GoalTableRenderer;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.json.CampaignJson;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 004: the campus campaign 开学季·青春焕新计划 (2024-07-31…08-10; warm-up 07-31…08-05, the
 * pop-up 08-06…08-10), from its goal confirmation to its evaluation.
 *
 * <p>The three departments' heads sign the goals; a change to a goal voids two signatures, which
 * are given again. During execution the team records its daily data, the dashboard of 2024-08-04
 * shows the seed's rows — 抖音 exposure 70% and leads 42.5% normal, community shares 60% and
 * overall conversion 83.3% (12.5% against ≥15%) in warning — the alerts are raised and answered,
 * one of them late. At the end the evaluation gives the seed's 124%, 127.5%, 108%, 183% and 108%.
 */
public final class BackToSchool {

    /** 张*, overall lead. */
    public static final MemberId ZHANG = Seed004People.ZHANG;
    /** 赵*, data. */
    public static final MemberId ZHAO = Seed004People.ZHAO;
    /** 李*, community. */
    public static final MemberId LI = Seed004People.LI;
    /** 王*, offline. */
    public static final MemberId WANG = Seed004People.WANG;
    /** 刘*, conversion and ROI. */
    public static final MemberId LIU = Seed004People.LIU;

    /** The campaign's window. */
    public static final DateRange WINDOW = DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 10));
    /** The warm-up (活动预热启动), when the community forwards. */
    public static final DateRange WARM_UP = Seed004People.WARM_UP;
    /** The day of the seed's dashboard. */
    public static final LocalDate DASHBOARD_DAY = LocalDate.of(2024, 8, 4);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Channel DOUYIN = Channel.of("抖音");
    private static final Channel COMMUNITY = Channel.of("社群");
    private static final Channel POP_UP = Channel.of("线下快闪店");
    private static final Map<Department, MemberId> HEADS = Seed004People.HEADS;

    private final Lang lang;
    private final PrintStream out;
    private final CommandLog log;

    /**
     * An example that prints to the given stream.
     *
     * @param lang the language to print in
     * @param out  where to print
     */
    public BackToSchool(Lang lang, PrintStream out) {
        this.lang = lang;
        this.out = out;
        this.log = new CommandLog(lang, out);
    }

    /**
     * Runs the example alone.
     *
     * @param args {@code --lang zh|en}
     * @throws IOException if the campaign document cannot be written
     */
    public static void main(String[] args) throws IOException {
        new BackToSchool(Lang.fromArgs(args), new PrintStream(System.out, true, StandardCharsets.UTF_8))
                .run(Path.of("target", "campaign-reports"));
    }

    /**
     * The profile (表1).
     *
     * @return the profile
     */
    public static CampaignProfile profile() {
        return CampaignProfile.builder()
                .name("开学季校园营销活动")
                .theme("开学季·青春焕新计划")
                .slogan("你的大学装备，我们承包")
                .kind(CampaignKind.HYBRID)
                .scale(CampaignScale.MEDIUM)
                .window(WINDOW)
                .phases(Seed004People.livePhases())
                .audience(TargetAudience.of("高校新生及在校学生"))
                .addDepartments(Department.of("市场部"), Department.of("销售部"), Department.of("行政部"))
                .overallLead(ZHANG)
                .addMechanics("扫码领福利", "直播抽奖")
                .build();
    }

    /**
     * The metric catalogue: what the dashboard watches and the evaluation measures.
     *
     * @return the metrics
     */
    public static List<Metric> metrics() {
        return List.of(
                Metric.of("exposure", "曝光量", MetricUnit.count()),
                Metric.of("leads", "线索留资量", MetricUnit.count()),
                Metric.of("shares", "转发量", MetricUnit.count()),
                Metric.of("followed", "跟进线索数", MetricUnit.count()),
                Metric.of("converted", "成交线索数", MetricUnit.count()),
                Metric.rate("conversion", "线索转化率", MetricId.of("converted"), MetricId.of("followed")),
                Metric.of("reads", "社交媒体话题阅读量", MetricUnit.count()),
                Metric.of("valid-leads", "有效线索量", MetricUnit.count()),
                Metric.of("sales", "增量销售额", MetricUnit.money(java.util.Currency.getInstance("CNY"))),
                Metric.returnOnInvestment("roi", "ROI", MetricId.of("sales")),
                Metric.of("satisfaction", "活动满意度（抽样100人）", MetricUnit.score()));
    }

    /**
     * The goals of the evaluation table (营销活动目标拆解表).
     *
     * @return the goal sheet, unsigned
     */
    public static GoalSheet goals() {
        ObjectiveId o = ObjectiveId.of("O1");
        return GoalSheet.builder()
                .addObjectives(new Objective(o, "高校新生用户渗透率提升15%，带动产品销量增长20%"))
                .metrics(metrics())
                .addGoals(goal("G1", o, Dimension.of(DimensionKind.BRAND_EXPOSURE), "提升目标用户对产品核心功能的认知",
                                "reads", 5_000_000, "第三方数据平台、后台数据", ZHANG, 14, Priority.MEDIUM),
                        goal("G2", o, Dimension.of(DimensionKind.LEADS), "获取潜在客户联系方式", "valid-leads", 1200,
                                "表单系统、CRM系统", ZHAO, 12, Priority.HIGH),
                        goal("G3", o, Dimension.of(DimensionKind.SALES_CONVERSION), "促进线索转化为实际购买",
                                "conversion", 15, "订单系统、CRM系统", LI, 16, Priority.HIGH),
                        goal("G4", o, Dimension.custom("整体效果"), "投入产出比达到300%", "roi", 300, "财务核算", LIU, 16,
                                Priority.HIGH),
                        goal("G5", o, Dimension.of(DimensionKind.SATISFACTION), "参与学生对活动满意", "satisfaction", 85,
                                "问卷调研", WANG, 14, Priority.LOW))
                .build();
    }

    private static Goal goal(String id, ObjectiveId objective, Dimension dimension, String description, String metric,
                             long atLeast, String source, MemberId owner, int augustDay, Priority priority) {
        return Goal.builder().id(GoalId.of(id)).objective(objective).dimension(dimension).description(description)
                .metric(MetricId.of(metric)).target(Target.atLeast(BigDecimal.valueOf(atLeast))).dataSource(source)
                .owner(owner).deadline(LocalDate.of(2024, 8, augustDay)).priority(priority).notes("").build();
    }

    /**
     * The dashboard's lines and cadences (数据监控看板), with the default alert policy.
     *
     * @return the KPI tracking, without observations
     */
    public static KpiTracking dashboardPlan() {
        KpiTracking kpi = KpiTracking.builder()
                .addTargets(KpiTarget.of(MetricId.of("exposure"), DOUYIN, Target.atLeast(BigDecimal.valueOf(5_000_000)),
                                ZHANG),
                        KpiTarget.of(MetricId.of("leads"), DOUYIN, Target.atLeast(BigDecimal.valueOf(2000)), ZHAO),
                        KpiTarget.of(MetricId.of("shares"), COMMUNITY, Target.atLeast(BigDecimal.valueOf(3000)), LI)
                                .during(WARM_UP),
                        KpiTarget.of(MetricId.of("leads"), POP_UP, Target.atLeast(BigDecimal.valueOf(500)), WANG),
                        KpiTarget.overall(MetricId.of("conversion"), Target.atLeast(BigDecimal.valueOf(15)), LIU))
                .alerting(io.github.campaignkit.core.kpi.AlertPolicy.defaults())
                .build();
        for (String m : List.of("exposure", "leads", "shares", "followed", "converted")) {
            kpi = kpi.withCadence(MetricCadence.of(MetricId.of(m), Cadence.daily()));
        }
        return kpi;
    }

    /**
     * The daily data of 07-31…08-04 behind the seed's dashboard.
     *
     * @return the observations
     */
    public static List<Observation> observations() {
        List<Observation> all = new ArrayList<>();
        daily(all, "exposure", DOUYIN, "抖音后台", 600_000, 650_000, 700_000, 750_000, 800_000);
        daily(all, "leads", DOUYIN, "抖音后台", 150, 180, 200, 200, 120);
        daily(all, "shares", COMMUNITY, "社群管理后台", 200, 400, 450, 400, 350);
        daily(all, "leads", POP_UP, "现场登记表", 30, 40, 60, 85, 65);
        daily(all, "followed", DOUYIN, "CRM系统", 100, 120, 150, 160, 70);
        daily(all, "converted", DOUYIN, "订单系统", 14, 15, 19, 24, 8);
        daily(all, "followed", POP_UP, "CRM系统", 20, 20, 30, 100, 30);
        daily(all, "converted", POP_UP, "订单系统", 2, 3, 4, 8, 3);
        return all;
    }

    /**
     * The data of the rest of the live period, 08-05…08-10, recorded on its last evening: exposure,
     * leads and the warm-up's last shares, leads followed up and converted (the conversion ends at
     * 243 of 1,500, the evaluation's 16.2%) and
     * the incremental sales the order system attributes to the campaign (500,000, the seed's ROI
     * revenue).
     *
     * @return the observations
     */
    public static List<Observation> lateObservations() {
        List<Observation> all = new ArrayList<>();
        from(all, LocalDate.of(2024, 8, 5), "exposure", DOUYIN, "抖音后台", 300_000, 320_000, 310_000, 290_000, 300_000,
                280_000);
        from(all, LocalDate.of(2024, 8, 5), "leads", DOUYIN, "抖音后台", 200, 210, 220, 230, 200, 190);
        from(all, LocalDate.of(2024, 8, 5), "shares", COMMUNITY, "社群管理后台", 400);
        from(all, LocalDate.of(2024, 8, 5), "leads", POP_UP, "现场登记表", 20, 60, 70, 50, 60, 40);
        from(all, LocalDate.of(2024, 8, 5), "followed", DOUYIN, "CRM系统", 80, 90, 100, 110, 90, 70);
        from(all, LocalDate.of(2024, 8, 5), "converted", DOUYIN, "订单系统", 16, 18, 20, 24, 19, 13);
        from(all, LocalDate.of(2024, 8, 5), "followed", POP_UP, "CRM系统", 20, 30, 30, 40, 20, 20);
        from(all, LocalDate.of(2024, 8, 5), "converted", POP_UP, "订单系统", 5, 6, 6, 9, 4, 3);
        from(all, LocalDate.of(2024, 8, 10), "sales", DOUYIN, "订单系统", 380_000);
        from(all, LocalDate.of(2024, 8, 10), "sales", POP_UP, "订单系统", 120_000);
        return all;
    }

    private static void from(List<Observation> into, LocalDate first, String metric, Channel channel, String source,
                             long... values) {
        for (int i = 0; i < values.length; i++) {
            into.add(Observation.of(MetricId.of(metric), channel, first.plusDays(i), BigDecimal.valueOf(values[i]), source));
        }
    }

    private static void daily(List<Observation> into, String metric, Channel channel, String source, long... values) {
        from(into, WINDOW.start(), metric, channel, source, values);
    }

    /**
     * What the evaluation records for a campaign with its budget spent: the actuals nobody tracks
     * (620万 reads from the third-party platform, 1,530 valid leads from the CRM, 92 points from
     * the survey) and the analyses. The conversion (16.2%) is the dashboard's total and the ROI
     * (549.35%) is computed from the incremental sales and the actual spend, so neither is typed.
     *
     * @return the results, one per goal
     */
    public static List<GoalResult> results() {
        return List.of(
                GoalResult.of(GoalId.of("G1"), BigDecimal.valueOf(6_200_000), "抖音投放精准，学生群体转发积极"),
                GoalResult.of(GoalId.of("G2"), BigDecimal.valueOf(1530), "线下快闪店扫码领福利吸引力强"),
                GoalResult.ofAnalysis(GoalId.of("G3"), "直播间“限时优惠券”促进下单"),
                GoalResult.ofAnalysis(GoalId.of("G4"), "增量销售额超预期，成本控制良好"),
                GoalResult.of(GoalId.of("G5"), BigDecimal.valueOf(92), "礼品实用、互动环节设计有趣"));
    }

    /**
     * The results of this example, which keeps no budget: as {@link #results()}, with the ROI the
     * finance team worked out (549%) typed, since there is no actual spend to compute it from.
     *
     * @return the results, one per goal
     */
    public static List<GoalResult> resultsWithoutBudget() {
        List<GoalResult> all = new ArrayList<>(results());
        all.set(3, GoalResult.of(GoalId.of("G4"), BigDecimal.valueOf(549), "增量销售额超预期，成本控制良好"));
        return List.copyOf(all);
    }

    /**
     * Runs the example and writes the campaign document under {@code reports}.
     *
     * @param reports the folder for the campaign document
     * @return the archived campaign
     * @throws IOException if the document cannot be written
     */
    public Campaign run(Path reports) throws IOException {
        // This example is about goals, the dashboard and the evaluation: the profile and goal gates
        // only (the team, budget, schedule and risk gates are shown in the other examples).
        Lifecycle lifecycle = Lifecycle.withoutGates()
                .withGate(Stage.PLANNING, Gates.profileComplete())
                .withGate(Stage.PLANNING, Gates.goalsSet())
                .withGate(Stage.PLANNING, Gates.goalsSmart())
                .withGate(Stage.PLANNING, Gates.goalsSigned())
                .withGate(Stage.REVIEW, Gates.goalActuals())
                .withAccessPolicy(AccessPolicy.overallLeadOnly().or(AccessPolicy.alertOwners())
                        .and(AccessPolicy.departmentHeads(HEADS)));
        out.println(lang.pick("== 种子 004：开学季·青春焕新计划（目标、数据看板与效果评估）==",
                "== Seed 004: the back-to-school campus campaign (goals, dashboard and evaluation) =="));
        Campaign campaign = Campaign.plan(CampaignId.of("2024-back-to-school"), profile());
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, GoalChange.ReviseGoals.of(goals())),
                at(2024, 7, 19, 9, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, KpiChange.RevisePlan.from(dashboardPlan())),
                at(2024, 7, 19, 9, 30));
        out.println();
        out.print(GoalTableRenderer.standard().withTeam(campaign.team()).render(campaign.goals(), WINDOW, SmartPolicy.defaults(), lang.locale()));

        out.println(lang.pick("\n目标未经签字确认就申请进入准备阶段：", "\nThe lead asks to move on before the goals are signed:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(ZHANG), at(2024, 7, 20, 9, 0));
        campaign = sign(lifecycle, campaign, "市场部", at(2024, 7, 20, 10, 0));
        campaign = sign(lifecycle, campaign, "销售部", at(2024, 7, 20, 10, 30));
        out.println(lang.pick("\n数据组补充了有效线索的定义（G2 变更）：", "\nThe data group adds the definition of a valid lead (G2 changes):"));
        Goal g2 = campaign.goals().goal(GoalId.of("G2")).orElseThrow();
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, GoalChange.ReviseGoals.of(campaign.goals()
                .withGoal(g2.toBuilder().notes("有效线索定义：联系方式完整+需求明确").build()))), at(2024, 7, 20, 13, 0));
        campaign = sign(lifecycle, campaign, "行政部", at(2024, 7, 20, 14, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(ZHANG), at(2024, 7, 20, 15, 0));
        campaign = sign(lifecycle, campaign, "市场部", at(2024, 7, 20, 16, 0));
        campaign = sign(lifecycle, campaign, "销售部", at(2024, 7, 20, 16, 10));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, Transition.Advance.withNote("活动目标确认书已签署")),
                at(2024, 7, 20, 17, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, Transition.Advance.withNote("启动会已召开")),
                at(2024, 7, 30, 18, 0));

        out.println(lang.pick("\n执行期：录入每日数据", "\nExecution: the daily data is recorded"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, KpiChange.RecordObservations.of(observations())),
                at(2024, 8, 4, 9, 0));
        Observation again = Observation.of(MetricId.of("leads"), DOUYIN, DASHBOARD_DAY, BigDecimal.valueOf(999), "抖音后台");
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, KpiChange.RecordObservations.of(again)),
                at(2024, 8, 4, 9, 5));

        Instant morning = at(2024, 8, 4, 10, 0).instant();
        Dashboard dashboard = campaign.dashboard(DASHBOARD_DAY);
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, KpiChange.RaiseAlerts.of(DASHBOARD_DAY)),
                at(2024, 8, 4, 10, 0));
        out.println();
        out.print(DashboardRenderer.standard().withTeam(campaign.team()).render(dashboard, lang.locale()));
        for (Alert alert : campaign.kpi().alerts()) {
            String metric = campaign.goals().metric(alert.metric()).map(Metric::name).orElse(alert.metric().value());
            String channel = alert.channel().map(Channel::name).orElseGet(() -> AllChannels.ALL.label(lang.locale()));
            out.println(lang.pick("⚑ 预警已触发：", "⚑ Alert raised: ") + channel + " " + metric
                    + lang.pick("，须在 ", ", answer due by ")
                    + ZonedDateTime.ofInstant(alert.respondBy(), SHANGHAI).toLocalTime()
                    + lang.pick(" 前响应", ""));
        }
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LI, KpiChange.AcknowledgeAlert.of(
                campaign.kpi().alerts().get(0), "部分社群管理员积极性低")), at(2024, 8, 4, 10, 20));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LIU, KpiChange.AcknowledgeAlert.of(
                campaign.kpi().alerts().get(1), "直播间咨询未及时跟进")), at(2024, 8, 4, 10, 45));
        for (Violation v : campaign.kpi().unanswered(morning.plusSeconds(60 * 60), SHANGHAI)) {
            out.println(MessageRenderer.standard().describe(v, lang.locale()));
        }
        out.println();
        out.print(DashboardRenderer.standard().withTeam(campaign.team()).render(campaign.dashboard(DASHBOARD_DAY), lang.locale()));

        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, KpiChange.RecordObservations.of(lateObservations())),
                at(2024, 8, 10, 21, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(ZHANG), at(2024, 8, 11, 9, 0));
        out.println(lang.pick("\n复盘前尚未录入实际值：", "\nBefore the actuals are in:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(ZHANG), at(2024, 8, 12, 9, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, GoalChange.RecordResults.of(resultsWithoutBudget())),
                at(2024, 8, 13, 10, 0));
        out.println();
        out.print(EvaluationRenderer.standard().withTeam(campaign.team()).render(campaign.evaluation(), lang.locale()));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(ZHANG, Transition.Advance.withNote("效果评估报告已提交")),
                at(2024, 8, 14, 17, 0));

        Files.createDirectories(reports);
        Path document = reports.resolve("seed-004-back-to-school.json");
        Files.writeString(document, CampaignJson.standard().withIndentation(true).write(campaign), StandardCharsets.UTF_8);
        out.println(lang.pick("\n活动文档已写入 ", "\nCampaign document written to ") + document);
        return campaign;
    }

    private Campaign sign(Lifecycle lifecycle, Campaign campaign, String department, Clock clock) {
        Department d = Department.of(department);
        return attempt(lifecycle, campaign, CampaignCommand.by(HEADS.get(d), GoalChange.SignGoals.of(d)), clock);
    }

    private Campaign attempt(Lifecycle lifecycle, Campaign campaign, CampaignCommand command, Clock clock) {
        return log.attempt(lifecycle, campaign, command, clock);
    }

    private static Clock at(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant(), SHANGHAI);
    }
}
