package io.github.campaignkit.examples;

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
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.report.RiskAlertRenderer;
import io.github.campaignkit.core.report.RiskHeatMapRenderer;
import io.github.campaignkit.core.risk.Comparison;
import io.github.campaignkit.core.risk.Figure;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.MapTriggerFacts;
import io.github.campaignkit.core.risk.Measure;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.Reading;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskAlert;
import io.github.campaignkit.core.risk.RiskCategory;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerEvaluation;
import io.github.campaignkit.core.risk.TriggerFacts;
import io.github.campaignkit.core.risk.TriggerPeriod;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.json.CampaignJson;
import io.vavr.control.Either;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Seed 004: the campus campaign 开学季·青春焕新计划 and its 风险预案表 — rain at the pop-up, late
 * materials, too little online traffic, equipment failure — with trigger conditions that are data.
 *
 * <p>The plan is refused while the high risk (rain) has no trigger; once complete the campaign
 * runs, and a monitoring job evaluates the register every morning against the KPI dashboard, the
 * material list and the readings recorded (weather forecasts, the equipment test). The figures
 * are planted so that each of the four risks fires; each firing is recorded through the
 * lifecycle and alerts its owner with the measures. Review cannot be left until every triggered
 * risk is resolved.
 */
public final class CampusRiskPlan {

    /** 张*, the overall lead, who also owns the traffic risk. */
    public static final MemberId LEAD = Seed004People.ZHANG;
    /** 王*, owner of the rain risk. */
    public static final MemberId WANG = Seed004People.WANG;
    /** 周*, owner of the materials risk. */
    public static final MemberId ZHOU = Seed004People.ZHOU;
    /** 刘*, owner of the equipment risk. */
    public static final MemberId LIU = Seed004People.LIU;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final MetricId EXPOSURE = MetricId.of("曝光量");
    private static final String POP_UP_MATERIALS = "快闪店物料";
    private static final Indicator RAIN_PROBABILITY = Indicator.of("降雨概率");
    private static final Indicator EQUIPMENT_FAULTS = Indicator.of("设备测试异常项");

    private final Lang lang;
    private final PrintStream out;

    /**
     * An example that prints to the given stream.
     *
     * @param lang the language to print in
     * @param out  where to print
     */
    public CampusRiskPlan(Lang lang, PrintStream out) {
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
        new CampusRiskPlan(Lang.fromArgs(args), new PrintStream(System.out, true, StandardCharsets.UTF_8))
                .run(Path.of("target", "campaign-reports"));
    }

    /**
     * The campaign's phases, from the seed's Gantt chart: 活动预热启动 07-31→08-05, 线下快闪执行
     * 08-06→08-10.
     *
     * @return the phases
     */
    public static List<Phase> phases() {
        return Seed004People.livePhases();
    }

    /**
     * The 风险预案表 of seed 004 on the default 3 × 3 matrix.
     *
     * @return the register
     */
    public static RiskRegister riskPlan() {
        Risk rain = Risk.builder().id(RiskId.of("R1")).scenario("线下遇雨").category(RiskCategory.WEATHER)
                .likelihood(Rating.MEDIUM).impact(Rating.HIGH)
                .addMeasures(Measure.of("1天前联系学校确认备用室内场地", WANG), Measure.of("准备雨棚、防滑垫", WANG))
                .owner(WANG)
                .trigger(Trigger.reading(RAIN_PROBABILITY, TriggerPeriod.during(PhaseKind.BURST), Comparison.AT_LEAST,
                        new BigDecimal("60")))
                .build();
        Risk materials = Risk.builder().id(RiskId.of("R2")).scenario("物料延迟到货").category(RiskCategory.SUPPLY)
                .likelihood(Rating.LOW).impact(Rating.HIGH)
                .addMeasures(Measure.of("启动备用供应商（同城印刷厂）", ZHOU), Measure.of("调整活动顺序（先线上后线下）", ZHOU))
                .owner(ZHOU)
                .trigger(Trigger.materialNotDeliveredBy(POP_UP_MATERIALS, LocalDate.of(2024, 8, 1)))
                .build();
        Risk traffic = Risk.builder().id(RiskId.of("R3")).scenario("线上流量不足").category(RiskCategory.TRAFFIC)
                .likelihood(Rating.MEDIUM).impact(Rating.MEDIUM)
                .addMeasures(Measure.of("增加社群转发任务（每人邀请5人）", LEAD),
                        Measure.of("追加5000元抖音投放预算", LEAD).drawingOn("应急备用金"))
                .owner(LEAD)
                .trigger(Trigger.metric(EXPOSURE, Figure.DAILY, TriggerPeriod.firstDayOf(PhaseKind.WARM_UP), Comparison.BELOW,
                        new BigDecimal("500000")))
                .build();
        Risk equipment = Risk.builder().id(RiskId.of("R4")).scenario("现场设备故障").category(RiskCategory.EQUIPMENT)
                .likelihood(Rating.LOW).impact(Rating.HIGH)
                .addMeasures(Measure.of("准备备用笔记本电脑、音响设备", LIU), Measure.of("联系技术支持人员30分钟内到场", LIU))
                .owner(LIU)
                .trigger(Trigger.reading(EQUIPMENT_FAULTS, TriggerPeriod.firstDayOf(PhaseKind.BURST), Comparison.AT_LEAST,
                        BigDecimal.ONE))
                .build();
        return RiskRegister.builder().matrix(RiskMatrix.threeByThree())
                .addEntries(rain, materials, traffic, equipment).build();
    }

