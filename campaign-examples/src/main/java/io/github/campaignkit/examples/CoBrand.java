package io.github.campaignkit.examples;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.Quantity;
import io.github.campaignkit.core.budget.Reviewer;
import io.github.campaignkit.core.budget.ReviewerRole;
import io.github.campaignkit.core.budget.Settlement;
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.budget.Verdict;
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
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Priority;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.outreach.ChannelKind;
import io.github.campaignkit.core.outreach.ChannelRow;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.outreach.CreativeModule;
import io.github.campaignkit.core.outreach.OutreachChange;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.partner.Candidate;
import io.github.campaignkit.core.partner.Contact;
import io.github.campaignkit.core.partner.Criterion;
import io.github.campaignkit.core.partner.CriterionKind;
import io.github.campaignkit.core.partner.Duty;
import io.github.campaignkit.core.partner.Partner;
import io.github.campaignkit.core.partner.PartnerChange;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.partner.PartnerRole;
import io.github.campaignkit.core.partner.Ranking;
import io.github.campaignkit.core.partner.Score;
import io.github.campaignkit.core.partner.Scorecard;
import io.github.campaignkit.core.report.ChannelMatrixRenderer;
import io.github.campaignkit.core.report.PartnerRankingRenderer;
import io.github.campaignkit.core.report.SettlementRenderer;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
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
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Seed 003: a cross-industry co-branded campaign (跨行业营销活动, “科技+健康”跨界活动, theme
 * “跨界新体验·共创新价值”). The initiating technology company leads; it scores four candidate
 * partners on the seed's four dimensions (行业关联性, 用户群体重叠度, 资源优势, 品牌调性一致性),
 * ranks them with every score explained and takes the best, a health brand, as its supporting
 * partner, with the duties the seed assigns (主导方: 整体统筹、方案策划、资源协调; 配合方: 提供行业资源、
 * 执行支持、用户触达), contacts and a decision process. The plan's cost shares become the budget's
 * cost-sharing agreement; the channel matrix (线上、线下、付费渠道) serves the seed's three goals (触达100万
 * 目标用户, 品牌声量提升30%, 合作产品销量增长20%); the creative plan is due before the campaign opens.
 * After the campaign the actual costs are settled between the partners (资源结算). The campaign
 * document and its HTML report (the ranking, the share bars, the channel matrix, the budget) are
 * written by {@link ReportFiles}.
 *
 * <p>The seed names the dimensions, roles, duties and channels but gives no weights, scores, ratios,
 * amounts or dates. The numbers here are plausible choices, marked where they are made: weights
 * 30/30/25/15 on a 0–10 scale, costs shared 60:40, brand exposure 50:50, a 442,000 CNY budget, a
 * three-month window (the seed's “3个月内”) from 2024-09-01.
 */
public final class CoBrand {

    /** 科技公司A, the initiator and lead partner (主导方). */
    public static final PartnerId TECH = PartnerId.of("科技公司A");
    /** 健康品牌B, the best-ranked candidate, the supporting partner (配合方). */
    public static final PartnerId HEALTH = PartnerId.of("健康品牌B");
    /** 运动品牌C, a candidate. */
    public static final PartnerId SPORT = PartnerId.of("运动品牌C");
    /** 咖啡连锁D, a candidate. */
    public static final PartnerId COFFEE = PartnerId.of("咖啡连锁D");
    /** 家电品牌E, a candidate that ties with 运动品牌C. */
    public static final PartnerId HOME = PartnerId.of("家电品牌E");
    /** 张经理 of 科技公司A, the overall lead. */
    public static final MemberId LEAD = MemberId.of("zhang");
    /** 李专员, who runs the channels. */
    public static final MemberId SPECIALIST = MemberId.of("li");
    /** 刘总, who approves the budget. */
    public static final MemberId APPROVER = MemberId.of("liu");
    /** 赵财务, the finance reviewer. */
    public static final MemberId FINANCE = MemberId.of("zhao");
    /** The day the HTML report is as of: the day after the costs are settled. */
    public static final LocalDate REPORT_DAY = LocalDate.of(2024, 12, 4);
    /** The name of the files the example writes: {@code seed-003-cobrand.json} and {@code seed-003-cobrand.html}. */
    public static final String FILES = "seed-003-cobrand";

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[] DIMENSIONS = {"行业关联性", "用户群体重叠度", "资源优势", "品牌调性一致性"};

    private final Lang lang;
    private final PrintStream out;

    /**
     * The example, printing in the given language.
     *
     * @param lang the language
     * @param out  where to print
     */
    public CoBrand(Lang lang, PrintStream out) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Runs the example in Chinese ({@code --lang en} for English).
     *
     * @param args {@code --lang zh|en}
     * @throws IOException if the document or the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        new CoBrand(Lang.fromArgs(args), new PrintStream(System.out, true, StandardCharsets.UTF_8))
                .run(Path.of("target", "campaign-reports"));
    }

    /**
     * The profile: 3 months (seed: “3个月内”) from 2024-09-01, hybrid, warm-up, burst and
     * continuation (dates chosen).
     *
     * @return the profile
     */
    public static CampaignProfile profile() {
        return CampaignProfile.builder()
                .name("科技+健康跨界联名活动")
                .theme("跨界新体验·共创新价值")
                .kind(CampaignKind.HYBRID)
                .scale(CampaignScale.LARGE)
                .window(DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30)))
                .addPhases(Phase.of(PhaseKind.WARM_UP, range(9, 1, 9, 14)),
                        Phase.of(PhaseKind.BURST, range(9, 15, 10, 31)),
                        Phase.of(PhaseKind.CONTINUATION, range(11, 1, 11, 30)))
                .audience(TargetAudience.of("双方用户重叠部分：25-40岁关注健康的科技产品用户"))
                .addDepartments(Department.of("市场部"), Department.of("品牌部"))
                .overallLead(LEAD)
                .addMechanics("联名产品", "主题快闪店", "线上互动挑战赛")
                .build();
    }

    /**
     * The seed's goals: reach 1,000,000 target users, brand voice +30%, co-branded product sales
     * +20% (baselines of 50,000 mentions and 10,000 units chosen).
     *
     * @return the goal sheet
     */
    public static GoalSheet goals() {
        return GoalSheet.builder()
                .addMetrics(Metric.of("reach", "触达目标用户数", MetricUnit.count()),
                        Metric.of("voice", "品牌声量", MetricUnit.count()),
                        Metric.of("sales", "合作产品销量", MetricUnit.count()))
                .addGoals(goal("G1", DimensionKind.BRAND_EXPOSURE, "3个月内触达100万目标用户", "reach",
                                Target.atLeast(BigDecimal.valueOf(1_000_000)), null),
                        goal("G2", DimensionKind.BRAND_EXPOSURE, "双方品牌声量提升30%", "voice",
                                Target.uplift(BigDecimal.valueOf(30)), BigDecimal.valueOf(50_000)),
                        goal("G3", DimensionKind.SALES_CONVERSION, "合作产品销量增长20%", "sales",
                                Target.uplift(BigDecimal.valueOf(20)), BigDecimal.valueOf(10_000)))
                .build();
    }

    private static Goal goal(String id, DimensionKind dimension, String description, String metric, Target target,
                             BigDecimal baseline) {
        return Goal.builder().id(GoalId.of(id)).dimension(Dimension.of(dimension)).description(description)
                .metric(MetricId.of(metric)).target(target).baseline(java.util.Optional.ofNullable(baseline))
                .dataSource("第三方监测平台").owner(LEAD).deadline(LocalDate.of(2024, 12, 4)).priority(Priority.HIGH)
                .notes("").build();
    }

    /**
     * The scorecard on the seed's four dimensions, scored 0–10. The weights are chosen: 30, 30, 25
     * and 15 percent; {@code brandToneWeight} lets the example show a draft whose weights do not
     * add up.
     *
     * @param brandToneWeight the weight of 品牌调性一致性, in percent
     * @return the scorecard
     */
    public static Scorecard scorecard(String brandToneWeight) {
        return Scorecard.of(BigDecimal.ZERO, BigDecimal.TEN,
                Criterion.of(CriterionKind.INDUSTRY_RELEVANCE, DIMENSIONS[0], "30"),
                Criterion.of(CriterionKind.AUDIENCE_OVERLAP, DIMENSIONS[1], "30"),
                Criterion.of(CriterionKind.RESOURCE_STRENGTHS, DIMENSIONS[2], "25"),
                Criterion.of(CriterionKind.BRAND_TONE_FIT, DIMENSIONS[3], brandToneWeight));
    }

    /**
     * The candidates (chosen: the seed names none) with their scores on the four dimensions.
     *
     * @return the candidates, in the order they were proposed
     */
    public static List<Candidate> candidates() {
        return List.of(candidate(SPORT, "运动", "7", "9", "8", "7"),
                candidate(HEALTH, "健康", "9", "8", "7", "8"),
                candidate(COFFEE, "餐饮", "6", "8", "9", "9"),
                candidate(HOME, "家电", "9", "7", "8", "7"));
    }

    private static Candidate candidate(PartnerId id, String industry, String... scores) {
        var builder = Candidate.builder().id(id).name(id.value()).industry(industry);
        for (int i = 0; i < scores.length; i++) {
            builder.addScores(Score.of(DIMENSIONS[i], scores[i]));
        }
        return builder.build();
    }

    /**
     * The partner plan: the technology company leads, the health brand supports; costs shared 60:40
     * and brand exposure 50:50 (both chosen: the seed asks for 分摊比例 and 露出比例 without numbers).
     *
     * @param scorecard the scorecard
     * @return the plan
     */
    public static PartnerPlan partners(Scorecard scorecard) {
        Partner lead = Partner.builder().id(TECH).name("科技公司A").role(PartnerRole.LEAD)
                .addDuties(Duty.of("整体统筹", "活动执行甘特图", LocalDate.of(2024, 8, 20)),
                        Duty.of("方案策划", "活动策划方案终稿", LocalDate.of(2024, 7, 31)),
                        Duty.of("资源协调", "活动预算表", LocalDate.of(2024, 7, 20)))
                .addContacts(Contact.of("张经理", "市场经理", "zhang@tech-a.example"),
                        Contact.of("陈总", "总经理", ""))
                .decisionProcess("双方对接人确认 → 主导方总经理审批；每周一例会同步进度")
                .costShare(new BigDecimal("60")).exposureShare(new BigDecimal("50"))
                .build();
        Partner supporting = Partner.builder().id(HEALTH).name("健康品牌B").role(PartnerRole.SUPPORTING)
                .addDuties(Duty.of("提供行业资源", "健康专家与会员体系", LocalDate.of(2024, 8, 15)),
                        Duty.of("执行支持", "门店快闪执行人员", LocalDate.of(2024, 9, 10)),
                        Duty.of("用户触达", "会员社群推送", LocalDate.of(2024, 9, 1)))
                .addContacts(Contact.of("王经理", "品牌经理", "wang@health-b.example"),
                        Contact.of("周总", "总经理", ""))
                .decisionProcess("对接人确认 → 配合方总经理会签；重大事项由双方总经理共同决定")
                .costShare(new BigDecimal("40")).exposureShare(new BigDecimal("50"))
                .build();
        return PartnerPlan.builder().scorecard(scorecard).candidates(candidates()).addPartners(lead, supporting)
                .build();
    }

    /**
     * The channel matrix (渠道触达矩阵表) of the seed's three kinds of channel, each serving goals'
     * metrics (timings chosen inside the phases), and the creative plan (方案创意表) with the seed's
     * theme and formats, due before the window opens (dates chosen).
     *
     * @return the outreach plan
     */
    public static OutreachPlan outreach() {
        return OutreachPlan.builder()
                .addMatrix(row("微博", ChannelKind.ONLINE, "双方账号同步宣传", PhaseKind.WARM_UP, range(9, 1, 9, 14),
                                "voice", "reach"),
                        row("抖音", ChannelKind.ONLINE, "联合直播", PhaseKind.BURST, range(9, 15, 9, 30), "reach", "sales"),
                        row("社群", ChannelKind.ONLINE, "社群裂变", PhaseKind.BURST, range(9, 15, 10, 31), "reach"),
                        row("合作方门店", ChannelKind.OFFLINE, "主题快闪店联动体验", PhaseKind.BURST, range(10, 1, 10, 31),
                                "sales"),
                        row("行业展会", ChannelKind.OFFLINE, "现场联动体验", PhaseKind.CONTINUATION, range(11, 1, 11, 3),
                                "voice"),
                        row("信息流", ChannelKind.PAID, "精准广告投放", PhaseKind.BURST, range(9, 15, 10, 31), "reach",
                                "sales"),
                        row("SEM", ChannelKind.PAID, "搜索广告定向触达", PhaseKind.CONTINUATION, range(11, 1, 11, 30),
                                "sales"))
                .addCreative(item(CreativeModule.THEME, "结合双方品牌调性与用户需求，易于传播", "“跨界新体验·共创新价值”",
                                "“科技守护健康·一起更好”", LEAD, LocalDate.of(2024, 7, 15)),
                        item(CreativeModule.FORMAT, "线上线下结合，增强互动", "联名产品 + 主题快闪店 + 线上互动挑战赛",
                                "纯线上互动挑战赛", LEAD, LocalDate.of(2024, 7, 31)),
                        item(CreativeModule.CHANNELS, "双方渠道同步，触达重叠用户", "微博/抖音同步宣传、合作方门店联动、信息流与SEM定向投放",
                                "增加健康领域KOL合作", SPECIALIST, LocalDate.of(2024, 8, 10)),
                        item(CreativeModule.CONTENT, "统一视觉规范，双方品牌露出50:50", "预热期悬念海报+倒计时；爆发期联合直播、快闪体验vlog；延续期用户反馈征集",
                                "增加用户共创短视频", SPECIALIST, LocalDate.of(2024, 8, 20)))
                .build();
    }

    private static ChannelRow row(String channel, ChannelKind kind, String form, PhaseKind phase, DateRange timing,
                                  String... metrics) {
        var builder = ChannelRow.builder().channel(Channel.of(channel)).kind(kind).contentForm(form).phase(phase)
                .timing(timing).owner(SPECIALIST);
        for (String metric : metrics) {
            builder.addMetrics(MetricId.of(metric));
        }
        return builder.build();
    }

    private static CreativeItem item(CreativeModule module, String point, String content, String alternative,
                                     MemberId owner, LocalDate due) {
        return CreativeItem.builder().module(module).designPoint(point).content(content).alternative(alternative)
                .owner(owner).due(due).build();
    }

    /**
     * The budget (活动预算表, amounts chosen): 442,000 CNY with a 45,000 CNY reserve (10.18%),
     * submitted, reviewed by finance and approved, without a cost-sharing agreement yet.
     *
     * @return the approved budget
     */
    public static Budget approvedBudget() {
        Instant at = ZonedDateTime.of(2024, 7, 22, 10, 0, 0, 0, SHANGHAI).toInstant();
        BudgetPlan plan = BudgetPlan.empty(CNY).withLines(List.of(
                        perUnit("P1", BudgetCategory.PEOPLE, "联合执行团队加班费", Quantity.of(4, "人").times(10, "天"), 800),
                        fixed("M1", BudgetCategory.MATERIALS, "联名产品包装设计", 40_000),
                        perUnit("M2", BudgetCategory.MATERIALS, "联名礼盒", Quantity.of(2_000, "份"), 60),
                        perUnit("V1", BudgetCategory.VENUE, "主题快闪店场地", Quantity.of(3, "天"), 15_000),
                        fixed("C1", BudgetCategory.CHANNELS, "抖音联合直播", 60_000),
                        fixed("C2", BudgetCategory.CHANNELS, "信息流与SEM投放", 100_000),
                        fixed("R1", BudgetCategory.CONTINGENCY, "应急备用金", 45_000)))
                .withApproval(APPROVER, List.of(Reviewer.of(ReviewerRole.FINANCE, FINANCE)));
        return Budget.draft(plan)
                .apply(new BudgetChange.Submit(), LEAD, at).get()
                .apply(new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "双方分摊后预算合理"), FINANCE, at).get()
                .apply(new BudgetChange.Approve("同意"), APPROVER, at).get();
    }

    private static BudgetLine perUnit(String id, BudgetCategory category, String item, Quantity quantity, long price) {
        return BudgetLine.perUnit(BudgetLineId.of(id), category, item, quantity, UnitPrice.of(price, CNY))
                .withOwnerAndApprover(LEAD, APPROVER);
    }

    private static BudgetLine fixed(String id, BudgetCategory category, String item, long amount) {
        return BudgetLine.fixed(BudgetLineId.of(id), category, item, Money.of(amount, CNY))
                .withOwnerAndApprover(LEAD, APPROVER);
    }

    /**
     * The actual costs (chosen): every line as budgeted but 20,000 of the 45,000 reserve; 科技公司A
     * paid people, design, venue and channels (277,000), 健康品牌B the gift boxes and the reserve
     * used (140,000).
     *
     * @return the spend entries
     */
    public static List<SpendEntry> actualSpend() {
        LocalDate day = LocalDate.of(2024, 12, 2);
        return List.of(spend("P1", 32_000, TECH, day), spend("M1", 40_000, TECH, day),
                spend("M2", 120_000, HEALTH, day), spend("V1", 45_000, TECH, day), spend("C1", 60_000, TECH, day),
                spend("C2", 100_000, TECH, day), spend("R1", 20_000, HEALTH, day));
    }

    private static SpendEntry spend(String line, long amount, PartnerId payer, LocalDate day) {
        return SpendEntry.builder().line(BudgetLineId.of(line)).date(day).amount(Money.of(amount, CNY))
                .note("按合同结算").paidBy(payer).build();
    }

    /**
     * Runs the example and writes the campaign document and its HTML report under {@code reports}
     * ({@link ReportFiles}), the report as of {@link #REPORT_DAY}.
     *
     * @param reports the folder for the campaign document and the report
     * @return the campaign in preparation with its costs settled
     * @throws IOException if the document or the report cannot be written
     */
    public Campaign run(Path reports) throws IOException {
        out.println(lang.pick("== 种子 003：跨行业联名活动（科技+健康，跨界新体验·共创新价值）==",
                "== Seed 003: a cross-industry co-branded campaign (tech + health) =="));
        // The planning gates of this example: partners and outreach (see Gates.defaults for the rest).
        Lifecycle lifecycle = Lifecycle.withoutGates()
                .withGate(Stage.PLANNING, Gates.partnersAgreed())
                .withGate(Stage.PLANNING, Gates.channelsCoverGoals())
                .withGate(Stage.PLANNING, Gates.creativePlanned());
        CommandLog log = new CommandLog(lang, out);

        out.println(lang.pick("\n两家品牌共同策划：目标、预算（财务评审、刘总审批）、合作方评分与渠道方案：",
                "\nThe two brands plan together: goals, the budget (reviewed by finance, approved), partner scoring "
                        + "and channels:"));
        Campaign campaign = Campaign.plan(CampaignId.of("2024-cobrand"), profile());
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, GoalChange.ReviseGoals.of(goals())),
                at(7, 22, 9, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD,
                new BudgetChange.Revise(approvedBudget().plan())), at(7, 22, 9, 30));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, new BudgetChange.Submit()),
                at(7, 22, 9, 40));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(FINANCE,
                new BudgetChange.Review(ReviewerRole.FINANCE, Verdict.AGREE, "双方分摊后预算合理")), at(7, 22, 10, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(APPROVER, new BudgetChange.Approve("同意")),
                at(7, 22, 10, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD,
                PartnerChange.RevisePartners.of(partners(scorecard("10")))), at(7, 24, 9, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, OutreachChange.ReviseOutreach.of(outreach())),
                at(7, 24, 9, 30));
        out.println(lang.pick("\n评分表草稿的权重合计只有95%，预算中也还没有分摊协议：",
                "\nThe draft scorecard's weights add up to 95% only, and the budget has no sharing agreement yet:"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(7, 25, 9, 0));

        out.println(lang.pick("\n品牌调性一致性的权重改为15%，重新评分排名：",
                "\nThe weight of brand-tone fit becomes 15%; the candidates are ranked again:"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD,
                PartnerChange.RevisePartners.of(partners(scorecard("15")))), at(7, 25, 9, 30));
        Ranking ranking = campaign.partners().ranking().get();
        out.print(PartnerRankingRenderer.standard().render(ranking, lang.locale()));
        out.println();
        out.print(PartnerRankingRenderer.standard().renderPartners(campaign.partners(), lang.locale()));

        out.println(lang.pick("\n双方的分摊比例写入预算分摊协议：", "\nThe partners' shares become the budget's agreement:"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD,
                new BudgetChange.AgreeCostSharing(campaign.partners().costSharing().get())), at(7, 25, 10, 0));

        out.println();
        out.print(ChannelMatrixRenderer.standard().render(campaign.outreach(), campaign.goals(), lang.locale()));
        out.println();
        out.print(ChannelMatrixRenderer.standard().renderCreative(campaign.outreach(), lang.locale()));
        out.println();
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, Transition.Advance.withNote("合作方与渠道方案已确认")),
                at(7, 25, 11, 0));

        out.println(lang.pick("\n活动结束后，登记实际支出并结算（资源结算）：",
                "\nAfter the campaign, the actual costs are recorded and settled between the partners:"));
        for (SpendEntry entry : actualSpend()) {
            campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, new BudgetChange.RecordSpend(entry)),
                    at(12, 3, 16, 0));
        }
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, new BudgetChange.Settle()), at(12, 3, 16, 0));
        Settlement settlement = campaign.budget().settlement().orElseThrow();
        out.print(SettlementRenderer.render(settlement, lang.locale(), SHANGHAI));

        ReportFiles.Written written = ReportFiles.in(reports, lang).write(FILES, campaign, REPORT_DAY);
        out.println(lang.pick("\n活动文档已写入 ", "\nCampaign document written to ") + written.json());
        out.println(lang.pick("HTML 报告已写入 ", "HTML report written to ") + written.html());
        return campaign;
    }

    private static DateRange range(int fromMonth, int fromDay, int toMonth, int toDay) {
        return DateRange.of(LocalDate.of(2024, fromMonth, fromDay), LocalDate.of(2024, toMonth, toDay));
    }

    private static Clock at(int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(2024, month, day, hour, minute, 0, 0, SHANGHAI).toInstant(), SHANGHAI);
    }
}
