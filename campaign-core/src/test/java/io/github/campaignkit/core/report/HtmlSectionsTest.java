package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.event.Notice;
import io.github.campaignkit.core.event.NoticeKind;
import io.github.campaignkit.core.event.Segment;
import io.github.campaignkit.core.event.SegmentKind;
import io.github.campaignkit.core.event.VenueBooking;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.outreach.ChannelKind;
import io.github.campaignkit.core.outreach.ChannelRow;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.outreach.CreativeModule;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.partner.Candidate;
import io.github.campaignkit.core.partner.Contact;
import io.github.campaignkit.core.partner.Criterion;
import io.github.campaignkit.core.partner.CriterionKind;
import io.github.campaignkit.core.partner.Duty;
import io.github.campaignkit.core.partner.Partner;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.partner.PartnerRole;
import io.github.campaignkit.core.partner.Score;
import io.github.campaignkit.core.partner.Scorecard;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.MaterialId;
import io.github.campaignkit.core.supply.MaterialStatus;
import io.github.campaignkit.core.supply.NeedId;
import io.github.campaignkit.core.supply.SupplierId;
import io.github.campaignkit.core.supply.SupplyPlan;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report's sections for the RACI matrix, partners, outreach, suppliers, the on-site event and
 * the review: well-formed, one row or mark per item, hostile text escaped.
 */
class HtmlSectionsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate DAY = LocalDate.of(2024, 4, 18);
    private static final String HOSTILE = "<b>&\"'</b> ]]> 满300减50 \u0007";
    private static final String CLEAN = HOSTILE.replace('\u0007', '\uFFFD');

    private static Campaign campaign() {
        return HtmlReportTest.seed004();
    }

    private static Document render(Campaign campaign, Locale locale, ReportSection section) throws Exception {
        return Xhtml.parse(HtmlReport.of(locale).withSections(section).render(campaign, DAY));
    }

    static SupplyPlan supply(String name) {
        SupplyPlan plan = SupplyRenderersTest.plan();
        return plan.toBuilder().addMaterials(
                Material.builder().id(MaterialId.of("M1")).name(name).spec("2m×3m").quantity(2).unit("块")
                        .needBy(DAY.minusDays(1)).owner(MemberId.of("zhu")).need(NeedId.of("N1"))
                        .supplier(SupplierId.of("A")).delivery(Delivery.promised(DAY.minusDays(3))
                                .deliveredOn(DAY.minusDays(2)))
                        .acceptance("无破损").status(MaterialStatus.DELIVERED).build(),
                Material.builder().id(MaterialId.of("M2")).name("礼品").spec("").quantity(200).unit("份")
                        .needBy(DAY).owner(MemberId.of("zhu")).supplier(SupplierId.of("B"))
                        .delivery(Delivery.promised(DAY.minusDays(4))).acceptance("").status(MaterialStatus.ORDERED)
                        .build())
                .build();
    }

    static EventPlan event(String name) {
        MemberId zhu = MemberId.of("zhu");
        return EventPlan.builder().date(DAY)
                .booking(new VenueBooking("3号厅", LocalTime.of(13, 0), LocalTime.of(17, 30)))
                .addSegments(Segment.of(name, SegmentKind.OPENING, LocalTime.of(14, 0), 10, zhu),
                        Segment.of("嘉宾签到", SegmentKind.CHECK_IN, LocalTime.of(13, 30), 30, zhu),
                        Segment.of("晚宴", SegmentKind.OTHER, LocalTime.of(17, 0), 60, zhu))
                .addNotices(Notice.scheduled(NoticeKind.INTERNAL, "销售部", "邮件", DAY.minusDays(7)),
                        Notice.scheduled(NoticeKind.EXTERNAL, "受邀客户", "短信", DAY.minusDays(3))
                                .sentOn(DAY.minusDays(3)))
                .build();
    }

    static PartnerPlan partners(String name) {
        Scorecard card = Scorecard.of(BigDecimal.ZERO, BigDecimal.TEN,
                Criterion.of(CriterionKind.INDUSTRY_RELEVANCE, "行业关联性", "60"),
                Criterion.of(CriterionKind.AUDIENCE_OVERLAP, "用户群体重叠度", "40"));
        return PartnerPlan.builder().scorecard(card)
                .addCandidates(candidate("B", name, "9", "8"), candidate("C", "运动品牌C", "8", "9.5"),
                        candidate("D", "咖啡连锁D", "8", "9.5"))
                .addPartners(Partner.builder().id(PartnerId.of("A")).name("科技公司A").role(PartnerRole.LEAD)
                                .addDuties(Duty.of("整体统筹"), Duty.of("方案策划", "活动方案", LocalDate.of(2024, 8, 1)))
                                .addContacts(Contact.of("张总", "总经理", "")).decisionProcess("总经理审批")
                                .costShare(BigDecimal.valueOf(60)).exposureShare(BigDecimal.valueOf(50)).build(),
                        Partner.builder().id(PartnerId.of("B")).name(name).role(PartnerRole.SUPPORTING)
                                .addDuties(Duty.of("提供行业资源")).addContacts(Contact.of("王经理", "", "138"))
                                .decisionProcess("市场部审批").costShare(BigDecimal.valueOf(40))
                                .exposureShare(BigDecimal.valueOf(50)).build())
                .build();
    }

    private static Candidate candidate(String id, String name, String a, String b) {
        return Candidate.builder().id(PartnerId.of(id)).name(name).industry("健康")
                .addScores(Score.of("行业关联性", a), Score.of("用户群体重叠度", b)).build();
    }

    static OutreachPlan outreach(Campaign campaign, String content) {
        MetricId metric = campaign.goals().metrics().get(0).id();
        return OutreachPlan.builder()
                .addMatrix(ChannelRow.builder().channel(Channel.of("抖音")).kind(ChannelKind.ONLINE).contentForm(content)
                                .phase(PhaseKind.BURST).timing(DateRange.of(LocalDate.of(2024, 8, 1),
                                        LocalDate.of(2024, 8, 7)))
                                .owner(Seed004Kpi.LI).addMetrics(metric).build(),
                        ChannelRow.builder().channel(Channel.of("校园快闪店")).kind(ChannelKind.OFFLINE).contentForm("体验")
                                .phase(PhaseKind.BURST).owner(Seed004Kpi.ZHANG).build())
                .addCreative(CreativeItem.builder().module(CreativeModule.THEME).designPoint("突出品牌价值")
                        .content(content).owner(Seed004Kpi.ZHANG).build())
                .build();
    }

    @Test
    void theRaciMatrixHasARowPerTaskAndACellPerMember() throws Exception {
        Campaign campaign = Campaign.builder().from(campaign()).board(Seed004.board()).build();
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = render(campaign, locale, ReportSection.RACI);
            List<Element> rows = Xhtml.find(doc, Xhtml.XHTML, "tr", "raci-task");
            assertThat(rows).hasSize(Seed004.board().tasks().size());
            assertThat(rows.stream().map(r -> r.getAttribute("data-task")))
                    .containsExactlyElementsOf(Seed004.board().tasks().stream().map(t -> t.id().value())
                            .collect(Collectors.toList()));
            int members = campaign.team().members().size();
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "td", "raci")).hasSize(rows.size() * members);
        }
        Document doc = render(campaign, ZH, ReportSection.RACI);
        Element t1 = Xhtml.find(doc, Xhtml.XHTML, "tr", "raci-task").get(0);
        List<Element> cells = Xhtml.findIn(t1, Xhtml.XHTML, "td", "raci");
        assertThat(cells.get(0).getTextContent()).isEqualTo("R/A");
        assertThat(cells.get(0).getAttribute("class")).isEqualTo("raci role-r role-a");
        assertThat(Xhtml.byId(doc, "raci").getTextContent()).contains("任务分工RACI矩阵", "R 负责人", "张*");
    }

    @Test
    void partnersShowTheExplainedRankingTheSharesAndTheDuties() throws Exception {
        Campaign campaign = Campaign.builder().from(campaign()).partners(partners("健康品牌B")).build();
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = render(campaign, locale, ReportSection.PARTNERS);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "candidate")).hasSize(3);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "partner")).hasSize(2);
            assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "share-bar")).hasSize(2);
            assertThat(Xhtml.find(doc, Xhtml.SVG, "rect", "share")).hasSize(4);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "li", "duty")).hasSize(3);
        }
        Document doc = render(campaign, ZH, ReportSection.PARTNERS);
        Element first = Xhtml.find(doc, Xhtml.XHTML, "tr", "candidate", "first").get(0);
        assertThat(first.getTextContent()).contains("健康品牌B (B)", "8.6", "9 → 5.4", "8 → 3.2");
        assertThat(Xhtml.byId(doc, "partners").getTextContent()).contains("行业关联性（60%）", "主导方", "60%", "40%",
                "张总 总经理", "每格：原始分 → 加权得分", "加权得分相同");
        // The bars split 480 pixels 60:40 and 50:50.
        assertThat(Xhtml.find(doc, Xhtml.SVG, "rect", "share").stream().map(r -> r.getAttribute("width")))
                .containsExactly("288", "192", "240", "240");
    }

    @Test
    void outreachHasARowPerChannelAndPerCreativeItemAndNamesTheUnservedGoals() throws Exception {
        Campaign campaign = campaign();
        campaign = Campaign.builder().from(campaign).outreach(outreach(campaign, "联合直播")).build();
        Metric first = campaign.goals().metrics().get(0);
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = render(campaign, locale, ReportSection.OUTREACH);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "channel")).hasSize(2);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "creative")).hasSize(1);
        }
        Document doc = render(campaign, ZH, ReportSection.OUTREACH);
        Element row = Xhtml.find(doc, Xhtml.XHTML, "tr", "channel").get(0);
        assertThat(row.getTextContent()).contains("抖音", "线上渠道", "联合直播", "2024-08-01 至 2024-08-07",
                first.name());
        // The shop serves no KPI: the rule says so under the tables.
        assertThat(Xhtml.findIn(Xhtml.byId(doc, "outreach"), Xhtml.XHTML, "li", "error")).isNotEmpty();
    }

    @Test
    void suppliersCompareQuotesMarkTheChoiceAndTrackDeliveries() throws Exception {
        Campaign campaign = Campaign.builder().from(campaign()).supply(supply("背景板")).build();
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = render(campaign, locale, ReportSection.SUPPLY);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "div", "need")).hasSize(1);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "quote")).hasSize(4);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "quote", "chosen")).hasSize(1);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "quote", "lowest")).hasSize(1);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "material")).hasSize(2);
        }
        Document doc = render(campaign, ZH, ReportSection.SUPPLY);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "quote", "chosen").get(0).getTextContent())
                .contains("✓", "云展会议中心", "38,000元");
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "quote", "lowest").get(0).getTextContent())
                .contains("创意园", "32,000元", "最低价");
        assertThat(Xhtml.byId(doc, "supply").getTextContent()).contains("汇率 7.1", "35,500元",
                "选定：云展会议中心（zhu）；理由：交通便利", "合同：主会场及休息室");
        // M1 arrived a day after its promise (late, a warning); M2's promise passed with nothing delivered.
        List<Element> materials = Xhtml.find(doc, Xhtml.XHTML, "tr", "material");
        assertThat(materials.get(0).getAttribute("class")).isEqualTo("material status-delivered late");
        assertThat(materials.get(1).getAttribute("class")).isEqualTo("material status-ordered late error");
        assertThat(materials.get(1).getTextContent()).contains("礼品", "200 份", "星河酒店", "2024-04-14", "已下单");
    }

    @Test
    void theEventIsATimelineWithinTheBookingThenTheNotices() throws Exception {
        Campaign campaign = Campaign.builder().from(campaign()).event(event("开场")).build();
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = render(campaign, locale, ReportSection.EVENT);
            assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "segment")).hasSize(3);
            assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "booking")).hasSize(1);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "segment")).hasSize(3);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "notice")).hasSize(2);
        }
        Document doc = render(campaign, ZH, ReportSection.EVENT);
        // In order of start; the dinner runs past the booking's 17:30.
        assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "segment").stream().map(g -> g.getAttribute("data-start")))
                .containsExactly("13:30", "14:00", "17:00");
        assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "segment", "outside")).hasSize(1);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "segment", "outside").get(0).getTextContent()).contains("晚宴");
        // 13:00 to 18:00 on 720 pixels after a 180-pixel label column: 13:30 is at 252.
        Element checkIn = Xhtml.find(doc, Xhtml.SVG, "g", "segment").get(0);
        assertThat(((Element) checkIn.getElementsByTagNameNS(Xhtml.SVG, "rect").item(0)).getAttribute("x"))
                .isEqualTo("252");
        List<Element> notices = Xhtml.find(doc, Xhtml.XHTML, "tr", "notice");
        assertThat(notices.get(0).getAttribute("class")).contains("overdue");
        assertThat(notices.get(0).getTextContent()).contains("销售部", "2024-04-11");
        assertThat(notices.get(1).getAttribute("class")).doesNotContain("overdue");
        assertThat(Xhtml.byId(doc, "event").getTextContent()).contains("3号厅，预订 13:00–17:30", "1小时40分钟",
                "发给销售部的内部通知");
    }

    @Test
    void theReviewReusesTheEvaluationTableAndWritesTheRoiAndRetrospective() throws Exception {
        Campaign campaign = Campaign.builder().from(campaign()).review(ReviewRendererTest.review()).build();
        int rows = ReviewRendererTest.review().evaluation().orElseThrow().rows().size();
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = render(campaign, locale, ReportSection.REVIEW);
            Element review = Xhtml.byId(doc, "review");
            assertThat(Xhtml.findIn(review, Xhtml.XHTML, "table", "evaluation")).hasSize(1);
            assertThat(Xhtml.findIn(review, Xhtml.XHTML, "tbody").get(0).getElementsByTagNameNS(Xhtml.XHTML, "tr")
                    .getLength()).isEqualTo(rows);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "p", "roi")).hasSize(1);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "li", "success")).hasSize(1);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "problem")).hasSize(1);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "action")).hasSize(2);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "div", "knowledge")).hasSize(1);
        }
        Document doc = render(campaign, ZH, ReportSection.REVIEW);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "p", "roi").get(0).getTextContent())
                .isEqualTo("ROI = (500,000元 − 77,000元) / 77,000元 × 100% = 549.35%");
        assertThat(Xhtml.byId(doc, "review").getTextContent()).contains("124%", "127.5%", "社群转发任务分配不清晰",
                "更新《校园活动执行手册》", "2024-08-15", "营销活动策划checklist", "物料8月1日前到位");
    }

    @Test
    void emptyPartsSayNoneInOneLine() throws Exception {
        Campaign campaign = Campaign.builder().from(campaign()).board(io.github.campaignkit.core.team.TaskBoard.empty()).build();
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = Xhtml.parse(HtmlReport.of(locale).withSections(ReportSection.RACI, ReportSection.PARTNERS,
                    ReportSection.OUTREACH, ReportSection.SUPPLY, ReportSection.EVENT, ReportSection.REVIEW)
                    .render(campaign, DAY));
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "section", "section")).hasSize(6);
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "p", "none")).hasSize(6);
            assertThat(doc.getElementsByTagNameNS(Xhtml.SVG, "svg").getLength()).isZero();
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "table")).isEmpty();
        }
    }

    @Test
    void hostileTextIsEscapedInEverySection() throws Exception {
        Campaign campaign = campaign();
        Task task = Seed004.board().tasks().get(0);
        campaign = Campaign.builder().from(campaign).board(Seed004.board().withTask(task.toBuilder().name(HOSTILE).build())).partners(partners(HOSTILE)).outreach(outreach(campaign, HOSTILE)).supply(supply(HOSTILE)).event(event(HOSTILE)).build();
        io.github.campaignkit.core.review.Review review = ReviewRendererTest.review();
        campaign = Campaign.builder().from(campaign).review(review.withRetrospective(review.retrospective().orElseThrow().toBuilder()
                .overview(HOSTILE).build())).build();
        for (Locale locale : List.of(ZH, EN)) {
            String html = HtmlReport.of(locale).render(campaign, DAY);
            Document doc = Xhtml.parse(html);
            assertThat(html).doesNotContain("<b>", "\u0007");
            for (String id : List.of("raci", "partners", "outreach", "supply", "event", "review")) {
                assertThat(Xhtml.byId(doc, id).getTextContent()).as(id).contains(CLEAN);
            }
        }
    }
}
