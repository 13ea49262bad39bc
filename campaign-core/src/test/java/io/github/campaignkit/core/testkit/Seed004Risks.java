package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.risk.Comparison;
import io.github.campaignkit.core.risk.Figure;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.MapTriggerFacts;
import io.github.campaignkit.core.risk.Measure;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.Reading;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskCategory;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerFacts;
import io.github.campaignkit.core.risk.TriggerPeriod;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.MemberId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Seed 004 (开学季·青春焕新计划) as the risk tests use it: the 风险预案表's four risks with their
 * ratings, measures, owners and trigger conditions, and data planted so that each fires.
 *
 * <p>Phases follow the seed's Gantt chart: 活动预热启动 07-31→08-05 is the warm-up, 线下快闪执行
 * 08-06→08-10 the burst. Owners: 王* wang, 周* zhou, 张* zhang, 刘* liu.
 */
public final class Seed004Risks {

    /** The zone every time of the seed is in. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 王*, owner of the rain risk. */
    public static final MemberId WANG = MemberId.of("wang");
    /** 周*, owner of the materials risk. */
    public static final MemberId ZHOU = MemberId.of("zhou");
    /** 张*, overall lead, owner of the traffic risk. */
    public static final MemberId ZHANG = MemberId.of("zhang");
    /** 刘*, owner of the equipment risk. */
    public static final MemberId LIU = MemberId.of("liu");

    /** R1, 线下遇雨: rain on the pop-up days. */
    public static final RiskId RAIN = RiskId.of("R1");
    /** R2, 物料延迟到货: the pop-up materials arrive late. */
    public static final RiskId MATERIALS = RiskId.of("R2");
    /** R3, 线上流量不足: too little online traffic. */
    public static final RiskId TRAFFIC = RiskId.of("R3");
    /** R4, 现场设备故障: equipment faults on site. */
    public static final RiskId EQUIPMENT = RiskId.of("R4");

    /** The exposure metric the traffic trigger reads. */
    public static final MetricId EXPOSURE = MetricId.of("曝光量");
    /** The material the materials trigger watches. */
    public static final String POP_UP_MATERIALS = "快闪店物料";
    /** The forecast probability of rain, in percent. */
    public static final Indicator RAIN_PROBABILITY = Indicator.of("降雨概率");
    /** Faults found in the equipment test. */
    public static final Indicator EQUIPMENT_FAULTS = Indicator.of("设备测试异常项");

