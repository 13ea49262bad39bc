package io.github.campaignkit.examples;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.BudgetPolicy;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.ExecutionMonitor;
import io.github.campaignkit.core.campaign.Gates;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.event.EventChange;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.event.EventRules;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.NoticeKind;
import io.github.campaignkit.core.event.Segment;
import io.github.campaignkit.core.event.SegmentKind;
import io.github.campaignkit.core.event.VenueBooking;
import io.github.campaignkit.core.report.RaciMatrixRenderer;
import io.github.campaignkit.core.report.RunOfShowRenderer;
import io.github.campaignkit.core.report.SupplierComparisonRenderer;
import io.github.campaignkit.core.rule.MessageRenderer;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.supply.ContractTerms;
import io.github.campaignkit.core.supply.CriterionScore;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.ExchangeRate;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.MaterialId;
import io.github.campaignkit.core.supply.MaterialStatus;
import io.github.campaignkit.core.supply.NeedId;
import io.github.campaignkit.core.supply.Quote;
import io.github.campaignkit.core.supply.SupplierContact;
import io.github.campaignkit.core.supply.SupplierCriterion;
import io.github.campaignkit.core.supply.SupplierEvaluation;
import io.github.campaignkit.core.supply.SupplierHistory;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplierNeed;
import io.github.campaignkit.core.supply.SupplierProfile;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.supply.SupplyRules;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.RaciMatrix;
import io.github.campaignkit.core.team.RaciRole;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamRole;
import io.github.campaignkit.core.tracking.Escalation;
import io.github.campaignkit.core.tracking.Escalations;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.IssueRoute;
import io.github.campaignkit.core.tracking.IssueSeverity;
import io.github.campaignkit.core.tracking.TrackingChange;
import io.github.campaignkit.core.tracking.TrackingPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Seed 002: a product launch (产品发布会, 智启未来·2024新品发布会) from its project team to the supplier
 * evaluation. It prints the RACI matrix of the 执行组 / 宣传组 / 后勤组, compares three quotes for each of
 * the four supplier needs the seed names (场地、搭建、设备、礼品) and chooses one with its rationale,
 * lays out the run of show 签到 → 开场 → 领导致辞 → 产品讲解 → 互动体验 → 签约仪式 → 合影, checks the internal
 * notice one week before and the external reminder three days before, handles an equipment failure
 * that escalates to the team lead when the technician does not answer within 15 minutes, and
 * evaluates every chosen supplier before the campaign closes. The campaign document and its HTML
 * report (the RACI matrix, the quote comparison, the run-of-show timeline, the notices) are written
 * by {@link ReportFiles}.
 *
 * <p>From the seed: the goal of 200+ industry customers, 150 leads and 500,000 media exposures; the
 * RACI split into 执行组 (venue, flow, on-site control), 宣传组 (material design, promotion, media)
 * and 后勤组 (purchasing, reception, emergency supplies) under a 组长 from marketing; three or more
 * suppliers per need compared on qualification, quote and past cases, with contracts stating
 * service content, delivery date and penalty; the material list (posters, roll-up banners,
 * brochures; sign-in desk, backdrop, signage; custom gifts); the internal 活动协作函 one week ahead
 * (the sales department brings 20 customers), the external reminder three days ahead; set-up the
 * day before; a technician on site within 15 minutes of an equipment failure; a contingency
 * reserve of 5–10%. The seed gives no date, prices or names: the day (18 April 2024), the quotes,
 * the budget amounts and the people below are illustrative.
 */
public final class LaunchEvent {

