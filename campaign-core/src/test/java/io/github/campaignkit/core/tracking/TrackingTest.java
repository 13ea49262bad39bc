package io.github.campaignkit.core.tracking;

import static io.github.campaignkit.core.Seed004.LI;
import static io.github.campaignkit.core.Seed004.LIU;
import static io.github.campaignkit.core.Seed004.WANG;
import static io.github.campaignkit.core.Seed004.ZHANG;
import static io.github.campaignkit.core.Seed004.ZHAO;
import static io.github.campaignkit.core.Seed004.at;
import static io.github.campaignkit.core.Seed004.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 004's 进度日报 rows and its issue-response rules. */
class TrackingTest {

    private static final DateRange WINDOW = Seed004.profile().window();
    private static final Team TEAM = Seed004.team();

    static DailyReport july31(Instant submitted) {
        return DailyReport.builder().date(day(7, 31)).member(ZHANG)
                .addDone("抖音预热视频上线，播放量5万+", "社群转发启动200+人")
                .addPlan("高校公众号推文发布", "增加5000元抖音投放预算")
                .addProblems("部分学生反映礼品吸引力不足")
                .addResources("市场部确认是否可升级礼品（如增加充电宝）")
                .submittedAt(submitted).build();
    }

    static DailyReport august1(Instant submitted) {
        return DailyReport.builder().date(day(8, 1)).member(WANG)
                .addDone("物料全部到货并入库", "现场人员培训完成")
                .addPlan("快闪店场地最后布置", "设备调试")
                .addProblems("雨棚数量不足（仅够2个摊位）")
                .addResources("行政部紧急采购2个雨棚")
                .submittedAt(submitted).build();
    }

    static DailyReport august2(Instant submitted) {
        return DailyReport.builder().date(day(8, 2)).member(LI)
                .addDone("线上线索量达800+，转化率12%")
                .addPlan("重点跟进高意向线索", "优化直播话术")
                .addProblems("直播间互动率偏低（<10%）")
                .addResources("增加1名主播助理引导互动")
                .submittedAt(submitted).build();
    }

    static Tracking seedReports() {
        return Tracking.empty().submit(july31(at(7, 31, 16, 30)), WINDOW).get()
                .submit(august1(at(8, 1, 17, 20)), WINDOW).get()
                .submit(august2(at(8, 2, 16, 50)), WINDOW).get();
    }

    private static final List<LocalDate> DAYS = List.of(day(7, 31), day(8, 1), day(8, 2));

    @Test
    void reportsAreDueAt17OClockAndLateOnesAreFlagged() {
        TrackingPolicy oneReportADay = TrackingPolicy.standard().toBuilder().reportDuty(ReportDuty.TEAM).build();
        Clock evening = Clock.fixed(at(8, 2, 18, 0), Seed004.SHANGHAI);
        Violation late = TrackingRules.reports(seedReports(), TEAM, DAYS, oneReportADay, evening).single();
        assertThat(late.code()).isEqualTo("tracking.report.late");
        assertThat(late.path()).isEqualTo("reports[1].submittedAt");
        assertThat(late.isWarning()).isTrue();
        assertThat(late.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("wang 于 2024-08-01 17:20 提交 2024-08-01 的进度日报，晚于截止时间 2024-08-01 17:00。");
        assertThat(late.message(Locale.ENGLISH)).isEqualTo(
                "wang submitted the daily report for 2024-08-01 at 2024-08-01 17:20, after the deadline 2024-08-01 17:00.");
    }

    @Test
    void everyModuleLeadOwesADailyReportByDefault() {
        Clock evening = Clock.fixed(at(8, 2, 18, 0), Seed004.SHANGHAI);
        List<Violation> found = TrackingRules.reports(seedReports(), TEAM, DAYS, TrackingPolicy.standard(), evening)
                .toJavaList();
        // Five module leads (张* leads 策划统筹) over three days, one report each day: 12 missing, 1 late.
        assertThat(found).filteredOn(v -> v.code().equals("tracking.report.missing")).hasSize(12);
        assertThat(found).filteredOn(v -> v.code().equals("tracking.report.late")).hasSize(1);
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("li 未提交 2024-07-31 的进度日报（截止时间 2024-07-31 17:00）。");
        // Before 17:00 on 8.02 that day is not yet missing.
        Clock afternoon = Clock.fixed(at(8, 2, 16, 0), Seed004.SHANGHAI);
        assertThat(TrackingRules.reports(seedReports(), TEAM, DAYS, TrackingPolicy.standard(), afternoon)
                .filter(v -> v.code().equals("tracking.report.missing"))).hasSize(8);
    }

    @Test
    void aDayWithoutAnyReportIsFlaggedWhenOneFromTheTeamWouldDo() {
        TrackingPolicy oneReportADay = TrackingPolicy.standard().toBuilder().reportDuty(ReportDuty.TEAM).build();
        Clock later = Clock.fixed(at(8, 4, 9, 0), Seed004.SHANGHAI);
        List<Violation> found = TrackingRules.reports(seedReports(), TEAM, List.of(day(8, 2), day(8, 3)), oneReportADay,
                later).toJavaList();
        assertThat(found).extracting(Violation::code).containsExactly("tracking.report.none");
        assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo("Nobody submitted a daily report for 2024-08-03 (due 2024-08-03 17:00).");
    }

    @Test
    void aReportDatedOutsideTheCampaignIsRefused() {
        DailyReport early = july31(at(7, 18, 16, 0)).toBuilder().date(day(7, 18)).build();
        Refusal refusal = Tracking.empty().submit(early, WINDOW).getLeft();
        assertThat(refusal.codes()).containsExactly("tracking.report.outside-window");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] date：日报日期 2024-07-18 不在活动时间 2024-07-20…2024-08-10 内。");
        Tracking imported = Tracking.builder().addReports(early).build();
        assertThat(TrackingRules.reportsWithin(WINDOW).check(imported)).extracting(Violation::path)
                .containsExactly("reports[0].date");
    }