    /** The phases of the window: warm-up and burst. */
    public static final List<Phase> PHASES = List.of(
            Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 5))),
            Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 8, 6), LocalDate.of(2024, 8, 10))));

    private Seed004Risks() {
    }

    /** 线下遇雨 — 中 / 高 — 王* — 气象预报显示降雨概率≥60%. */
    public static Risk rain() {
        return Risk.builder().id(RAIN).scenario("线下遇雨").category(RiskCategory.WEATHER)
                .likelihood(Rating.MEDIUM).impact(Rating.HIGH)
                .addMeasures(Measure.of("1天前联系学校确认备用室内场地", WANG), Measure.of("准备雨棚、防滑垫", WANG))
                .owner(WANG)
                .trigger(Trigger.reading(RAIN_PROBABILITY, TriggerPeriod.during(PhaseKind.BURST), Comparison.AT_LEAST,
                        new BigDecimal("60")))
                .build();
    }

    /** 物料延迟到货 — 低 / 高 — 周* — 物料未在8月1日前到位. */
    public static Risk materials() {
        return Risk.builder().id(MATERIALS).scenario("物料延迟到货").category(RiskCategory.SUPPLY)
                .likelihood(Rating.LOW).impact(Rating.HIGH)
                .addMeasures(Measure.of("启动备用供应商（同城印刷厂）", ZHOU), Measure.of("调整活动顺序（先线上后线下）", ZHOU))
                .owner(ZHOU)
                .trigger(Trigger.materialNotDeliveredBy(POP_UP_MATERIALS, LocalDate.of(2024, 8, 1)))
                .build();
    }

    /** 线上流量不足 — 中 / 中 — 张* — 预热期首日曝光量&lt;50万. */
    public static Risk traffic() {
        return Risk.builder().id(TRAFFIC).scenario("线上流量不足").category(RiskCategory.TRAFFIC)
                .likelihood(Rating.MEDIUM).impact(Rating.MEDIUM)
                .addMeasures(Measure.of("增加社群转发任务（每人邀请5人）", ZHANG),
                        Measure.of("追加5000元抖音投放预算", ZHANG).drawingOn("应急备用金"))
                .owner(ZHANG)
                .trigger(Trigger.metric(EXPOSURE, Figure.DAILY, TriggerPeriod.firstDayOf(PhaseKind.WARM_UP), Comparison.BELOW,
                        new BigDecimal("500000")))
                .build();
    }

    /** 现场设备故障 — 低 / 高 — 刘* — 活动开始前1小时设备测试异常. */
    public static Risk equipment() {
        return Risk.builder().id(EQUIPMENT).scenario("现场设备故障").category(RiskCategory.EQUIPMENT)
                .likelihood(Rating.LOW).impact(Rating.HIGH)
                .addMeasures(Measure.of("准备备用笔记本电脑、音响设备", LIU), Measure.of("联系技术支持人员30分钟内到场", LIU))
                .owner(LIU)
                .trigger(Trigger.reading(EQUIPMENT_FAULTS, TriggerPeriod.firstDayOf(PhaseKind.BURST), Comparison.AT_LEAST,
                        BigDecimal.ONE))
                .build();
    }

    /** The 风险预案表 on the default 3 × 3 matrix, no readings yet. */
    public static RiskRegister register() {
        return RiskRegister.builder().matrix(RiskMatrix.threeByThree())
                .addEntries(rain(), materials(), traffic(), equipment()).build();
    }

    /** The register with the readings planted: rain forecasts for 08-07 and the equipment test of 08-06. */
    public static RiskRegister registerWithReadings() {
        return register()
                .plusReading(reading(RAIN_PROBABILITY, 8, 7, "30", at(8, 2, 10, 0), "中央气象台 08-02 预报"))
                .plusReading(reading(RAIN_PROBABILITY, 8, 7, "70", at(8, 4, 10, 0), "中央气象台 08-04 预报"))
                .plusReading(reading(EQUIPMENT_FAULTS, 8, 6, "2", at(8, 6, 8, 0), "现场设备测试记录 08-06 08:00"));
    }

    /** Facts planted: exposure on the first warm-up day below 500,000; the pop-up materials late. */
    public static TriggerFacts plantedFacts() {
        return MapTriggerFacts.builder()
                .metric(EXPOSURE, Figure.DAILY, LocalDate.of(2024, 7, 31), new BigDecimal("320000"), "数据监控看板 2024-07-31")
                .metric(EXPOSURE, Figure.DAILY, LocalDate.of(2024, 8, 1), new BigDecimal("800000"), "数据监控看板 2024-08-01")
                .materialDelivered(POP_UP_MATERIALS, LocalDate.of(2024, 8, 3), "物料清单 2024-08-03 到货登记")
                .build();
    }

    /** Facts as the seed reports them: the materials all arrived on 08-01 (进度日报 2024.8.01). */
    public static TriggerFacts seedFacts() {
        return MapTriggerFacts.builder()
                .metric(EXPOSURE, Figure.DAILY, LocalDate.of(2024, 7, 31), new BigDecimal("800000"), "数据监控看板")
                .materialDelivered(POP_UP_MATERIALS, LocalDate.of(2024, 8, 1), "进度日报 2024.8.01")
                .build();
    }

    /**
     * A reading of an indicator about a day of 2024.
     *
     * @param indicator the indicator
     * @param month     the month of the day read about
     * @param day       the day
     * @param value     the value, as a decimal text
     * @param at        when it was recorded
     * @param source    where it comes from
     * @return the reading
     */
    public static Reading reading(Indicator indicator, int month, int day, String value, java.time.Instant at,
                                  String source) {
        return Reading.builder().indicator(indicator).about(LocalDate.of(2024, month, day)).value(new BigDecimal(value))
                .recordedAt(at).source(source).build();
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
    public static java.time.Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2024, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    /**
     * A clock fixed at a time of 2024 in Shanghai.
     *
     * @param month  the month
     * @param day    the day
     * @param hour   the hour
     * @param minute the minute
     * @return the clock
     */
    public static Clock clock(int month, int day, int hour, int minute) {
        return Clock.fixed(at(month, day, hour, minute), SHANGHAI);
    }
}
