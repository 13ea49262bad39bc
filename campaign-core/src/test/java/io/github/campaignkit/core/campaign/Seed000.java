package io.github.campaignkit.core.campaign;

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
     * A schedule for the 618 window: preparation from 05-20 on a Monday-to-Friday calendar with the
     * Dragon Boat holiday (06-10), the warm-up and the burst, finishing on 06-18.
     */
    static Schedule schedule() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday().withName("中国大陆 2024")
                .withHolidays(java.util.List.of(LocalDate.of(2024, 6, 10)));
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

    static Campaign campaign() {
        return Campaign.plan(ID, profile()).withSchedule(schedule());
    }
}
