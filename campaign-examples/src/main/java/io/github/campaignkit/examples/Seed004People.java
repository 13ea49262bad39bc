package io.github.campaignkit.examples;

import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What every seed 004 example shares, kept once: the people of the 执行分工表 (张* 李* 王* 赵* 周* 刘*
 * 孙* 吴*), the heads who sign for the three departments, the zone, and the live phases from the
 * seed's Gantt chart (活动预热启动 07-31→08-05, 线下快闪执行 08-06→08-10).
 */
final class Seed004People {

    static final MemberId ZHANG = MemberId.of("zhang");
    static final MemberId LI = MemberId.of("li");
    static final MemberId WANG = MemberId.of("wang");
    static final MemberId ZHAO = MemberId.of("zhao");
    static final MemberId ZHOU = MemberId.of("zhou");
    static final MemberId LIU = MemberId.of("liu");
    static final MemberId SUN = MemberId.of("sun");
    static final MemberId WU = MemberId.of("wu");

    /** The head who signs the goal confirmation for each department. */
    static final Map<Department, MemberId> HEADS = Map.of(Department.of("市场部"), MemberId.of("head.market"),
            Department.of("销售部"), MemberId.of("head.sales"), Department.of("行政部"), MemberId.of("head.admin"));

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 活动预热启动 07-31→08-05. */
    static final DateRange WARM_UP = DateRange.of(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 5));
    /** 线下快闪执行 08-06→08-10. */
    static final DateRange POP_UP = DateRange.of(LocalDate.of(2024, 8, 6), LocalDate.of(2024, 8, 10));

    private Seed004People() {
    }

    /** The warm-up and the burst (the pop-up), from the seed's Gantt chart. */
    static List<Phase> livePhases() {
        return List.of(Phase.of(PhaseKind.WARM_UP, WARM_UP), Phase.of(PhaseKind.BURST, POP_UP));
    }
}
