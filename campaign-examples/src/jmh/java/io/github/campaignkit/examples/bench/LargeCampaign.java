package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.examples.Promotion618;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The large campaign of issue #9's JSON benchmark, built deterministically from the seed 000
 * profile. The target is a document with 10,000 tasks, 2,000 budget lines and 100,000 KPI
 * observations; each part is built by its own method below, sized by the constants, so that a part
 * joining {@link Campaign} adds one method and one line in {@link #build()}.
 *
 * <p>Until those parts are in {@link Campaign}, the records that exist carry the weight:
 * {@link #STAND_IN_CHANGES} stage changes (one per task, budget line and KPI observation of the
 * target, Chinese notes included) in the history. Replace them part by part as the parts land.
 */
final class LargeCampaign {

    /** Tasks of the target document (team part). */
    static final int TASKS = 10_000;
    /** Budget lines of the target document (budget part). */
    static final int BUDGET_LINES = 2_000;
    /** KPI observations of the target document (goal/KPI part). */
    static final int KPI_OBSERVATIONS = 100_000;
    /** Stage changes standing in for the records of the parts not yet in a campaign. */
    static final int STAND_IN_CHANGES = TASKS + BUDGET_LINES + KPI_OBSERVATIONS;

    private static final Instant START = Instant.parse("2024-05-20T01:00:00Z");

    private LargeCampaign() {
    }

    /**
     * The large campaign.
     *
     * @return the campaign, the same on every call
     */
    static Campaign build() {
        Campaign campaign = Campaign.plan(CampaignId.of("2024-618-large"), profile());
        campaign = withHistory(campaign, STAND_IN_CHANGES);
        // When the team part lands:    campaign = campaign.withTeam(team(TASKS));        drop TASKS from STAND_IN_CHANGES.
        // When the budget part lands:  campaign = campaign.withBudget(budget(BUDGET_LINES));  likewise.
        // When the KPI part lands:     campaign = campaign.withGoals(goals(KPI_OBSERVATIONS));  likewise.
        return campaign;
    }

    private static CampaignProfile profile() {
        return Promotion618.completeProfile();
    }

    /**
     * The campaign in execution after {@code changes} stage changes: it goes on hold and resumes,
     * again and again, each change with a note.
     */
    private static Campaign withHistory(Campaign campaign, int changes) {
        MemberId lead = campaign.profile().overallLead();
        List<StageChange> history = new ArrayList<>(changes);
        history.add(new StageChange(Stage.PLANNING, Stage.PREPARATION, START, lead, Optional.of("方案已评审")));
        history.add(new StageChange(Stage.PREPARATION, Stage.EXECUTION, START.plus(Duration.ofDays(1)), lead,
                Optional.of("启动会已召开")));
        for (int i = history.size(); i < changes; i++) {
            boolean hold = history.get(history.size() - 1).to() == Stage.EXECUTION;
            Instant at = START.plus(Duration.ofMinutes(10L * i));
            history.add(hold
                    ? new StageChange(Stage.EXECUTION, Stage.ON_HOLD, at, lead, Optional.of("第" + i + "次暂停：等待物料到位🚚"))
                    : new StageChange(Stage.ON_HOLD, Stage.EXECUTION, at, lead, Optional.empty()));
        }
        Stage stage = history.get(history.size() - 1).to();
        return campaign.toBuilder().stage(stage).heldStage(stage == Stage.ON_HOLD ? Optional.of(Stage.EXECUTION)
                : Optional.empty()).revision(changes).history(history).build();
    }
}
