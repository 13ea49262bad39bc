package io.github.campaignkit.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.campaignkit.core.goal.Dimension;
import io.github.campaignkit.core.goal.DimensionKind;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Priority;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's channel plan (线上、线下、付费渠道) against its goals: reach 1,000,000 target users,
 * brand voice +30%, co-branded product sales +20%. Dates are plausible choices (the seed has none).
 */
class OutreachRulesTest {

    static final MemberId SPECIALIST = MemberId.of("zhuanyuan");
    static final DateRange WINDOW = DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30));
    static final List<Phase> PHASES = List.of(
            Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30))),
            Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31))),
            Phase.of(PhaseKind.CONTINUATION, DateRange.of(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30))));

    static GoalSheet goals() {
        return GoalSheet.builder()
                .addMetrics(Metric.of("reach", "触达目标用户数", MetricUnit.count()),
                        Metric.of("voice", "品牌声量", MetricUnit.count()),
                        Metric.of("sales", "合作产品销量", MetricUnit.count()))
                .addGoals(goal("G1", "触达100万目标用户", "reach"), goal("G2", "双方品牌声量提升30%", "voice"),
                        goal("G3", "合作产品销量增长20%", "sales"))
                .build();
    }

    private static Goal goal(String id, String description, String metric) {
        return Goal.builder().id(GoalId.of(id)).dimension(Dimension.of(DimensionKind.BRAND_EXPOSURE))
                .description(description).metric(MetricId.of(metric)).dataSource("第三方监测平台")
                .priority(Priority.MEDIUM).notes("").build();
    }

    static ChannelRow row(String channel, ChannelKind kind, String form, PhaseKind phase, DateRange timing,
                          String... metrics) {
        ChannelRowBuilder builder = ChannelRow.builder().channel(Channel.of(channel)).kind(kind).contentForm(form)
                .phase(phase).timing(timing).owner(SPECIALIST);
        for (String m : metrics) {
            builder.addMetrics(MetricId.of(m));
        }
        return builder.build();
    }

    static DateRange days(int month, int from, int to) {
        return DateRange.of(LocalDate.of(2024, month, from), LocalDate.of(2024, month, to));
    }

    static OutreachPlan plan() {
        return OutreachPlan.builder()
                .addMatrix(row("微博", ChannelKind.ONLINE, "双方账号同步宣传", PhaseKind.WARM_UP, days(9, 1, 30), "voice"),
                        row("抖音", ChannelKind.ONLINE, "联合直播", PhaseKind.BURST, days(10, 1, 7), "reach", "sales"),
                        row("合作方门店", ChannelKind.OFFLINE, "联动体验", PhaseKind.BURST, days(10, 8, 31), "sales"),
                        row("信息流", ChannelKind.PAID, "精准广告投放", PhaseKind.CONTINUATION, days(11, 1, 15), "reach"))
                .addCreative(CreativeItem.builder().module(CreativeModule.THEME).designPoint("突出双方品牌价值")
                        .content("跨界新体验·共创新价值").owner(SPECIALIST).due(LocalDate.of(2024, 8, 10)).build())
                .build();
    }

    @Test
    void theSeedsMatrixServesEveryGoalInsideItsPhases() {
        assertThat(OutreachRules.matrix(goals(), WINDOW, PHASES).check(plan())).isEmpty();
        assertThat(OutreachRules.servesEveryGoal(plan(), goals())).isTrue();
        assertThat(plan().serving(MetricId.of("sales"))).extracting(r -> r.channel().name())
                .containsExactly("抖音", "合作方门店");
        assertThat(plan().channels()).extracting(Channel::name).containsExactly("微博", "抖音", "合作方门店", "信息流");
    }

    @Test
    void aGoalNoChannelServesAndAChannelWithoutKpiAreReportedWithPaths() {
        OutreachPlan gaps = OutreachPlan.builder()
                .addMatrix(row("微博", ChannelKind.ONLINE, "双方账号同步宣传", PhaseKind.WARM_UP, days(9, 1, 30), "voice"),
                        row("抖音", ChannelKind.ONLINE, " ", PhaseKind.BURST, days(9, 25, 30)),
                        row("社群", ChannelKind.ONLINE, "社群裂变", PhaseKind.BURST, days(10, 1, 7), "shares"))
                .build();

        Seq<Violation> found = OutreachRules.matrix(goals(), WINDOW, PHASES).check(gaps);

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                tuple("outreach.goal.unserved", "matrix"),
                tuple("outreach.goal.unserved", "matrix"),
                tuple("outreach.channel.no-kpi", "matrix[1].metrics"),
                tuple("outreach.channel.content-blank", "matrix[1].contentForm"),
                tuple("outreach.channel.outside-phase", "matrix[1].timing"),
                tuple("outreach.channel.unknown-metric", "matrix[2].metrics[0]"));
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("目标 G1（指标 reach）没有任何渠道支撑。");
        assertThat(found.get(4).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("渠道“抖音”投放时间 2024-09-25…2024-09-30 超出所属阶段爆发期（2024-10-01…2024-10-31）。");
        assertThat(found.get(2).message(Locale.ENGLISH)).isEqualTo("The channel 抖音 serves no KPI.");
    }

    @Test
    void aRowOfAnUnplannedPhaseMustRunInsideTheWindowAndARowNeedsATiming() {
        OutreachPlan plan = OutreachPlan.builder()
                .addMatrix(row("抖音", ChannelKind.ONLINE, "联合直播", PhaseKind.CONTINUATION, days(12, 1, 3), "reach"),
                        ChannelRow.builder().from(row("微博", ChannelKind.ONLINE, "预告", PhaseKind.WARM_UP,
                                days(9, 1, 2), "voice", "sales")).timing(Optional.empty()).build())
                .build();

        Seq<Violation> found = OutreachRules.matrix(goals(), WINDOW, PHASES.subList(0, 2)).check(plan);

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                tuple("outreach.channel.outside-window", "matrix[0].timing"),
                tuple("outreach.channel.timing-missing", "matrix[1].timing"));
        assertThat(OutreachRules.planned().check(OutreachPlan.empty())).extracting(Violation::code)
                .containsExactly("outreach.matrix.empty");
    }

    @Test
    void creativeWorkIsDueDuringPreparation() {
        OutreachPlan plan = OutreachPlan.builder()
                .addCreative(item(CreativeModule.THEME, LocalDate.of(2024, 8, 10)),
                        item(CreativeModule.FORMAT, LocalDate.of(2024, 9, 1)),
                        item(CreativeModule.CHANNELS, LocalDate.of(2024, 7, 1)),
                        CreativeItem.builder().from(item(CreativeModule.CONTENT, LocalDate.of(2024, 8, 1)))
                                .due(Optional.empty()).content("").build())
                .build();

        Seq<Violation> found = OutreachRules.creative(Optional.of(LocalDate.of(2024, 7, 15)), WINDOW.start())
                .check(plan);

        assertThat(found).extracting(Violation::code, Violation::path).containsExactly(
                tuple("outreach.creative.due-late", "creative[1].due"),
                tuple("outreach.creative.due-early", "creative[2].due"),
                tuple("outreach.creative.blank", "creative[3].content"),
                tuple("outreach.creative.due-missing", "creative[3].due"));
        assertThat(found.head().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("创意模块“活动形式”的一项完成时间为 2024-09-01，但活动于 2024-09-01 开始：创意须在筹备期内完成。");
        assertThat(OutreachRules.creative(Optional.empty(), WINDOW.start()).check(plan())).extracting(Violation::code)
                .containsExactly("outreach.creative.module-missing", "outreach.creative.module-missing",
                        "outreach.creative.module-missing");
    }

    @Test
    void theTemplateDropsTimingsAndDueDatesOnly() {
        OutreachPlan template = plan().template();

        assertThat(template.matrix()).allSatisfy(r -> assertThat(r.timing()).isEmpty());
        assertThat(template.creative()).allSatisfy(i -> assertThat(i.due()).isEmpty());
        assertThat(template.matrix()).extracting(ChannelRow::channel, ChannelRow::metrics)
                .isEqualTo(plan().matrix().stream().map(r -> tuple(r.channel(), r.metrics())).toList());
        assertThat(OutreachRules.matrix(goals(), WINDOW, PHASES).check(template)).extracting(Violation::code)
                .containsOnly("outreach.channel.timing-missing");
    }

    private static CreativeItem item(CreativeModule module, LocalDate due) {
        return CreativeItem.builder().module(module).designPoint("设计要点").content("具体内容").alternative("备选方案")
                .owner(SPECIALIST).due(due).build();
    }
}
