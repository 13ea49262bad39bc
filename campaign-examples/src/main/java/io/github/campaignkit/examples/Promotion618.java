package io.github.campaignkit.examples;

import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.report.GanttRenderer;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.Task;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.json.CampaignJson;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
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

/**
 * Seed 000: the 品牌618促销活动 (年中大促·满300减50, 2024-06-01…06-18, online) walked through its
 * lifecycle. The first attempts to leave planning are refused, and the example prints what each
 * refusal still needs; once the profile is complete the campaign moves on, is held and resumed
 * while the brand reschedules, and is archived.
 */
public final class Promotion618 {

    /** 张经理, the overall lead. */
    public static final MemberId LEAD = MemberId.of("zhang.jingli");
    /** 李策划, of the planning group. */
    public static final MemberId PLANNER = MemberId.of("li.cehua");

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Lang lang;
    private final PrintStream out;

    /**
     * An example that prints to the given stream.
     *
     * @param lang the language to print in
     * @param out  where to print
     */
    public Promotion618(Lang lang, PrintStream out) {
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
        new Promotion618(Lang.fromArgs(args), new PrintStream(System.out, true, StandardCharsets.UTF_8))
                .run(Path.of("target", "campaign-reports"));
    }

    /**
     * The draft profile the planning group starts from: theme not yet settled, no departments
     * named, and a warm-up that starts before the window.
     *
     * @return the draft
     */
    public static CampaignProfile draftProfile() {
        return CampaignProfile.builder()
                .name("品牌618促销活动")
                .theme("")
                .kind(CampaignKind.ONLINE)
                .scale(CampaignScale.LARGE)
                .window(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 18)))
                .addPhases(Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 10))),
                        Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 18))))
                .audience(TargetAudience.builder().description("18-35岁女性，客单价150-300元")
                        .ageRange(AgeRange.of(18, 35)).addPreferredMedia("抖音", "小红书", "微信").build())
                .overallLead(LEAD)
                .addMechanics("满减", "抽奖")
                .build();
    }

    /**
     * The profile once the planning group has completed it.
     *
     * @return the complete profile
     */
    public static CampaignProfile completeProfile() {
        return draftProfile().toBuilder()
                .theme("年中大促·满300减50")
                .slogan("618 年中狂欢，满300减50")
                .phases(List.of(
                        Phase.of(PhaseKind.WARM_UP, DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 10))),
                        Phase.of(PhaseKind.BURST, DateRange.of(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 18)))))
                .departments(List.of(Department.of("市场部"), Department.of("品牌部"), Department.of("销售部")))
                .build();
    }

    /**
     * The execution schedule: preparation from 05-20 on a Monday-to-Friday calendar with the
     * Dragon Boat holiday (06-10), then the warm-up and the burst, finishing on 06-14.
     *
     * @return the schedule
     */
    public static Schedule schedule() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withName("中国大陆 2024")
                .withHolidays(List.of(LocalDate.of(2024, 6, 10)));
        TaskId plan = TaskId.of("方案确认");
        TaskId assets = TaskId.of("素材制作");
        TaskId warmUp = TaskId.of("预热投放");
        TaskId burst = TaskId.of("大促执行");
        return Schedule.builder().start(LocalDate.of(2024, 5, 20)).calendar(calendar)
                .addTasks(Task.of(plan, "方案确认", LEAD, 3),
                        Task.of(assets, "素材制作", PLANNER, 5),
                        Task.builder().id(warmUp).name("预热投放").owner(PLANNER).duration(6)
                                .phase(PhaseKind.WARM_UP).build(),
                        Task.builder().id(burst).name("大促执行").owner(LEAD).duration(5)
                                .phase(PhaseKind.BURST).build())
                .addDependencies(Dependency.finishToStart(plan, assets), Dependency.finishToStart(assets, warmUp),
                        Dependency.finishToStart(warmUp, burst))
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
        Lifecycle lifecycle = Lifecycle.standard();
        out.println(lang.pick("== 种子 000：品牌618促销活动（年中大促·满300减50）==",
                "== Seed 000: the brand 618 promotion (mid-year sale, 50 off every 300) =="));

        Campaign campaign = Campaign.plan(CampaignId.of("2024-618"), draftProfile()).withSchedule(schedule());
        Clock clock = at(2024, 5, 20, 9, 0);

        out.println(lang.pick("\n李策划提交草案，申请进入准备阶段：", "\nThe planner submits the draft and asks to move on:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Advance.by(PLANNER), clock);

        out.println(lang.pick("\n总负责人张经理亲自申请：", "\nThe overall lead asks himself:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Advance.by(LEAD), clock);

        out.println(lang.pick("\n策划组补全活动主题、口号、参与部门，并把预热期移入活动时间：",
                "\nThe planning group completes theme, slogan and departments and moves the warm-up into the window:"));
        long seen = campaign.revision();
        campaign = attempt(lifecycle, campaign, CampaignCommand.ReviseProfile.by(LEAD, completeProfile()).basedOn(seen),
                at(2024, 5, 21, 10, 30));

        out.println(lang.pick("\n另一位同事仍基于旧版本修改：", "\nA colleague edits from the old revision:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.ReviseProfile.by(LEAD, draftProfile()).basedOn(seen),
                at(2024, 5, 21, 10, 31));

        out.println(lang.pick("\n再次申请进入准备阶段：", "\nThe lead asks again to move on:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Advance.by(LEAD).withNote("方案已评审"),
                at(2024, 5, 22, 9, 0));

        campaign = attempt(lifecycle, campaign, CampaignCommand.Hold.by(LEAD, "品牌方调整主推新品，暂停两天"),
                at(2024, 5, 24, 14, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Advance.by(LEAD), at(2024, 5, 25, 9, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Resume.by(LEAD), at(2024, 5, 26, 9, 0));
        out.println(lang.pick("\n执行甘特图：", "\nThe execution Gantt chart:"));
        out.print(GanttRenderer.standard().render(campaign.schedule().forecast().get(), lang.locale()));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Advance.by(LEAD).withNote("启动会已召开"),
                at(2024, 5, 31, 18, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Advance.by(LEAD), at(2024, 6, 19, 9, 0));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Advance.by(LEAD).withNote("复盘报告已归档"),
                at(2024, 6, 25, 17, 0));

        out.println(lang.pick("\n归档后还有人想暂停：", "\nSomeone tries to hold the archived campaign:"));
        campaign = attempt(lifecycle, campaign, CampaignCommand.Hold.by(LEAD, "补充材料"), at(2024, 6, 26, 9, 0));

        printHistory(campaign);
        Files.createDirectories(reports);
        Path document = reports.resolve("seed-000-618.json");
        Files.writeString(document, CampaignJson.standard().withIndentation(true).write(campaign), StandardCharsets.UTF_8);
        out.println(lang.pick("\n活动文档已写入 ", "\nCampaign document written to ") + document);
        return campaign;
    }

    private Campaign attempt(Lifecycle lifecycle, Campaign campaign, CampaignCommand command, Clock clock) {
        Either<Refusal, Campaign> result = lifecycle.apply(campaign, command, clock);
        String what = command.type().label(lang.locale());
        if (result.isLeft()) {
            out.println(lang.pick("✗ " + command.actor() + " 申请" + what + "，被拒绝，原因：",
                    "✗ " + command.actor() + " asked to " + what + "; refused because:"));
            result.getLeft().violations().forEach(v -> out.println("    " + v.message(lang.locale())
                    + (v.path().isEmpty() ? "" : lang.pick("（位置：", " (at ") + v.path() + lang.pick("）", ")"))));
            return campaign;
        }
        Campaign next = result.get();
        String change = next.stage() == campaign.stage() ? ""
                : campaign.stage().label(lang.locale()) + " → " + next.stage().label(lang.locale());
        out.println(lang.pick("✓ " + command.actor() + " " + what + "：", "✓ " + command.actor() + " " + what + ": ")
                + change + lang.pick("（版本 ", " (revision ") + next.revision() + lang.pick("）", ")"));
        return next;
    }

    private void printHistory(Campaign campaign) {
        out.println(lang.pick("\n阶段历史：", "\nStage history:"));
        for (StageChange change : campaign.history()) {
            out.println("  " + WHEN.format(ZonedDateTime.ofInstant(change.at(), SHANGHAI)) + "  "
                    + change.from().label(lang.locale()) + " → " + change.to().label(lang.locale()) + "  "
                    + change.actor() + change.note().map(n -> "  " + n).orElse(""));
        }
    }

    private static Clock at(int year, int month, int day, int hour, int minute) {
        Instant instant = ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
        return Clock.fixed(instant, SHANGHAI);
    }
}