    @Test
    void aSecondReportOfTheSameDayAndEmptyReportsAreRefused() {
        Refusal twice = seedReports().submit(july31(at(7, 31, 16, 45)), WINDOW).getLeft();
        assertThat(twice.codes()).containsExactly("tracking.report.duplicate");
        DailyReport empty = DailyReport.builder().date(day(8, 3)).member(ZHAO).submittedAt(at(8, 3, 16, 0)).build();
        assertThat(seedReports().submit(empty, WINDOW).getLeft().codes()).containsExactly("tracking.report.empty");
        DailyReport blank = empty.toBuilder().addDone("数据日报", " ").build();
        Refusal refusal = seedReports().submit(blank, WINDOW).getLeft();
        assertThat(refusal.violations().map(Violation::path)).containsExactly("done[1]");
    }

    @Test
    void theWeeklyRollUpOfTheSeedRows() {
        WeeklyReport week = WeeklyReport.week(seedReports().reports(), day(7, 29));
        assertThat(week.period()).isEqualTo(DateRange.of(day(7, 29), day(8, 4)));
        assertThat(week.days()).hasSize(7);
        assertThat(week.reportsSubmitted()).isEqualTo(3);
        assertThat(week.itemsDone()).isEqualTo(5);
        assertThat(week.resourcesRequested()).extracting(ReportItem::text).containsExactly(
                "市场部确认是否可升级礼品（如增加充电宝）", "行政部紧急采购2个雨棚", "增加1名主播助理引导互动");
        assertThat(week.problemsStillOpen()).containsExactly(
                new ReportItem(day(7, 31), ZHANG, "部分学生反映礼品吸引力不足"),
                new ReportItem(day(8, 1), WANG, "雨棚数量不足（仅够2个摊位）"),
                new ReportItem(day(8, 2), LI, "直播间互动率偏低（<10%）"));
        assertThat(week.days().get(3).reporters()).containsExactly(WANG);
        assertThat(week.days().get(0).reporters()).isEmpty();

        DailyReport solved = august1(at(8, 3, 16, 0)).toBuilder().date(day(8, 3)).problems(List.of()).build();
        WeeklyReport later = WeeklyReport.week(seedReports().submit(solved, WINDOW).get().reports(), day(7, 29));
        assertThat(later.problemsStillOpen()).extracting(ReportItem::member).containsExactly(ZHANG, LI);
    }

    /** The seed's example of a big issue: the live stream draws 2,000 viewers instead of 5,000. */
    static Issue liveStream() {
        return Issue.builder().id(IssueId.of("Q-1")).raisedAt(at(8, 2, 10, 0)).raisedBy(ZHAO).module(Seed004.DATA)
                .severity(IssueSeverity.BIG).description("抖音直播观看人数不足预期（目标5000人，实际仅2000人）").build();
    }