    /** 市场部*主管, the project team's lead (组长) and the campaign's overall lead. */
    public static final MemberId LEAD = MemberId.of("market.lead");
    /** 赵*, lead of 执行组. */
    public static final MemberId ZHAO = MemberId.of("zhao");
    /** 钱*, lead of 宣传组. */
    public static final MemberId QIAN = MemberId.of("qian");
    /** 孙*, lead of 后勤组. */
    public static final MemberId SUN = MemberId.of("sun");
    /** 李*, technician in 执行组. */
    public static final MemberId LI = MemberId.of("li");
    /** 周*, in 宣传组. */
    public static final MemberId ZHOU = MemberId.of("zhou");
    /** 执行组: venue, flow, on-site control. */
    public static final ModuleId EXECUTION_GROUP = ModuleId.of("执行组");
    /** 宣传组: material design, promotion, media. */
    public static final ModuleId PROMOTION_GROUP = ModuleId.of("宣传组");
    /** 后勤组: purchasing, reception, emergency supplies. */
    public static final ModuleId LOGISTICS_GROUP = ModuleId.of("后勤组");
    /** The day of the launch. */
    public static final LocalDate DAY = LocalDate.of(2024, 4, 18);
    /** The day the HTML report is as of: the day the review closes. */
    public static final LocalDate REPORT_DAY = LocalDate.of(2024, 4, 22);
    /** The name of the files the example writes: {@code seed-002-launch.json} and {@code seed-002-launch.html}. */
    public static final String FILES = "seed-002-launch";
    /** The venue need. */
    public static final NeedId VENUE = NeedId.of("N1");
    /** The stage-building need. */
    public static final NeedId BUILD = NeedId.of("N2");
    /** The equipment need. */
    public static final NeedId EQUIPMENT = NeedId.of("N3");
    /** The gifts need. */
    public static final NeedId GIFTS = NeedId.of("N4");
    /** The issue raised on the day. */
    public static final IssueId PROJECTOR = IssueId.of("Q-1");

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");

    private final Lang lang;
    private final PrintStream out;
    private final CommandLog log;
    /**
     * This example is about the team, suppliers, the event and issues: the profile, team and board
     * gates, the supply and event gates, the issue gate and the supplier evaluation gate (the
     * budget, goal and schedule gates are shown in Promotion618 and BackToSchool).
     */
    private final Lifecycle lifecycle = Lifecycle.withoutGates()
            .withGate(Stage.PLANNING, Gates.profileComplete())
            .withGate(Stage.PLANNING, Gates.teamValid())
            .withGate(Stage.PLANNING, Gates.boardValid())
            .withGate(Stage.PREPARATION, Gates.supplyReady())
            .withGate(Stage.PREPARATION, Gates.eventReady())
            .withGate(Stage.EXECUTION, Gates.severeIssuesResolved())
            .withGate(Stage.REVIEW, Gates.suppliersEvaluated());

    /**
     * An example that prints to the given stream.
     *
     * @param lang the language to print in
     * @param out  where to print
     */
    public LaunchEvent(Lang lang, PrintStream out) {
        this.lang = lang;
        this.out = out;
        this.log = new CommandLog(lang, out);
    }

