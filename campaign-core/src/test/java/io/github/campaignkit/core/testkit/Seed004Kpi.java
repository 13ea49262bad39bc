package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.TargetAudience;
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
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.KpiTarget;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.kpi.MetricCadence;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 004 (开学季·青春焕新计划, a campus campaign) as the tests use it: its window and phases from
 * the Gantt chart (活动预热启动 07-31…08-05, 线下快闪执行 08-06…08-10), the goals of its evaluation
 * table with their actuals, and the observations behind its dashboard of 2024-08-04.
 */
public final class Seed004Kpi {

    /** 张*, overall lead, owner of 抖音 exposure. */
    public static final MemberId ZHANG = MemberId.of("zhang");
    /** 赵*, data, owner of 抖音 leads. */
    public static final MemberId ZHAO = MemberId.of("zhao");
    /** 李*, owner of community shares. */
    public static final MemberId LI = MemberId.of("li");
    /** 王*, owner of the offline pop-up. */
    public static final MemberId WANG = MemberId.of("wang");
    /** 刘*, owner of conversion and ROI. */
    public static final MemberId LIU = MemberId.of("liu");

    /** The window: warm-up 07-31…08-05 and burst 08-06…08-10. */
    public static final DateRange WINDOW = DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 10));
    /** The warm-up, when community forwarding (社群转发) runs. */
    public static final DateRange WARM_UP = DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 5));
    /** The day of the dashboard. */
    public static final LocalDate DASHBOARD_DAY = LocalDate.of(2024, 8, 4);

    /** 抖音, the short-video channel. */
    public static final Channel DOUYIN = Channel.of("抖音");
    /** 社群, the community (WeChat groups) channel. */
    public static final Channel COMMUNITY = Channel.of("社群");
    /** 线下快闪店, the campus pop-up store. */
    public static final Channel POP_UP = Channel.of("线下快闪店");

    /** 曝光量, exposure. */
    public static final MetricId EXPOSURE = MetricId.of("exposure");
    /** 线索留资量, leads left. */
    public static final MetricId LEADS = MetricId.of("leads");
    /** 转发量, community shares. */
    public static final MetricId SHARES = MetricId.of("shares");
    /** 跟进线索数, leads followed up. */
    public static final MetricId FOLLOWED = MetricId.of("followed");
    /** 成交线索数, leads converted. */
    public static final MetricId CONVERTED = MetricId.of("converted");
    /** 线索转化率, conversion: converted over followed. */
    public static final MetricId CONVERSION = MetricId.of("conversion");
    /** 社交媒体话题阅读量, topic reads. */
    public static final MetricId READS = MetricId.of("reads");
    /** 有效线索量, valid leads. */
    public static final MetricId VALID_LEADS = MetricId.of("valid-leads");
    /** ROI, in percent. */
    public static final MetricId ROI = MetricId.of("roi");
    /** 活动满意度, satisfaction from a survey of 100. */
    public static final MetricId SATISFACTION = MetricId.of("satisfaction");

    private Seed004Kpi() {
    }

    /** The phases of the window. */
    public static List<Phase> phases() {
        return List.of(Phase.of(PhaseKind.WARM_UP, WARM_UP),
                Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 8, 6), LocalDate.of(2024, 8, 10))));
    }

    /** The departments taking part. */
    public static List<Department> departments() {
        return List.of(Department.of("市场部"), Department.of("销售部"), Department.of("行政部"));
    }

    /** The profile. */
    public static CampaignProfile profile() {
        return CampaignProfile.builder()
                .name("开学季校园营销活动")
                .theme("开学季·青春焕新计划")
                .slogan("你的大学装备，我们承包")
                .kind(CampaignKind.HYBRID)
                .scale(CampaignScale.MEDIUM)
                .window(WINDOW)
                .phases(phases())
                .audience(TargetAudience.of("高校新生及在校学生"))
                .departments(departments())
                .overallLead(ZHANG)
                .addMechanics("扫码领福利", "直播抽奖")
                .build();
    }

    /** The metric catalogue: the dashboard's metrics and the evaluation's. */
    public static List<Metric> metrics() {
        return List.of(
                Metric.of("exposure", "曝光量", MetricUnit.count()),
                Metric.of("leads", "线索留资量", MetricUnit.count()),
                Metric.of("shares", "转发量", MetricUnit.count()),
                Metric.of("followed", "跟进线索数", MetricUnit.count()),
                Metric.of("converted", "成交线索数", MetricUnit.count()),
                Metric.rate("conversion", "线索转化率", CONVERTED, FOLLOWED),
                Metric.of("reads", "社交媒体话题阅读量", MetricUnit.count()),
                Metric.of("valid-leads", "有效线索量", MetricUnit.count()),
                Metric.of("roi", "ROI", MetricUnit.percent()),
                Metric.of("satisfaction", "活动满意度（抽样100人）", MetricUnit.score()));
    }

    /** The goals of the evaluation table, SMART, unsigned, without results. */
    public static GoalSheet goals() {
        ObjectiveId o = ObjectiveId.of("O1");
        return GoalSheet.builder()
                .addObjectives(new Objective(o, "高校新生用户渗透率提升15%，带动产品销量增长20%"))
                .metrics(metrics())
                .addGoals(
                        goal("G1", o, Dimension.of(DimensionKind.BRAND_EXPOSURE), "提升目标用户对产品核心功能的认知",
                                READS, 5_000_000, "第三方数据平台、后台数据", ZHANG, 14, Priority.MEDIUM),
                        goal("G2", o, Dimension.of(DimensionKind.LEADS), "获取潜在客户联系方式", VALID_LEADS, 1200,
                                "表单系统、CRM系统", ZHAO, 12, Priority.HIGH),
                        goal("G3", o, Dimension.of(DimensionKind.SALES_CONVERSION), "促进线索转化为实际购买", CONVERSION,
                                15, "订单系统、CRM系统", LI, 16, Priority.HIGH),
                        goal("G4", o, Dimension.custom("整体效果"), "投入产出比达到300%", ROI, 300, "财务核算", LIU, 16,
                                Priority.HIGH),
                        goal("G5", o, Dimension.of(DimensionKind.SATISFACTION), "参与学生对活动满意", SATISFACTION, 85,
                                "问卷调研", WANG, 14, Priority.LOW))
                .build();
    }

    private static Goal goal(String id, ObjectiveId objective, Dimension dimension, String description, MetricId metric,
                             long atLeast, String source, MemberId owner, int augustDay, Priority priority) {
        return Goal.builder().id(GoalId.of(id)).objective(objective).dimension(dimension).description(description)
                .metric(metric).target(Target.atLeast(BigDecimal.valueOf(atLeast))).dataSource(source).owner(owner)
                .deadline(LocalDate.of(2024, 8, augustDay)).priority(priority).notes("").build();
    }

    /** The evaluation's actuals and analyses: 620万, 1530, 16.2%, 549%, 92分. */
    public static GoalSheet withResults(GoalSheet sheet) {
        return sheet
                .withResult(GoalResult.of(GoalId.of("G1"), BigDecimal.valueOf(6_200_000), "抖音投放精准，学生群体转发积极"))
                .withResult(GoalResult.of(GoalId.of("G2"), BigDecimal.valueOf(1530), "线下快闪店扫码领福利吸引力强"))
                .withResult(GoalResult.of(GoalId.of("G3"), new BigDecimal("16.2"), "直播间“限时优惠券”促进下单"))
                .withResult(GoalResult.of(GoalId.of("G4"), BigDecimal.valueOf(549), "增量销售额超预期，成本控制良好"))
                .withResult(GoalResult.of(GoalId.of("G5"), BigDecimal.valueOf(92), "礼品实用、互动环节设计有趣"));
    }

    /** The dashboard's lines, cadences and observations (07-31…08-04), default alert policy. */
    public static KpiTracking kpi() {
        List<Observation> observations = new ArrayList<>();
        daily(observations, EXPOSURE, DOUYIN, "抖音后台", 600_000, 650_000, 700_000, 750_000, 800_000);
        daily(observations, LEADS, DOUYIN, "抖音后台", 150, 180, 200, 200, 120);
        daily(observations, SHARES, COMMUNITY, "社群管理后台", 200, 400, 450, 400, 350);
        daily(observations, LEADS, POP_UP, "现场登记表", 30, 40, 60, 85, 65);
        daily(observations, FOLLOWED, DOUYIN, "CRM系统", 100, 120, 150, 160, 70);
        daily(observations, CONVERTED, DOUYIN, "订单系统", 14, 15, 19, 24, 8);
        daily(observations, FOLLOWED, POP_UP, "CRM系统", 20, 20, 30, 100, 30);
        daily(observations, CONVERTED, POP_UP, "订单系统", 2, 3, 4, 8, 3);
        KpiTracking kpi = KpiTracking.builder()
                .addTargets(KpiTarget.of(EXPOSURE, DOUYIN, Target.atLeast(BigDecimal.valueOf(5_000_000)), ZHANG),
                        KpiTarget.of(LEADS, DOUYIN, Target.atLeast(BigDecimal.valueOf(2000)), ZHAO),
                        KpiTarget.of(SHARES, COMMUNITY, Target.atLeast(BigDecimal.valueOf(3000)), LI).during(WARM_UP),
                        KpiTarget.of(LEADS, POP_UP, Target.atLeast(BigDecimal.valueOf(500)), WANG),
                        KpiTarget.overall(CONVERSION, Target.atLeast(BigDecimal.valueOf(15)), LIU))
                .alerting(io.github.campaignkit.core.kpi.AlertPolicy.defaults())
                .build();
        for (MetricId m : List.of(EXPOSURE, LEADS, SHARES, FOLLOWED, CONVERTED)) {
            kpi = kpi.withCadence(MetricCadence.of(m, Cadence.daily()));
        }
        return kpi.recordAll(observations, metrics()).get();
    }

    private static void daily(List<Observation> into, MetricId metric, Channel channel, String source, long... values) {
        for (int i = 0; i < values.length; i++) {
            into.add(Observation.of(metric, channel, WINDOW.start().plusDays(i), BigDecimal.valueOf(values[i]), source));
        }
    }

    /** The campaign in planning with its goals signed by every department and its KPI tracking. */
    public static Campaign campaign() {
        GoalSheet signed = goals();
        for (Department d : departments()) {
            signed = signed.sign(d, MemberId.of("head-" + d.name()), java.time.Instant.parse("2024-07-20T02:00:00Z"));
        }
        return Campaign.builder().from(Campaign.plan(CampaignId.of("2024-back-to-school"), profile())).goals(signed).kpi(kpi()).build();
    }
}