    /**
     * What the KPI dashboard and the material list say, planted so that the traffic and materials
     * risks fire: 320,000 exposures on the first warm-up day, the pop-up materials in on 08-03.
     * Once the campaign records KPI observations and deliveries itself, the campaign gives these
     * facts; {@link MapTriggerFacts} stands in for it here.
     *
     * @return the facts
     */
    public static TriggerFacts plantedFacts() {
        return MapTriggerFacts.builder()
                .metric(EXPOSURE, Figure.DAILY, LocalDate.of(2024, 7, 31), new BigDecimal("320000"), "数据监控看板 2024-07-31")
                .metric(EXPOSURE, Figure.DAILY, LocalDate.of(2024, 8, 1), new BigDecimal("800000"), "数据监控看板 2024-08-01")
                .materialDelivered(POP_UP_MATERIALS, LocalDate.of(2024, 8, 3), "物料清单 2024-08-03 到货登记")
                .build();
    }

    /**
     * Runs the example and writes the campaign document under {@code reports}.
     *
     * @param reports the folder for the campaign document
     * @return the archived campaign
     * @throws IOException if the document cannot be written
     */
    public Campaign run(Path reports) throws IOException {
        // This example is about the risk plan: the profile and risk gates only (the budget, team and
        // board gates of the standard lifecycle are shown in Promotion618 and CampusTracking).
        Lifecycle lifecycle = Lifecycle.withoutGates()
                .withGate(Stage.PLANNING, Gates.profileComplete())
                .withGate(Stage.PREPARATION, Gates.risksPrepared())
                .withGate(Stage.REVIEW, Gates.risksResolved());
        out.println(lang.pick("== 种子 004：开学季·青春焕新计划 — 风险预案表 ==",
                "== Seed 004: the campus back-to-school campaign — risk plan =="));
        RiskRegister plan = riskPlan();
        RiskRegister draft = plan.with(plan.entries().get(0).toBuilder().trigger(Optional.empty()).build());
        Campaign campaign = Campaign.plan(CampaignId.of("2024-开学季"), profile());
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, RiskChange.ReviseRisks.of(draft)), at(7, 14, 9, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(7, 15, 9, 0));

        out.println(lang.pick("\n风险预案表初稿中，高风险“线下遇雨”尚无启动条件：",
                "\nIn the first draft the high risk (rain) has no trigger yet:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(7, 29, 9, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, RiskChange.ReviseRisks.of(plan)), at(7, 29, 10, 0));
        out.println();
        out.println(RiskHeatMapRenderer.renderRegister(campaign.risks(), lang.locale()));
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, Transition.Advance.withNote("启动会已召开")),
                at(7, 30, 18, 0));

