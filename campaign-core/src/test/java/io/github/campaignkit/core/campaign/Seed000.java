package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
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

    static Campaign campaign() {
        return Campaign.plan(ID, profile());
    }
}
