package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain with campaign-core's generators, for {@code @Domain(CampaignDomain.class)}: inside
 * it, {@code @ForAll Campaign c} draws from {@link CampaignArbitraries#campaigns()}, and so on for
 * every type.
 */
public class CampaignDomain extends DomainContextBase {

    /** Creates the domain; jqwik calls this. */
    public CampaignDomain() {
    }

    @Provide
    Arbitrary<CampaignId> campaignIds() {
        return CampaignArbitraries.campaignIds();
    }

    @Provide
    Arbitrary<MemberId> memberIds() {
        return CampaignArbitraries.memberIds();
    }

    @Provide
    Arbitrary<Department> departments() {
        return CampaignArbitraries.departments();
    }

    @Provide
    Arbitrary<DateRange> dateRanges() {
        return CampaignArbitraries.dateRanges();
    }

    @Provide
    Arbitrary<AgeRange> ageRanges() {
        return CampaignArbitraries.ageRanges();
    }

    @Provide
    Arbitrary<TargetAudience> audiences() {
        return CampaignArbitraries.audiences();
    }

    @Provide
    Arbitrary<CampaignProfile> profiles() {
        return CampaignArbitraries.profiles();
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return ScheduleArbitraries.schedules();
    }

    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        return ScheduleArbitraries.calendars();
    }

    @Provide
    Arbitrary<Campaign> campaigns() {
        return CampaignArbitraries.campaigns();
    }

    @Provide
    Arbitrary<Money> money() {
        return BudgetArbitraries.money();
    }

    @Provide
    Arbitrary<Budget> budgets() {
        return BudgetArbitraries.budgets();
    }

    @Provide
    Arbitrary<RiskRegister> riskRegisters() {
        return RiskArbitraries.riskRegisters();
    }

    @Provide
    Arbitrary<RiskMatrix> riskMatrices() {
        return RiskArbitraries.riskMatrices();
    }

    @Provide
    Arbitrary<Risk> risks() {
        return RiskArbitraries.risks();
    }

    @Provide
    Arbitrary<Trigger> triggers() {
        return RiskArbitraries.triggers();
    }

    @Provide
    Arbitrary<io.github.campaignkit.core.team.Team> teams() {
        return TeamArbitraries.teams();
    }

    @Provide
    Arbitrary<io.github.campaignkit.core.team.TaskBoard> taskBoards() {
        return TeamArbitraries.taskBoards();
    }

    @Provide
    Arbitrary<io.github.campaignkit.core.tracking.Tracking> trackings() {
        return TrackingArbitraries.trackings();
    }

    @Provide
    Arbitrary<io.github.campaignkit.core.goal.GoalSheet> goalSheets() {
        return GoalArbitraries.sheets();
    }

    @Provide
    Arbitrary<io.github.campaignkit.core.kpi.KpiTracking> kpiTrackings() {
        return KpiArbitraries.trackings();
    }
}