    @Test
    void aBigIssueGoesToTheOverallLeadWhoAnswersWithinTwoHours() {
        Issue issue = liveStream();
        TrackingPolicy policy = TrackingPolicy.standard();
        assertThat(Escalations.handler(issue, TEAM, policy, at(8, 2, 10, 5))).contains(ZHANG);
        assertThat(Escalations.deadline(issue, TEAM, policy, at(8, 2, 10, 5))).contains(at(8, 2, 12, 0));

        Tracking open = Tracking.empty().raise(issue).get();
        Clock noon = Clock.fixed(at(8, 2, 12, 30), Seed004.SHANGHAI);
        Violation overdue = TrackingRules.issues(open, TEAM, policy, noon).single();
        assertThat(overdue.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("问题 Q-1 仍未获 zhang 答复，应于 2024-08-02 12:00 前答复。");

        Tracking answered = open.decide(issue.id(), IssueDecision.of(at(8, 2, 11, 30), ZHANG,
                "1.增加晚8点-10点直播场次；2.投放1000元DOU+定向高校周边；3.邀请1名高校KOL连麦")).get();
        assertThat(TrackingRules.issues(answered, TEAM, policy, noon)).isEmpty();
        assertThat(answered.issue(issue.id()).orElseThrow().status()).isEqualTo(IssueStatus.ANSWERED);
        assertThat(TrackingRules.severeIssuesResolved().check(answered)).extracting(Violation::code)
                .containsExactly("tracking.issue.unresolved");
        assertThat(TrackingRules.severeIssuesResolved().check(answered).head().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("大问题 Q-1 尚未解决（当前为已答复）。");
        Tracking resolved = answered.resolve(issue.id(), IssueDecision.of(at(8, 3, 22, 0), ZHANG, "观看人数回升至4800")).get();
        assertThat(TrackingRules.severeIssuesResolved().check(resolved)).isEmpty();
        assertThat(resolved.resolve(issue.id(), IssueDecision.of(at(8, 3, 23, 0), ZHANG, "再次")).getLeft().codes())
                .containsExactly("tracking.issue.already-resolved");
    }

    @Test
    void aSmallIssueNotDecidedOnTheSpotGoesUpToTheOverallLead() {
        Issue gifts = Issue.builder().id(IssueId.of("Q-2")).raisedAt(at(8, 1, 10, 0)).raisedBy(LIU)
                .module(Seed004.OFFLINE).severity(IssueSeverity.SMALL).description("现场礼品不足").build();
        TrackingPolicy policy = TrackingPolicy.standard();
        assertThat(Escalations.of(gifts, TEAM, policy, at(8, 1, 10, 20))).isEmpty();
        assertThat(Escalations.handler(gifts, TEAM, policy, at(8, 1, 10, 20))).contains(WANG);

        List<Escalation> escalations = Escalations.of(gifts, TEAM, policy, at(8, 1, 10, 45));
        assertThat(escalations).containsExactly(new Escalation(at(8, 1, 10, 30), WANG, TeamRole.MODULE_LEAD, ZHANG,
                TeamRole.OVERALL_LEAD));
        Tracking tracking = Tracking.empty().raise(gifts).get();
        Violation escalated = TrackingRules.issues(tracking, TEAM, policy, Clock.fixed(at(8, 1, 10, 45), Seed004.SHANGHAI))
                .single();
        assertThat(escalated.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("问题 Q-2 未获 wang 及时答复，已于 2024-08-01 10:30 上报总负责人 zhang。");
        assertThat(escalated.message(Locale.ENGLISH))
                .isEqualTo("Issue Q-2 was not answered by wang in time and went up to the overall lead zhang at 2024-08-01 10:30.");

        assertThat(TrackingRules.issues(tracking, TEAM, policy, Clock.fixed(at(8, 1, 11, 5), Seed004.SHANGHAI)))
                .extracting(Violation::code).containsExactly("tracking.issue.escalated", "tracking.issue.response.overdue");

        Tracking decided = tracking.decide(gifts.id(), IssueDecision.of(at(8, 1, 10, 20), WANG, "从备用库存调拨50份")).get();
        assertThat(Escalations.of(decided.issue(gifts.id()).orElseThrow(), TEAM, policy, at(8, 1, 18, 0))).isEmpty();
    }

    @Test
    void anUrgentIssueIsAnsweredWithinAnHourAndFixedWithinADay() {
        Issue tents = Issue.builder().id(IssueId.of("Q-3")).raisedAt(at(8, 1, 15, 0)).raisedBy(WANG)
                .module(Seed004.OFFLINE).severity(IssueSeverity.URGENT).description("雨棚数量不足（仅够2个摊位）").build();
        Tracking tracking = Tracking.empty().raise(tents).get()
                .decide(tents.id(), IssueDecision.of(at(8, 1, 15, 20), WANG, "行政部紧急采购2个雨棚")).get();
        TrackingPolicy policy = TrackingPolicy.standard();
        assertThat(TrackingRules.issues(tracking, TEAM, policy, Clock.fixed(at(8, 2, 14, 0), Seed004.SHANGHAI))).isEmpty();
        Violation overdue = TrackingRules.issues(tracking, TEAM, policy, Clock.fixed(at(8, 2, 16, 0), Seed004.SHANGHAI))
                .single();
        assertThat(overdue.code()).isEqualTo("tracking.issue.fix.overdue");
        assertThat(overdue.message(Locale.ENGLISH)).isEqualTo("Issue Q-3 is not resolved; it was due at 2024-08-02 15:00.");
        Tracking fixedLate = tracking.resolve(tents.id(), IssueDecision.of(at(8, 2, 18, 0), WANG, "雨棚到位")).get();
        assertThat(TrackingRules.issues(fixedLate, TEAM, policy, Clock.fixed(at(8, 3, 9, 0), Seed004.SHANGHAI)))
                .extracting(Violation::code).containsExactly("tracking.issue.fix.late");
    }

    @Test
    void issuesNeedAnOverallLeadToGoTo() {
        Tracking tracking = Tracking.empty().raise(liveStream()).get();
        assertThat(TrackingRules.issues(tracking, Team.empty(), TrackingPolicy.standard(),
                Clock.fixed(at(8, 2, 10, 5), Seed004.SHANGHAI))).extracting(Violation::code)
                .containsExactly("tracking.issue.no-handler");
    }

    @Test
    void issueCommandsRefuseDuplicatesUnknownsAndBlanks() {
        Tracking tracking = Tracking.empty().raise(liveStream()).get();
        assertThat(tracking.raise(liveStream().toBuilder().description(" ").build()).getLeft().codes())
                .containsExactly("tracking.issue.duplicate", "tracking.issue.description.blank");
        assertThat(tracking.decide(IssueId.of("Q-9"), IssueDecision.of(at(8, 2, 11, 0), ZHANG, " ")).getLeft().codes())
                .containsExactly("tracking.issue.unknown", "tracking.issue.decision.blank");
        assertThat(tracking.record(LogEntry.builder().at(at(8, 2, 11, 0)).author(ZHANG).action(" ").build())
                .getLeft().codes()).containsExactly("tracking.log.action.blank");
        LogEntry entry = LogEntry.builder().at(at(8, 1, 18, 0)).author(WANG).action("快闪店场地布置完成")
                .problem("雨棚数量不足").resolution("行政部紧急采购2个雨棚").task(Seed004.T3).build();
        assertThat(tracking.record(entry).get().log()).containsExactly(entry);
        assertThat(TrackingRules.standard().check(tracking.record(entry).get())).isEmpty();
    }

    @Test
    void trackingNamesItsPeopleByPath() {
        Tracking tracking = seedReports().raise(liveStream()).get()
                .decide(IssueId.of("Q-1"), IssueDecision.of(at(8, 2, 11, 0), MemberId.of("boss"), "加场")).get();
        assertThat(tracking.memberReferences()).containsEntry("reports[1].member", WANG)
                .containsEntry("issues[0].raisedBy", ZHAO).containsEntry("issues[0].decisions[0].by", MemberId.of("boss"));
        assertThat(io.github.campaignkit.core.team.TeamRules.references(TEAM, tracking.memberReferences()))
                .extracting(Violation::path).containsExactly("issues[0].decisions[0].by");
        assertThat(tracking.report(day(8, 1), WANG)).isPresent();
        assertThat(tracking.report(day(8, 1), LI)).isEqualTo(Optional.empty());
    }
}