        out.println(lang.pick("\n每天早上的风险监控（数据为演示植入）：",
                "\nThe risk monitor runs every morning (figures planted for the demonstration):"));
        TriggerFacts facts = plantedFacts();
        campaign = monitor(lifecycle, campaign, facts, at(8, 1, 9, 0));
        campaign = monitor(lifecycle, campaign, facts, at(8, 2, 9, 0));
        campaign = record(lifecycle, campaign, reading(RAIN_PROBABILITY, 8, 7, "30", instant(8, 2, 10, 0),
                "中央气象台 08-02 预报"));
        campaign = monitor(lifecycle, campaign, facts, at(8, 3, 9, 0));
        campaign = record(lifecycle, campaign, reading(RAIN_PROBABILITY, 8, 7, "70", instant(8, 4, 10, 0),
                "中央气象台 08-04 预报"));
        campaign = monitor(lifecycle, campaign, facts, at(8, 4, 11, 0));
        campaign = record(lifecycle, campaign, reading(EQUIPMENT_FAULTS, 8, 6, "2", instant(8, 6, 8, 0),
                "现场设备测试记录 08-06 08:00"));
        campaign = monitor(lifecycle, campaign, facts, at(8, 6, 8, 30));

        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(8, 11, 9, 0));
        out.println(lang.pick("\n复盘结束时仍有风险未处理完毕：", "\nAt the end of the review some risks are still open:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(8, 14, 9, 0));
        for (RiskAlert alert : campaign.risks().openAlerts()) {
            campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, RiskChange.ChangeRiskStatus.of(alert.risk(),
                    RiskStatus.MITIGATED, "已按预案处理，影响已消除")), at(8, 14, 10, 0));
        }
        campaign = attempt(lifecycle, campaign, CampaignCommand.by(LEAD, Transition.Advance.withNote("复盘报告已归档")),
                at(8, 14, 17, 0));

        Files.createDirectories(reports);
        Path document = reports.resolve("seed-004-risks.json");
        Files.writeString(document, CampaignJson.standard().withIndentation(true).write(campaign), StandardCharsets.UTF_8);
        out.println(lang.pick("\n活动文档已写入 ", "\nCampaign document written to ") + document);
        return campaign;
    }

    private Campaign monitor(Lifecycle lifecycle, Campaign campaign, TriggerFacts facts, Clock morning) {
        TriggerEvaluation evaluation = campaign.risks().evaluate(campaign.profile().phases(), facts, morning);
        String when = WHEN.format(ZonedDateTime.ofInstant(morning.instant(), SHANGHAI));
        evaluation.violations().forEach(v -> out.println("  " + v.message(lang.locale())));
        if (evaluation.firings().isEmpty()) {
            out.println("  " + when + lang.pick("  无风险触发", "  nothing fires"));
            return campaign;
        }
        out.println("  " + when + lang.pick("  触发：", "  fires: ") + String.join(", ",
                evaluation.fired().stream().map(RiskId::value).toArray(String[]::new)));
        Either<Refusal, Campaign> result = lifecycle.apply(campaign,
                CampaignCommand.by(LEAD, RiskChange.FireRisks.of(evaluation)).basedOn(campaign.revision()), morning);
        if (result.isLeft()) {
            out.println("    " + result.getLeft().message(lang.locale()));
            return campaign;
        }
        Campaign next = result.get();
        for (RiskAlert alert : next.risks().openAlerts()) {
            if (evaluation.fired().contains(alert.risk())) {
                out.println();
                out.println(RiskAlertRenderer.render(alert, lang.locale(), SHANGHAI).indent(4).stripTrailing());
            }
        }
        return next;
    }

    private Campaign record(Lifecycle lifecycle, Campaign campaign, Reading reading) {
        out.println("  " + WHEN.format(ZonedDateTime.ofInstant(reading.recordedAt(), SHANGHAI))
                + lang.pick("  记录读数：", "  reading recorded: ") + reading.indicator() + lang.pick("（", " (")
                + reading.about() + lang.pick("）= ", ") = ") + reading.value().toPlainString()
                + lang.pick("，来源：", ", source: ") + reading.source());
        return lifecycle.apply(campaign, CampaignCommand.by(LEAD, RiskChange.ReviseRisks.of(campaign.risks().plusReading(reading)))
                .basedOn(campaign.revision()), Clock.fixed(reading.recordedAt(), SHANGHAI)).get();
    }

    private Campaign attempt(Lifecycle lifecycle, Campaign campaign, CampaignCommand command, Clock clock) {
        return new CommandLog(lang, out).attempt(lifecycle, campaign, command, clock);
    }

    private static CampaignProfile profile() {
        return CampaignProfile.builder()
                .name("开学季校园营销活动")
                .theme("开学季·青春焕新计划")
                .slogan("你的大学装备，我们承包")
                .kind(CampaignKind.HYBRID)
                .scale(CampaignScale.MEDIUM)
                .window(DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 10)))
                .phases(phases())
                .audience(TargetAudience.of("目标高校新生"))
                .addDepartments(Department.of("市场部"), Department.of("销售部"))
                .overallLead(LEAD)
                .addMechanics("快闪店", "直播抽奖", "社群裂变")
                .build();
    }

    private static Reading reading(Indicator indicator, int month, int day, String value, Instant recordedAt,
                                   String source) {
        return Reading.builder().indicator(indicator).about(LocalDate.of(2024, month, day)).value(new BigDecimal(value))
                .recordedAt(recordedAt).source(source).build();
    }

    private static Instant instant(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2024, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    private static Clock at(int month, int day, int hour, int minute) {
        return Clock.fixed(instant(month, day, hour, minute), SHANGHAI);
    }
}
