package io.github.campaignkit.json;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.testkit.BudgetArbitraries;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.EventArbitraries;
import io.github.campaignkit.core.testkit.GoalArbitraries;
import io.github.campaignkit.core.testkit.KpiArbitraries;
import io.github.campaignkit.core.testkit.OutreachArbitraries;
import io.github.campaignkit.core.testkit.PartnerArbitraries;
import io.github.campaignkit.core.testkit.ReviewArbitraries;
import io.github.campaignkit.core.testkit.RiskArbitraries;
import io.github.campaignkit.core.testkit.ScheduleArbitraries;
import io.github.campaignkit.core.testkit.SupplyArbitraries;
import io.github.campaignkit.core.testkit.TeamArbitraries;
import io.github.campaignkit.core.testkit.TrackingArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The campaigns the JSON properties run over: campaigns that went through the lifecycle
 * ({@link CampaignArbitraries#campaigns()}), planned ones with every part
 * ({@link CampaignArbitraries#plannedCampaigns()}), and planned ones whose every part is replaced by
 * that part's own generator in any state (budgets submitted, approved, spent and explained;
 * schedules in progress with a baseline; boards with remedy plans; fired risks; KPI alerts;
 * supply, event, partner and outreach plans and reviews from their own generators), so
 * that every type and constant a document can hold is written and read.
 */
final class Documents {

    private Documents() {
    }

    /**
     * Campaigns of every kind described above.
     *
     * @return the generator
     */
    static Arbitrary<Campaign> campaigns() {
        return Arbitraries.frequencyOf(Tuple.of(4, CampaignArbitraries.campaigns()),
                Tuple.of(2, CampaignArbitraries.plannedCampaigns()), Tuple.of(3, everyPartInAnyState()));
    }

    /**
     * Planned campaigns whose parts come from each part's own generator, in any state.
     *
     * @return the generator
     */
    static Arbitrary<Campaign> everyPartInAnyState() {
        return Combinators.combine(CampaignArbitraries.plannedCampaigns(), BudgetArbitraries.budgets(),
                        ScheduleArbitraries.schedules(), boards(), RiskArbitraries.riskRegisters(),
                        KpiArbitraries.trackings(), GoalArbitraries.sheets(), TrackingArbitraries.trackings())
                .as((campaign, budget, schedule, board, risks, kpi, goals, tracking) -> Campaign.builder().from(campaign).budget(budget).schedule(schedule).board(board).risks(risks).kpi(kpi).goals(goals).tracking(tracking).build())
                .flatMap(campaign -> Combinators.combine(SupplyArbitraries.plans(), EventArbitraries.plans(),
                                PartnerArbitraries.plans(), OutreachArbitraries.plans(), ReviewArbitraries.reviews())
                        .as((supply, event, partners, outreach, review) -> Campaign.builder().from(campaign).supply(supply).event(event).partners(partners).outreach(outreach).review(review).build()));
    }

    /** Boards, sometimes with tasks in any status, with their histories and remedy plans. */
    private static Arbitrary<TaskBoard> boards() {
        return Combinators.combine(TeamArbitraries.taskBoards(), TeamArbitraries.tasks().list().ofMaxSize(3))
                .as((board, tasks) -> tasks.isEmpty() ? board : new TaskBoard(tasks, board.raci()));
    }
}