    /**
     * Runs the example alone.
     *
     * @param args {@code --lang zh|en}
     * @throws IOException if the document or the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        new LaunchEvent(Lang.fromArgs(args), new PrintStream(System.out, true, StandardCharsets.UTF_8))
                .run(Path.of("target", "campaign-reports"));
    }

    /**
     * The profile of seed 002.
     *
     * @return the profile
     */
    public static CampaignProfile profile() {
        return CampaignProfile.builder()
                .name("智启未来·2024新品发布会")
                .theme("智启未来")
                .slogan("高端专业")
                .kind(CampaignKind.OFFLINE)
                .scale(CampaignScale.MEDIUM)
                .window(DateRange.of(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 22)))
                .audience(TargetAudience.of("行业客户：吸引200+行业客户参与，收集有效线索150条，媒体曝光量达50万"))
                .addDepartments(Department.of("市场部"), Department.of("销售部"), Department.of("产品部"),
                        Department.of("法务部"), Department.of("财务部"))
                .overallLead(LEAD)
                .addMechanics("签约仪式", "互动体验")
                .build();
    }

    /**
     * The project team: the 组长 from marketing and the three groups of seed 002.
     *
     * @return the team
     */
    public static Team team() {
        return Team.builder()
                .addMembers(Member.of(LEAD, "市场部*主管", TeamRole.OVERALL_LEAD), Member.of(ZHAO, "赵*", TeamRole.MODULE_LEAD),
                        Member.of(QIAN, "钱*", TeamRole.MODULE_LEAD), Member.of(SUN, "孙*", TeamRole.MODULE_LEAD),
                        Member.of(LI, "李*", TeamRole.EXECUTOR), Member.of(ZHOU, "周*", TeamRole.EXECUTOR))
                .addModules(TeamModule.of(EXECUTION_GROUP, ZHAO), TeamModule.of(PROMOTION_GROUP, QIAN),
                        TeamModule.of(LOGISTICS_GROUP, SUN))
                .build();
    }

    /**
     * The tasks of the three groups with their RACI matrix: each group lead responsible, the 组长
     * accountable, the other groups consulted or informed.
     *
     * @return the board
     */
    public static TaskBoard board() {
        List<Task> tasks = List.of(
                task("T1", EXECUTION_GROUP, "场地对接", "确认场地、布置与彩排时间", "场地合同签订", ZHAO, List.of(LI), 3, 25, 4, 10),
                task("T2", EXECUTION_GROUP, "流程推进与现场管控", "按时间轴推进各环节", "流程按时间轴执行", ZHAO, List.of(LI), 4, 17, 4, 18),
                task("T3", PROMOTION_GROUP, "物料设计", "海报、易拉宝、手册、背景板设计", "设计稿审核通过", QIAN, List.of(ZHOU), 3, 25, 4, 5),
                task("T4", PROMOTION_GROUP, "推广传播与媒体对接", "邀请函、公众号推文、媒体邀约", "媒体曝光量达50万", QIAN, List.of(ZHOU), 3, 28, 4, 18),
                task("T5", LOGISTICS_GROUP, "物料采购", "搭建、设备、礼品采购与验收", "物料按时到位", SUN, List.of(), 3, 25, 4, 16),
                task("T6", LOGISTICS_GROUP, "嘉宾接待与应急物资", "签到、资料袋、备用设备", "200+嘉宾顺利签到", SUN, List.of(), 4, 15, 4, 18));
        RaciMatrix raci = RaciMatrix.empty();
        for (Task task : tasks) {
            raci = raci.with(task.id(), LEAD, RaciRole.ACCOUNTABLE).with(task.id(), task.owner(), RaciRole.RESPONSIBLE);
            for (MemberId assistant : task.assistants()) {
                raci = raci.with(task.id(), assistant, RaciRole.RESPONSIBLE);
            }
        }
        raci = raci.with(TaskId.of("T1"), SUN, RaciRole.CONSULTED).with(TaskId.of("T1"), QIAN, RaciRole.INFORMED)
                .with(TaskId.of("T2"), SUN, RaciRole.CONSULTED).with(TaskId.of("T2"), QIAN, RaciRole.INFORMED)
                .with(TaskId.of("T3"), ZHAO, RaciRole.CONSULTED).with(TaskId.of("T4"), ZHAO, RaciRole.INFORMED)
                .with(TaskId.of("T5"), QIAN, RaciRole.CONSULTED).with(TaskId.of("T5"), ZHAO, RaciRole.INFORMED)
                .with(TaskId.of("T6"), ZHAO, RaciRole.INFORMED);
        return new TaskBoard(tasks, raci);
    }

    private static Task task(String id, ModuleId module, String name, String description, String deliverable,
                             MemberId owner, List<MemberId> assistants, int m1, int d1, int m2, int d2) {
        return Task.builder().id(TaskId.of(id)).module(module).name(name).description(description)
                .deliverable(deliverable).owner(owner).assistants(assistants).start(LocalDate.of(2024, m1, d1))
                .end(LocalDate.of(2024, m2, d2)).status(TaskStatus.NOT_STARTED).build();
    }

    /**
     * The budget plan by seed 002's categories (场地租赁, 物料制作, 设备租赁, 人员劳务, 推广宣传, 应急备用金),
     * under the seed's 5–10% contingency policy.
     *
     * @return the plan
     */
    public static BudgetPlan budget() {
        return BudgetPlan.empty(CNY).withPolicy(BudgetPolicy.enterpriseEvent()).withLines(List.of(
                line("B1", BudgetCategory.VENUE, "场地租赁", 40_000),
                line("B2", BudgetCategory.MATERIALS, "物料制作（搭建）", 25_000),
                line("B3", BudgetCategory.MATERIALS, "设备租赁", 15_000),
                line("B4", BudgetCategory.MATERIALS, "嘉宾礼品", 18_000),
                line("B5", BudgetCategory.PEOPLE, "人员劳务", 12_000),
                line("B6", BudgetCategory.CHANNELS, "推广宣传", 30_000),
                line("B7", BudgetCategory.CONTINGENCY, "应急备用金", 10_000)));
    }

    private static BudgetLine line(String id, BudgetCategory category, String item, long yuan) {
        return BudgetLine.fixed(BudgetLineId.of(id), category, item, Money.of(yuan, CNY));
    }

    private static SupplierProfile supplier(String id, String name, String qualification, String pastCase) {
        return SupplierProfile.builder().id(SupplierId.of(id)).name(name).qualification(qualification)
                .addContacts(SupplierContact.of(name + "客户经理", "400-800-" + id.substring(1) + "000")).addPastCases(pastCase).build();
    }

    private static Quote quote(String supplier, long yuan, int day, String terms) {
        return Quote.of(SupplierId.of(supplier), Money.of(yuan, CNY), LocalDate.of(2024, 4, day), terms);
    }

    private static SupplierNeed need(NeedId id, String item, String line, Quote... quotes) {
        return SupplierNeed.builder().id(id).item(item).budgetLine(BudgetLineId.of(line)).currency(CNY)
                .addQuotes(quotes).build();
    }

    private static Material material(String id, String name, String spec, long quantity, String unit, int needDay,
                                     NeedId need, String acceptance) {
        return Material.builder().id(MaterialId.of(id)).name(name).spec(spec).quantity(quantity).unit(unit)
                .needBy(LocalDate.of(2024, 4, needDay)).owner(SUN).need(need).acceptance(acceptance)
                .status(MaterialStatus.PLANNED).build();
    }

    /**
     * The supply plan as the quotes came in: three quotes for the venue, the build and the gifts,
     * two for the equipment so far; no choice yet; the materials listed.
     *
     * @return the plan
     */
    public static SupplyPlan quotesReceived() {
        return SupplyPlan.builder()
                .addSuppliers(supplier("S1", "国际会议中心", "甲级会展场馆资质", "2023行业峰会（300人）"),
                        supplier("S2", "星河酒店", "五星级酒店", "2023客户答谢会"),
                        supplier("S3", "创意园展厅", "园区场地运营许可", "品牌沙龙（120人）"),
                        supplier("S4", "华美展览", "展览工程一级资质", "车展特装"),
                        supplier("S5", "匠心搭建", "展览工程二级资质", "2023新品发布会搭建"),
                        supplier("S6", "联创会展", "展览工程二级资质", "行业论坛"),
                        supplier("S7", "声光科技", "音视频工程资质", "大型年会"),
                        supplier("S8", "宏图视听", "音视频工程资质", "2023秋季客户答谢会"),
                        supplier("S9", "AV Pro Ltd", "ISO 9001", "international product launches"),
                        supplier("S10", "礼尚定制", "礼品定制", "银行客户礼品"),
                        supplier("S11", "优品礼业", "礼品定制", "科技公司伴手礼"),
                        supplier("S12", "匠礼文创", "文创礼品", "博物馆文创"))
                .addNeeds(need(VENUE, "场地租赁（可容纳200+人）", "B1", quote("S1", 38_000, 17, "含LED屏与茶歇区"),
                                quote("S2", 45_000, 17, "含茶歇"), quote("S3", 32_000, 17, "仅容纳150人")),
                        need(BUILD, "舞台与背景板搭建", "B2", quote("S4", 26_000, 16, "预付50%"),
                                quote("S5", 22_500, 16, "预付30%，验收后结清"), quote("S6", 24_800, 16, "预付40%")),
                        need(EQUIPMENT, "音响灯光投影设备", "B3", quote("S7", 15_000, 17, "不含备用设备"),
                                quote("S8", 13_800, 17, "含备用麦克风与备用投影仪")),
                        need(GIFTS, "定制礼品200份", "B4", quote("S10", 18_000, 15, "含包装"),
                                quote("S11", 16_400, 15, "含包装与配送"), quote("S12", 17_200, 16, "含包装")))
                .addMaterials(material("M1", "背景板", "8m×3m", 1, "块", 17, BUILD, "画面无色差、无褶皱"),
                        material("M2", "签到台", "2.4m", 2, "张", 17, BUILD, "稳固、贴标识"),
                        material("M3", "指示牌", "60×160cm", 6, "个", 17, BUILD, "内容与动线一致"),
                        material("M4", "定制礼品", "礼盒装", 200, "份", 16, GIFTS, "与样品一致"))
                .build();
    }

    /**
     * The event as first planned: the run of show in the seed's order, the venue booked from 12:30
     * (owners arrive 30 minutes early), the internal notices a week ahead (but the one to 行政部
     * scheduled a day late) and the external reminder three days ahead.
     *
     * @return the event plan
     */
    public static EventPlan event() {
        return EventPlan.builder().date(DAY)
                .booking(new VenueBooking("国际会议中心A厅", LocalTime.of(12, 30), LocalTime.of(17, 30)))
                .addSegments(segment("嘉宾签到", SegmentKind.CHECK_IN, 13, 30, 30, SUN),
                        segment("主持开场", SegmentKind.OPENING, 14, 0, 10, ZHAO),
                        segment("领导致辞", SegmentKind.SPEECH, 14, 10, 15, LEAD),
                        segment("产品讲解", SegmentKind.PRESENTATION, 14, 25, 45, QIAN),
                        segment("互动体验", SegmentKind.INTERACTION, 15, 10, 45, ZHAO),
                        segment("签约仪式", SegmentKind.SIGNING, 15, 55, 20, LEAD),
                        segment("合影", SegmentKind.PHOTO, 16, 15, 15, ZHOU))
                .addNotices(Notice.scheduled(NoticeKind.INTERNAL, "销售部（组织20名客户参会）", "活动协作函", LocalDate.of(2024, 4, 11)),
                        Notice.scheduled(NoticeKind.INTERNAL, "技术部（现场网络）", "活动协作函", LocalDate.of(2024, 4, 11)),
                        Notice.scheduled(NoticeKind.INTERNAL, "产品部（讲解素材）", "活动协作函", LocalDate.of(2024, 4, 11)),
                        Notice.scheduled(NoticeKind.INTERNAL, "行政部（车辆安排）", "活动协作函", LocalDate.of(2024, 4, 12)),
                        Notice.scheduled(NoticeKind.EXTERNAL, "受邀行业客户", "邮件、短信、公众号", LocalDate.of(2024, 4, 15)))
                .build();
    }

    private static Segment segment(String name, SegmentKind kind, int hour, int minute, long minutes, MemberId owner) {
        return Segment.of(name, kind, LocalTime.of(hour, minute), minutes, owner);
    }

    /**
     * The policy of this event's issues: seed 002 wants a technician on site within 15 minutes of
     * an equipment failure, so urgent issues go to the module lead with 15 minutes to answer.
     *
     * @return the tracking policy
     */
    public static TrackingPolicy trackingPolicy() {
        return TrackingPolicy.standard().toBuilder()
                .urgent(IssueRoute.of(TeamRole.MODULE_LEAD, Duration.ofMinutes(15), Duration.ofHours(24))).build();
    }

    /**
     * Runs the example and writes the campaign document and its HTML report under {@code reports}
     * ({@link ReportFiles}), the report as of {@link #REPORT_DAY}.
     *
     * @param reports the folder for the campaign document and the report
     * @return the closed campaign
     * @throws IOException if the document or the report cannot be written
     */
    public Campaign run(Path reports) throws IOException {
        out.println(lang.pick("== 种子 002：智启未来·2024新品发布会（供应商、活动流程与现场问题）==",
                "== Seed 002: the 2024 product launch (suppliers, run of show and an issue on the day) =="));
        out.println(lang.pick("\n总负责人录入团队、执行分工表与预算：", "\nThe overall lead enters the team, the task board and the budget:"));
        Campaign campaign = Campaign.plan(CampaignId.of("2024-新品发布会"), profile());
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, TeamChange.ReviseTeam.of(team())),
                at(3, 25, 9, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, BoardChange.ReviseBoard.of(board())),
                at(3, 25, 9, 10));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, new BudgetChange.Revise(budget())),
                at(3, 25, 9, 20));
        out.println();
        out.println(RaciMatrixRenderer.standard().render(campaign.board(), campaign.team(), lang.locale()));
        BigDecimal reserve = campaign.budget().plan().share(BudgetCategory.CONTINGENCY).orElseThrow();
        String total = lang.amount(campaign.budget().plan().total());
        out.println(lang.pick("\n预算总额 " + total + "，应急备用金占 " + reserve.toPlainString()
                        + "%（政策 5%–10%）", "\nBudget " + total + ", contingency "
                        + reserve.toPlainString() + "% (policy 5%–10%)"));

        out.println(lang.pick("\n策划定稿，进入准备：", "\nThe plan is final; into preparation:"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(3, 29, 10, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.ReviseSupply.of(quotesReceived())), at(4, 3, 10, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, EventChange.ReviseEvent.of(event())), at(4, 3, 10, 5));

        out.println(lang.pick("\n选定供应商（每项需求至少三家报价）：", "\nChoosing suppliers (three quotes per need):"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.ChooseSupplier.of(VENUE, SupplierId.of("S1"),
                "可容纳250人，满足200+行业客户参会；交通便利；报价在预算内")), at(4, 5, 15, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.ChooseSupplier.of(BUILD, SupplierId.of("S5"),
                "报价最低，有同类发布会搭建案例")), at(4, 5, 15, 5));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.ChooseSupplier.of(GIFTS, SupplierId.of("S11"),
                "报价最低且含配送")), at(4, 5, 15, 10));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.ChooseSupplier.of(EQUIPMENT, SupplierId.of("S9"),
                "进口设备")), at(4, 5, 15, 15));

        out.println(lang.pick("\n4月8日：申请进入执行（场地布置前），被拒绝：", "\n8 April: asking to go into execution, refused:"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(4, 8, 9, 0));

        out.println(lang.pick("\n补充第三家设备报价（美元报价给出汇率），选定供应商，确认交付日期，调整通知：",
                "\nA third equipment quote (in US dollars, with its rate), the choice, the promised dates, the notices:"));
        SupplyPlan supply = campaign.supply();
        SupplierNeed equipment = supply.need(EQUIPMENT).orElseThrow()
                .withQuote(Quote.of(SupplierId.of("S9"), Money.of("2000.00", "USD"), LocalDate.of(2024, 4, 16),
                        "含备用投影仪").withExchangeRate(ExchangeRate.of(USD, CNY, "7.10")));
        supply = withNeed(supply, equipment);
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.ReviseSupply.of(supply)), at(4, 8, 10, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.ChooseSupplier.of(EQUIPMENT, SupplierId.of("S8"),
                "折合报价最低（AV Pro 折合14,200元），含备用麦克风与备用投影仪")), at(4, 8, 10, 5));
        supply = campaign.supply();
        supply = withNeed(supply, supply.need(VENUE).orElseThrow().toBuilder().contract(new ContractTerms(
                "A厅全天使用及茶歇区", LocalDate.of(2024, 4, 17), "场地不能按时交付，退还全部场租并赔偿20%")).build());
        supply = withNeed(supply, supply.need(BUILD).orElseThrow().toBuilder().contract(new ContractTerms(
                "舞台、背景板、签到台、指示牌制作与搭建", LocalDate.of(2024, 4, 17), "每延误1天扣合同额5%")).build());
        supply = withNeed(supply, supply.need(EQUIPMENT).orElseThrow().toBuilder().contract(new ContractTerms(
                "音响、灯光、投影及备用设备，技术人员驻场", LocalDate.of(2024, 4, 17), "故障15分钟内未响应扣合同额10%")).build());
        supply = withNeed(supply, supply.need(GIFTS).orElseThrow().toBuilder().contract(new ContractTerms(
                "定制礼品200份含包装配送", LocalDate.of(2024, 4, 15), "每延误1天扣合同额3%")).build());
        List<Material> promised = new ArrayList<>();
        for (Material m : supply.materials()) {
            SupplierId chosen = supply.need(m.need().orElseThrow()).flatMap(SupplierNeed::choice).orElseThrow().supplier();
            LocalDate by = m.id().value().equals("M4") ? LocalDate.of(2024, 4, 15) : LocalDate.of(2024, 4, 17);
            promised.add(m.toBuilder().supplier(chosen).delivery(Delivery.promised(by)).status(MaterialStatus.ORDERED)
                    .build());
        }
        supply = supply.toBuilder().materials(promised).build();
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.ReviseSupply.of(supply)), at(4, 8, 11, 0));
        EventPlan event = campaign.event();
        List<Notice> notices = new ArrayList<>(event.notices());
        notices.set(3, Notice.scheduled(NoticeKind.INTERNAL, "行政部（车辆安排）", "活动协作函", LocalDate.of(2024, 4, 11)));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, EventChange.ReviseEvent.of(event.toBuilder().notices(notices).build())), at(4, 8, 11, 5));

        out.println();
        out.println(SupplierComparisonRenderer.standard().render(campaign.supply(), lang.locale()));

        out.println(lang.pick("\n4月11日发出三份协作函，行政部的一份4月12日才发出；4月15日发出参会提醒：",
                "\n11 April: three letters go out, the one to administration on 12 April; 15 April: the reminder:"));
        notices = new ArrayList<>(campaign.event().notices());
        for (int i = 0; i < 3; i++) {
            notices.set(i, notices.get(i).sentOn(LocalDate.of(2024, 4, 11)));
        }
        out.println();
        out.println(RunOfShowRenderer.standard().render(campaign.event().toBuilder().notices(notices).build(), campaign.team(),
                Optional.of(LocalDate.of(2024, 4, 12)), lang.locale()));
        notices.set(3, notices.get(3).sentOn(LocalDate.of(2024, 4, 12)));
        notices.set(4, notices.get(4).sentOn(LocalDate.of(2024, 4, 15)));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, EventChange.ReviseEvent.of(campaign.event().toBuilder().notices(notices).build())), at(4, 15, 18, 0));
        for (Violation v : EventRules.notices().check(campaign.event())) {
            out.println("  " + MessageRenderer.standard().describe(v, lang.locale()));
        }

        out.println(lang.pick("\n物料到货（孙*登记）：", "\nDeliveries (recorded by 孙*):"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(SUN, SupplyChange.RecordDelivery.of(MaterialId.of("M4"),
                LocalDate.of(2024, 4, 16))), at(4, 16, 17, 0));
        for (String id : List.of("M1", "M2", "M3")) {
            campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(SUN, SupplyChange.RecordDelivery.of(MaterialId.of(id),
                    LocalDate.of(2024, 4, 17))), at(4, 17, 12, 0));
        }
        for (Violation v : SupplyRules.deliveries(LocalDate.of(2024, 4, 17)).check(campaign.supply())) {
            out.println("  " + MessageRenderer.standard().describe(v, lang.locale()));
        }

        out.println(lang.pick("\n4月17日：场地搭建、设备调试与彩排完成，进入执行：",
                "\n17 April: set-up, equipment checks and the rehearsal done; into execution:"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(4, 17, 18, 0));

        out.println(lang.pick("\n4月18日发布会现场：", "\n18 April, on the day:"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LI, TrackingChange.RaiseIssue.of(PROJECTOR, EXECUTION_GROUP,
                IssueSeverity.URGENT, "产品讲解环节主投影仪故障，画面中断")), at(4, 18, 14, 30));
        ExecutionMonitor monitor = ExecutionMonitor.standard().withTrackingPolicy(trackingPolicy());
        Instant late = at(4, 18, 14, 50).instant();
        for (Violation v : monitor.check(campaign, Clock.fixed(late, SHANGHAI))) {
            if (v.code().startsWith("tracking.issue")) {
                out.println("  " + MessageRenderer.standard().describe(v, lang.locale()));
            }
        }
        for (Escalation e : Escalations.of(campaign.tracking().issue(PROJECTOR).orElseThrow(), campaign.team(),
                trackingPolicy(), late)) {
            out.println(lang.pick("  升级：", "  Escalated: ") + e.from() + " → " + e.to() + " @ "
                    + e.at().atZone(SHANGHAI).toLocalTime());
        }
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, TrackingChange.DecideIssue.of(PROJECTOR,
                "立即启用备用投影仪，宏图视听技术人员到场排查")), at(4, 18, 14, 52));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(4, 18, 17, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, TrackingChange.ResolveIssue.of(PROJECTOR,
                "备用投影仪14:55启用，主投影仪电源模块更换")), at(4, 18, 17, 10));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(4, 19, 9, 0));

        out.println(lang.pick("\n复盘：供应商评价（质量40%、响应20%、准时20%、价格20%）：",
                "\nReview: supplier evaluations (quality 40%, responsiveness 20%, punctuality 20%, price 20%):"));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.EvaluateSupplier.of(evaluation("S8", "40", "20",
                "20", "10", "85", "70", "100", "95"))), at(4, 19, 15, 0));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(4, 19, 15, 5));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.EvaluateSupplier.of(evaluation("S1", "40", "20",
                "20", "20", "95", "90", "100", "85"))), at(4, 19, 15, 10));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.EvaluateSupplier.of(evaluation("S5", "40", "20",
                "20", "20", "90", "85", "100", "95"))), at(4, 19, 15, 15));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.EvaluateSupplier.of(evaluation("S8", "40", "20",
                "20", "20", "85", "70", "100", "95"))), at(4, 19, 15, 20));
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.by(LEAD, SupplyChange.EvaluateSupplier.of(evaluation("S11", "40", "20",
                "20", "20", "90", "95", "80", "100"))), at(4, 19, 15, 25));
        for (SupplierEvaluation e : campaign.supply().evaluations()) {
            String name = campaign.supply().supplier(e.supplier()).map(SupplierProfile::name).orElse(e.supplier().value());
            out.println("  " + name + lang.pick("：综合得分 ", ": weighted score ") + e.weightedScore().get().toPlainString());
        }
        SupplyPlan autumn = SupplyPlan.builder().addSuppliers(campaign.supply().supplier(SupplierId.of("S8")).orElseThrow())
                .addEvaluations(evaluation("S8", "40", "20", "20", "20", "80", "90", "90", "90")).build();
        SupplierHistory history = SupplierHistory.collect(SupplierId.of("S8"),
                List.of(Map.entry("2023秋季客户答谢会", autumn), Map.entry(profile().name(), campaign.supply())));
        out.println(lang.pick("  宏图视听历次合作：", "  宏图视听 across campaigns: ") + history.scores().stream().map(BigDecimal::toPlainString)
                        .collect(Collectors.joining(lang.pick("、", ", ")))
                + lang.pick("，平均 ", ", mean ") + history.averageScore().orElseThrow().toPlainString());
        campaign = log.attempt(lifecycle, campaign, CampaignCommand.advance(LEAD), at(4, 22, 10, 0));

        ReportFiles.Written written = ReportFiles.in(reports, lang).write(FILES, campaign, REPORT_DAY);
        out.println(lang.pick("\n活动文档已写入 ", "\nCampaign document written to ") + written.json());
        out.println(lang.pick("HTML 报告已写入 ", "HTML report written to ") + written.html());
        return campaign;
    }

    private static SupplyPlan withNeed(SupplyPlan plan, SupplierNeed need) {
        List<SupplierNeed> needs = new ArrayList<>();
        for (SupplierNeed n : plan.needs()) {
            needs.add(n.id().equals(need.id()) ? need : n);
        }
        return plan.toBuilder().needs(needs).build();
    }

    private static SupplierEvaluation evaluation(String supplier, String quality, String responsiveness,
                                                 String punctuality, String price, String qualityScore,
                                                 String responsivenessScore, String punctualityScore, String priceScore) {
        return SupplierEvaluation.builder().supplier(SupplierId.of(supplier)).evaluatedOn(LocalDate.of(2024, 4, 19))
                .evaluatedBy(LEAD)
                .addScores(CriterionScore.of(SupplierCriterion.QUALITY, quality, qualityScore),
                        CriterionScore.of(SupplierCriterion.RESPONSIVENESS, responsiveness, responsivenessScore),
                        CriterionScore.of(SupplierCriterion.PUNCTUALITY, punctuality, punctualityScore),
                        CriterionScore.of(SupplierCriterion.PRICE, price, priceScore))
                .build();
    }

    private static Clock at(int month, int day, int hour, int minute) {
        return Clock.fixed(LocalDate.of(2024, month, day).atTime(hour, minute).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }
}
