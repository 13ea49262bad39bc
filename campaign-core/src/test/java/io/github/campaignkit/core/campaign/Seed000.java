package io.github.campaignkit.core.campaign;

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
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.Instant;
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

    /** The seed campaign in planning, with its goals signed by every department. */
    static Campaign campaign() {
        return Campaign.plan(ID, profile()).withGoals(signedGoals());
    }
}
