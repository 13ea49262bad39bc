package io.github.campaignkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.budget.Seed004Budgets;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.risk.HeatCell;
import io.github.campaignkit.core.risk.HeatMap;
import io.github.campaignkit.core.risk.RiskLevel;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.testkit.Seed004Kpi;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML report of the seed 004 campaign, of an empty campaign and of hostile text. */
class HtmlReportTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate AS_OF = Seed004Kpi.DASHBOARD_DAY;

    @TempDir
    Path folder;

    /** Seed 004 with every part: signed goals with results, KPI tracking, risks, schedule, settled budget, team. */
    static Campaign seed004() {
        Campaign campaign = Seed004Kpi.campaign();
        return Campaign.builder().from(campaign).goals(Seed004Kpi.withResults(campaign.goals())).risks(io.github.campaignkit.core.testkit.Seed004Risks.register()).schedule(io.github.campaignkit.core.schedule.Seed004.schedule()).budget(Seed004Budgets.settled()).team(Seed004.team()).build();
    }

    private static Campaign bare(String name) {
        CampaignProfile profile = CampaignProfile.builder().name(name).theme("").kind(CampaignKind.ONLINE)
                .scale(CampaignScale.SMALL).window(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
                .audience(TargetAudience.builder().description("").build()).overallLead(MemberId.of("lead"))
                .build();
        return Campaign.plan(CampaignId.of("bare"), profile);
    }

    @Test
    void theSeedReportIsWellFormedWithEverySectionInOrder() throws Exception {
        for (Locale locale : List.of(ZH, EN)) {
            String html = HtmlReport.of(locale).withEmptySections().render(seed004(), AS_OF);
            Document doc = Xhtml.parse(html);
            Element root = doc.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(Xhtml.XHTML);
            assertThat(root.getAttribute("lang")).isEqualTo(locale == ZH ? "zh-CN" : "en");
            List<String> ids = Xhtml.find(doc, Xhtml.XHTML, "section", "section").stream()
                    .map(e -> e.getAttribute("id")).collect(Collectors.toList());
            assertThat(ids).containsExactly("profile", "goals", "raci", "partners", "outreach", "budget", "schedule",
                    "risks", "supply", "event", "dashboard", "evaluation", "review");
            assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"")
                    .endsWith("</html>\n").doesNotContain("<script");
        }
        String zh = HtmlReport.of(ZH).render(seed004(), AS_OF);
        assertThat(zh).contains("<h2>执行甘特图与关键路径</h2>", "<h2>风险热力图</h2>", "<h2>数据监控看板</h2>",
                "截至 2024-08-04", "营销活动数据监控看板（2024-08-04）", "<th scope=\"col\">预警状态</th>");
        String en = HtmlReport.of(EN).render(seed004(), AS_OF);
        assertThat(en).contains("<h2>Gantt chart and critical path</h2>", "<h2>Risk heat map</h2>", "As of 2024-08-04")
                .doesNotContain("执行甘特图与关键路径");
    }

    @Test
    void oneProgressBarPerDashboardRowColouredByItsAlert() throws Exception {
        Campaign campaign = seed004();
        Dashboard dashboard = campaign.dashboard(AS_OF);
        Document doc = Xhtml.parse(HtmlReport.of(ZH).render(campaign, AS_OF));
        List<Element> bars = Xhtml.find(doc, Xhtml.SVG, "svg", "progress");
        assertThat(bars).hasSize(dashboard.rows().size()).hasSize(5);
        for (int i = 0; i < bars.size(); i++) {
            String status = dashboard.rows().get(i).status().name().toLowerCase(Locale.ROOT);
            assertThat(bars.get(i).getAttribute("class")).isEqualTo("progress status-" + status);
            Element fill = Xhtml.findIn(bars.get(i), Xhtml.SVG, "rect", "fill").get(0);
            assertThat(fill.getAttribute("fill")).isEqualTo(DashboardSection.colour(dashboard.rows().get(i).status()));
        }
        // 抖音 exposure 70% of a 160-pixel bar; 社群 shares 60% in warning; the overall conversion 83.3%.
        assertThat(Xhtml.findIn(bars.get(0), Xhtml.SVG, "rect", "fill").get(0).getAttribute("width")).isEqualTo("112");
        assertThat(bars.get(2).getAttribute("class")).isEqualTo("progress status-warning");
        assertThat(Xhtml.findIn(bars.get(2), Xhtml.SVG, "rect", "fill").get(0).getAttribute("width")).isEqualTo("96");
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "td", "alert", "alert-warning")).hasSize(2);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "td", "alert", "alert-normal")).hasSize(3);
    }

    @Test
    void oneCellPerHeatMapCellColouredByItsLevel() throws Exception {
        Campaign campaign = seed004();
        HeatMap map = campaign.risks().heatMap();
        Document doc = Xhtml.parse(HtmlReport.of(ZH).render(campaign, AS_OF));
        List<Element> cells = Xhtml.find(doc, Xhtml.SVG, "g", "heat-cell");
        assertThat(cells).hasSize(map.cells().size()).hasSize(9);
        for (Element cell : cells) {
            int likelihood = Integer.parseInt(cell.getAttribute("data-likelihood"));
            int impact = Integer.parseInt(cell.getAttribute("data-impact"));
            HeatCell expected = map.at(io.github.campaignkit.core.risk.Cell.of(likelihood, impact));
            assertThat(cell.getAttribute("class")).isEqualTo("heat-cell level-"
                    + expected.level().name().toLowerCase(Locale.ROOT));
            assertThat(cell.getAttribute("data-risks")).isEqualTo(Integer.toString(expected.risks().size()));
            Element rect = (Element) cell.getElementsByTagNameNS(Xhtml.SVG, "rect").item(0);
            assertThat(rect.getAttribute("fill")).isEqualTo(HeatMapSection.colour(expected.level()));
        }
        assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "heat-cell", "level-high")).hasSize(3);
        // 中×高 = 6 高 holds R1 (线下遇雨); 低×高 = 3 中 holds R2 and R4.
        Element rain = cells.stream().filter(c -> c.getAttribute("data-likelihood").equals("2")
                && c.getAttribute("data-impact").equals("3")).findFirst().orElseThrow();
        assertThat(rain.getTextContent()).contains("6 高", "R1");
        assertThat(map.at(io.github.campaignkit.core.risk.Cell.of(2, 3)).level()).isEqualTo(RiskLevel.HIGH);
        Element low = cells.stream().filter(c -> c.getAttribute("data-likelihood").equals("1")
                && c.getAttribute("data-impact").equals("3")).findFirst().orElseThrow();
        assertThat(low.getTextContent()).contains("3 中");
        // Each cell names its risks' scenarios, not only their ids; the tooltip names them in full.
        for (Element cell : cells) {
            for (io.github.campaignkit.core.risk.RiskId id : map.at(io.github.campaignkit.core.risk.Cell.of(
                    Integer.parseInt(cell.getAttribute("data-likelihood")),
                    Integer.parseInt(cell.getAttribute("data-impact")))).risks()) {
                String scenario = campaign.risks().find(id).orElseThrow().scenario();
                assertThat(cell.getElementsByTagNameNS(Xhtml.SVG, "title").item(0).getTextContent())
                        .contains(id.value() + " " + scenario);
            }
        }
        String firstWords = campaign.risks().find(io.github.campaignkit.core.risk.RiskId.of("R1")).orElseThrow()
                .scenario().substring(0, 4);
        assertThat(rain.getTextContent()).contains("R1 " + firstWords);
    }

    @Test
    void criticalTasksAreMarkedInTheChartAndTheTable() throws Exception {
        Campaign campaign = seed004();
        ScheduleForecast forecast = campaign.schedule().forecast().get();
        Document doc = Xhtml.parse(HtmlReport.of(ZH).render(campaign, AS_OF));
        List<Element> tasks = Xhtml.find(doc, Xhtml.SVG, "g", "task");
        assertThat(tasks).hasSize(8);
        List<String> critical = Xhtml.find(doc, Xhtml.SVG, "g", "task", "critical").stream()
                .map(e -> e.getAttribute("data-task")).collect(Collectors.toList());
        assertThat(critical).containsExactlyElementsOf(forecast.criticalTasks().stream()
                .map(t -> t.task().value()).collect(Collectors.toList()));
        assertThat(critical).containsExactly("T1", "T2", "T3", "T4", "T8");
        for (Element task : Xhtml.find(doc, Xhtml.SVG, "g", "task", "critical")) {
            Element bar = Xhtml.findIn(task, Xhtml.SVG, "rect", "bar").get(0);
            assertThat(bar.getAttribute("fill")).isEqualTo(HtmlStyle.CRITICAL);
        }
        // Every-day calendar from 07-15 to 08-04: 21 days of 28 pixels; 物料印刷 starts on day 13, 4 days long.
        Element print = tasks.get(3);
        Element bar = Xhtml.findIn(print, Xhtml.SVG, "rect", "bar").get(0);
        assertThat(bar.getAttribute("x")).isEqualTo(Integer.toString(190 + 13 * 28));
        assertThat(bar.getAttribute("width")).isEqualTo(Integer.toString(4 * 28));
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "tr", "critical")).hasSize(5);
        assertThat(Xhtml.find(doc, Xhtml.SVG, "g", "as-of")).hasSize(1);
        TaskForecast venue = forecast.task(io.github.campaignkit.core.schedule.Seed004.VENUE).orElseThrow();
        assertThat(venue.totalFloat()).isEqualTo(12);
    }

    @Test
    void daysOffBreakABarIntoBlocks() throws Exception {
        // Five working days from Thursday 2024-05-23 on a Monday-to-Friday calendar: Thu–Fri, then Mon–Wed.
        io.github.campaignkit.core.team.TaskId id = io.github.campaignkit.core.team.TaskId.of("T");
        io.github.campaignkit.core.schedule.Schedule schedule = io.github.campaignkit.core.schedule.Schedule.builder()
                .start(LocalDate.of(2024, 5, 23))
                .calendar(io.github.campaignkit.core.schedule.WorkingCalendar.mondayToFriday())
                .addTasks(io.github.campaignkit.core.schedule.GanttTask.of(id, "素材制作", MemberId.of("li"), 5)).build();
        Document doc = Xhtml.parse(HtmlReport.of(EN).withSections(ReportSection.SCHEDULE)
                .render(Campaign.builder().from(bare("x")).schedule(schedule).build(), AS_OF));
        Element task = Xhtml.find(doc, Xhtml.SVG, "g", "task", "critical").get(0);
        List<Element> blocks = Xhtml.findIn(task, Xhtml.SVG, "rect", "bar");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).getAttribute("width")).isEqualTo(Integer.toString(2 * 28));
        assertThat(Integer.parseInt(blocks.get(1).getAttribute("x")) - Integer.parseInt(blocks.get(0).getAttribute("x")))
                .isEqualTo(4 * 28);
        assertThat(blocks.get(1).getAttribute("width")).isEqualTo(Integer.toString(3 * 28));
        assertThat(Xhtml.findIn(Xhtml.find(doc, Xhtml.SVG, "g", "days-off").get(0), Xhtml.SVG, "rect")).hasSize(1);
    }

    @Test
    void theBudgetHasABarPerCategoryWithPlannedAndActual() throws Exception {
        Campaign campaign = seed004();
        Document doc = Xhtml.parse(HtmlReport.of(ZH).render(campaign, AS_OF));
        List<Element> bars = Xhtml.find(doc, Xhtml.SVG, "g", "budget-bar");
        assertThat(bars).hasSize(campaign.budget().plan().subtotals().size());
        assertThat(bars.stream().map(b -> b.getAttribute("data-category")).collect(Collectors.toList()))
                .containsExactly("people", "materials", "channels", "venue", "contingency");
        for (Element bar : bars) {
            assertThat(Xhtml.findIn(bar, Xhtml.SVG, "rect", "planned")).hasSize(1);
            assertThat(Xhtml.findIn(bar, Xhtml.SVG, "rect", "actual")).hasSize(1);
        }
        // The largest category (channels, 28,000) fills the 360-pixel bar.
        assertThat(Xhtml.findIn(bars.get(2), Xhtml.SVG, "rect", "planned").get(0).getAttribute("width"))
                .isEqualTo("360");
        Element total = Xhtml.find(doc, Xhtml.XHTML, "tr", "total").get(0);
        assertThat(total.getTextContent()).contains("合计", "68,000.00", "100%");
    }

    @Test
    void theEvaluationTableShowsTheSeedsAchievements() throws Exception {
        Document doc = Xhtml.parse(HtmlReport.of(ZH).render(seed004(), AS_OF));
        Element evaluation = Xhtml.byId(doc, "evaluation");
        assertThat(evaluation.getTextContent()).contains("营销活动效果评估表".substring(4), "124%", "127.5%", "549%");
        assertThat(Xhtml.findIn(evaluation, Xhtml.XHTML, "tr", "met")).isNotEmpty();
    }

    @Test
    void anEmptyCampaignSaysSoInEverySectionWhenAskedAndLeavesEmptySectionsOutOtherwise() throws Exception {
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = Xhtml.parse(HtmlReport.of(locale).withEmptySections().render(bare("空白活动"), AS_OF));
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "section", "section")).hasSize(13);
            // Every section but the profile has its explicit "none" line, and no chart is drawn.
            assertThat(Xhtml.find(doc, Xhtml.XHTML, "p", "none")).hasSize(12);
            assertThat(doc.getElementsByTagNameNS(Xhtml.SVG, "svg").getLength()).isZero();
            // The full report leaves them out: only the profile has something to show.
            Document full = Xhtml.parse(HtmlReport.of(locale).render(bare("空白活动"), AS_OF));
            assertThat(Xhtml.find(full, Xhtml.XHTML, "section", "section")).extracting(e -> e.getAttribute("id"))
                    .containsExactly("profile");
            // A section asked for by name is shown even when empty.
            Document asked = Xhtml.parse(HtmlReport.of(locale).withSections(ReportSection.BUDGET)
                    .render(bare("空白活动"), AS_OF));
            assertThat(Xhtml.find(asked, Xhtml.XHTML, "p", "none")).hasSize(1);
        }
        for (ReportSection section : ReportSection.values()) {
            assertThat(section.isEmpty(bare("空白活动"))).as(section.name()).isEqualTo(section != ReportSection.PROFILE);
            assertThat(section.isEmpty(seed004())).as(section.name()).isEqualTo(
                    section == ReportSection.PARTNERS || section == ReportSection.OUTREACH || section == ReportSection.RACI
                    || section == ReportSection.SUPPLY || section == ReportSection.EVENT || section == ReportSection.REVIEW);
        }
        String zh = HtmlReport.of(ZH).withEmptySections().render(bare("空白活动"), AS_OF);
        assertThat(zh).contains("尚未设定目标。", "预算尚无明细。", "尚未排期。", "尚未登记风险。", "尚未设置监控指标。");
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws Exception {
        String hostile = "<script>alert(\"x&y\")</script> 'q' ]]> 满300减50 😀 \u0007end";
        Campaign campaign = seed004();
        campaign = Campaign.builder().from(campaign).profile(campaign.profile().toBuilder().name(hostile).theme(hostile)
                .slogan(Optional.of("\"&<>'")).departments(List.of(Department.of("<市场部&>")))
                .mechanics(List.of(hostile)).build()).build();
        for (Locale locale : List.of(ZH, EN)) {
            String html = HtmlReport.of(locale).render(campaign, AS_OF);
            Document doc = Xhtml.parse(html);
            assertThat(html).doesNotContain("<script>", "\u0007").contains("&lt;script&gt;alert(\"x&amp;y\")");
            String expected = hostile.replace('\u0007', '\uFFFD');
            assertThat(doc.getElementsByTagNameNS(Xhtml.XHTML, "h1").item(0).getTextContent()).isEqualTo(expected);
            assertThat(Xhtml.byId(doc, "profile").getTextContent()).contains(expected, "\"&<>'", "<市场部&>");
        }
        // Attribute values carry quotes and line breaks as references.
        StringBuilder out = new StringBuilder();
        new Markup(out).empty("rect", "data-x", "a\"b'c<d>&\n\te\uD800");
        assertThat(out.toString()).isEqualTo("<rect data-x=\"a&quot;b&#39;c&lt;d&gt;&amp;&#10;&#9;e\uFFFD\"/>");
        assertThat(Xhtml.parse("<r " + out.toString().substring(6)).getDocumentElement().getAttribute("data-x"))
                .isEqualTo("a\"b'c<d>&\n\te\uFFFD");
    }

    @Test
    void sameCampaignSameBytesWhateverTheOrderOfSelection() throws Exception {
        Campaign campaign = seed004();
        String first = HtmlReport.of(ZH).render(campaign, AS_OF);
        assertThat(HtmlReport.of(ZH).render(seed004(), AS_OF)).isEqualTo(first);
        assertThat(HtmlReport.of(ZH).render(campaign, Clock.fixed(Instant.parse("2024-08-04T02:00:00Z"),
                ZoneId.of("Asia/Shanghai")))).isEqualTo(first);
        String some = HtmlReport.of(ZH).withSections(ReportSection.RISKS, ReportSection.PROFILE).render(campaign, AS_OF);
        assertThat(HtmlReport.of(ZH).withSections(List.of(ReportSection.PROFILE, ReportSection.RISKS))
                .render(campaign, AS_OF)).isEqualTo(some);
        Document doc = Xhtml.parse(some);
        assertThat(Xhtml.find(doc, Xhtml.XHTML, "section", "section").stream().map(e -> e.getAttribute("id")))
                .containsExactly("profile", "risks");
        assertThat(HtmlReport.of(ZH).without(ReportSection.GOALS, ReportSection.RACI, ReportSection.PARTNERS,
                ReportSection.OUTREACH, ReportSection.BUDGET, ReportSection.SCHEDULE, ReportSection.SUPPLY,
                ReportSection.EVENT, ReportSection.DASHBOARD, ReportSection.EVALUATION, ReportSection.REVIEW)
                .render(campaign, AS_OF)).isEqualTo(some);
        assertThat(HtmlReport.of(EN).render(campaign, AS_OF)).isNotEqualTo(first);
        assertThat(HtmlReport.of(EN).withLocale(ZH).render(campaign, AS_OF)).isEqualTo(first);
        assertThat(HtmlReport.of(ZH).render(campaign, AS_OF.plusDays(1))).isNotEqualTo(first);
    }

    @Test
    void writesToAFileAndToAnAppendable() throws Exception {
        Campaign campaign = seed004();
        String html = HtmlReport.of(ZH).render(campaign, AS_OF);
        Path file = HtmlReport.of(ZH).write(campaign, AS_OF, folder.resolve("nested/report.html"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(html);
        StringWriter writer = new StringWriter();
        HtmlReport.of(ZH).renderTo(campaign, AS_OF, writer);
        assertThat(writer).hasToString(html);
    }

    @Test
    void badArgumentsNameWhatIsWrong() {
        HtmlReport report = HtmlReport.of(ZH);
        assertThatThrownBy(() -> HtmlReport.of(null)).hasMessage("locale");
        assertThatThrownBy(() -> report.render(null, AS_OF)).hasMessage("campaign");
        assertThatThrownBy(() -> report.render(seed004(), (LocalDate) null)).hasMessage("asOf");
        assertThatThrownBy(() -> report.withSections(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("selected: ");
        assertThatThrownBy(() -> report.without(ReportSection.values())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sections: needs at least one entry");
        assertThatThrownBy(() -> report.withMessages(null)).hasMessage("renderer");
        assertThat(report.sections()).containsExactly(ReportSection.values());
        assertThat(report.withSections(ReportSection.BUDGET).sections()).containsExactly(ReportSection.BUDGET);
        assertThat(report.locale()).isEqualTo(ZH);
        assertThat(ReportSection.SCHEDULE.label(ZH)).isEqualTo("执行甘特图与关键路径");
    }

    @Test
    void anUncomputableScheduleIsReportedNotDrawn() throws Exception {
        Campaign campaign = seed004();
        io.github.campaignkit.core.schedule.Schedule cyclic = campaign.schedule().withDependencies(List.of(
                io.github.campaignkit.core.schedule.Dependency.finishToStart(
                        io.github.campaignkit.core.schedule.Seed004.PLAN, io.github.campaignkit.core.schedule.Seed004.DESIGN),
                io.github.campaignkit.core.schedule.Dependency.finishToStart(
                        io.github.campaignkit.core.schedule.Seed004.DESIGN, io.github.campaignkit.core.schedule.Seed004.PLAN)));
        Document doc = Xhtml.parse(HtmlReport.of(ZH).withSections(ReportSection.SCHEDULE)
                .render(Campaign.builder().from(campaign).schedule(cyclic).build(), AS_OF));
        Element section = Xhtml.byId(doc, "schedule");
        assertThat(section.getTextContent()).contains("排期无法计算：");
        assertThat(Xhtml.findIn(section, Xhtml.XHTML, "li", "error")).isNotEmpty();
        assertThat(section.getElementsByTagNameNS(Xhtml.SVG, "svg").getLength()).isZero();
    }

    @Test
    void membersAreNamedFromTheTeam() {
        // The dashboard's owners are team members; the schedule's owners (张*, 李*) are not, and show as they are.
        String html = HtmlReport.of(ZH).withSections(ReportSection.DASHBOARD, ReportSection.SCHEDULE)
                .render(seed004(), AS_OF);
        String name = seed004().team().member(MemberId.of("zhang")).orElseThrow().name();
        assertThat(html).contains("<td>" + name + "</td>", "<td>李*</td>").doesNotContain("（zhang）", ">zhang<");
    }

    @Test
    void twoMembersOfOneNameAreToldApartByTheirIds() {
        Campaign campaign = seed004();
        Member zhang = campaign.team().member(MemberId.of("zhang")).orElseThrow();
        Member other = campaign.team().members().stream().filter(m -> !m.id().equals(zhang.id())).findFirst().orElseThrow();
        Campaign namesakes = Campaign.builder().from(campaign).team(campaign.team().toBuilder().members(
                campaign.team().members().stream().map(m -> m.equals(other) ? m.toBuilder().name(zhang.name()).build() : m)
                        .toList()).build()).build();
        String html = HtmlReport.of(ZH).withSections(ReportSection.PROFILE).render(namesakes, AS_OF);
        assertThat(html).contains(zhang.name() + "（zhang）");
    }

    @Test
    void theGanttShowsThePhasesTheBoardsStatusAndWhereTheDayIs() throws Exception {
        Campaign campaign = seed004();
        io.github.campaignkit.core.schedule.GanttTask first = campaign.schedule().tasks().get(0);
        // The first Gantt row is also a task of the board, finished there.
        io.github.campaignkit.core.team.TaskBoard board = io.github.campaignkit.core.Seed004.board();
        io.github.campaignkit.core.team.Task onBoard = board.tasks().get(0).toBuilder().id(first.id())
                .status(io.github.campaignkit.core.team.TaskStatus.DONE).build();
        java.util.List<io.github.campaignkit.core.team.Task> tasks = new java.util.ArrayList<>(board.tasks());
        tasks.set(0, onBoard);
        Campaign boarded = Campaign.builder().from(campaign)
                .board(new io.github.campaignkit.core.team.TaskBoard(tasks, board.raci())).build();
        for (Locale locale : List.of(ZH, EN)) {
            Document doc = Xhtml.parse(HtmlReport.of(locale).withSections(ReportSection.SCHEDULE).render(boarded, AS_OF));
            List<Element> phases = Xhtml.find(doc, Xhtml.SVG, "g", "phase");
            assertThat(phases).isNotEmpty().hasSizeLessThanOrEqualTo(campaign.profile().phases().size());
            for (Element phase : phases) {
                io.github.campaignkit.core.schedule.Phase expected = campaign.profile().phases().stream()
                        .filter(p -> p.kind().name().toLowerCase(Locale.ROOT).equals(phase.getAttribute("data-phase")))
                        .findFirst().orElseThrow();
                assertThat(phase.getTextContent()).contains(expected.kind().label(locale));
            }
            Element row = Xhtml.find(doc, Xhtml.XHTML, "table", "tasks").get(0)
                    .getElementsByTagNameNS(Xhtml.XHTML, "tbody").item(0) instanceof Element body
                    ? (Element) body.getElementsByTagNameNS(Xhtml.XHTML, "tr").item(0) : null;
            assertThat(row).isNotNull();
            assertThat(row.getTextContent()).contains(io.github.campaignkit.core.team.TaskStatus.DONE.label(locale));
        }
        String after = HtmlReport.of(ZH).withSections(ReportSection.SCHEDULE).render(campaign, LocalDate.of(2025, 1, 1));
        assertThat(after).contains("截至 2025-01-01：已过甘特图最后一天");
        String before = HtmlReport.of(EN).withSections(ReportSection.SCHEDULE).render(campaign, LocalDate.of(2020, 1, 1));
        assertThat(before).contains("As of 2020-01-01: before the chart's first day");
    }
}
