package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.event.EventChange;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.outreach.OutreachChange;
import io.github.campaignkit.core.partner.PartnerChange;
import io.github.campaignkit.core.review.ReviewChange;
import io.github.campaignkit.core.review.ReviewViolation;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.ScheduleChange;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.team.Attribution;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.tracking.TrackingChange;
import io.vavr.collection.List;
import java.util.Optional;

/**
 * The registry of a campaign's parts: the one place that says which family of changes changes which
 * component of {@link Campaign}. Adding a part to the campaign is its own package plus one line here
 * (and its component on {@code Campaign}).
 */
final class Parts {

    private static final Part.ContextOf<Attribution> ATTRIBUTION = (campaign, actor, at) -> new Attribution(actor, at);

    /** Review changes are accepted in the review stage only. */
    private static final Part.StageFit IN_REVIEW = (campaign, change) -> campaign.stage() == Stage.REVIEW
            ? List.empty()
            : List.of(Violation.of(ReviewViolation.NOT_IN_REVIEW, "stage", change.type(), campaign.stage()));

    /** Goals are not revised, signed or evaluated while the campaign is on hold. */
    private static final Part.StageFit NOT_HELD = (campaign, change) -> campaign.stage() != Stage.ON_HOLD
            ? List.empty()
            : List.of(Violation.of(LifecycleViolation.ON_HOLD, "stage", change.type(), campaign.heldStage().orElseThrow()));

    static final List<Part<?, ?, ?>> ALL = List.of(
            Part.of("profile", ProfileChange.class, Campaign::profile, CampaignBuilder::profile, ATTRIBUTION),
            Part.of("budget", BudgetChange.class, Campaign::budget, CampaignBuilder::budget, ATTRIBUTION),
            Part.of("risks", RiskChange.class, Campaign::risks, CampaignBuilder::risks, ATTRIBUTION),
            Part.of("team", TeamChange.class, Campaign::team, CampaignBuilder::team, ATTRIBUTION),
            Part.of("board", BoardChange.class, Campaign::board, CampaignBuilder::board, ATTRIBUTION),
            Part.of("tracking", TrackingChange.class, Campaign::tracking, CampaignBuilder::tracking,
                    (campaign, actor, at) -> new TrackingChange.Context(actor, at, campaign.profile().window(),
                            campaign.board(), campaign.team())),
            Part.of("goals", GoalChange.class, Campaign::goals, CampaignBuilder::goals,
                    (campaign, actor, at) -> new GoalChange.Context(actor, at, campaign.profile().departments()))
                    .acceptedWhen(NOT_HELD),
            Part.of("kpi", KpiChange.class, Campaign::kpi, CampaignBuilder::kpi,
                    (campaign, actor, at) -> new KpiChange.Context(actor, at, campaign.goals().metrics(),
                            campaign.profile().window(), campaign.profile().phases(), campaign.calendar())),
            Part.of("schedule", ScheduleChange.class, Campaign::schedule, CampaignBuilder::schedule, ATTRIBUTION),
            Part.of("partners", PartnerChange.class, Campaign::partners, CampaignBuilder::partners, ATTRIBUTION),
            Part.of("outreach", OutreachChange.class, Campaign::outreach, CampaignBuilder::outreach, ATTRIBUTION),
            Part.of("supply", SupplyChange.class, Campaign::supply, CampaignBuilder::supply, ATTRIBUTION),
            Part.of("event", EventChange.class, Campaign::event, CampaignBuilder::event, ATTRIBUTION),
            Part.of("review", ReviewChange.class, Campaign::review, CampaignBuilder::review, ATTRIBUTION)
                    .acceptedWhen(IN_REVIEW));

    private Parts() {
    }

    /** The part whose family the change belongs to; empty for a change no part registered. */
    static Optional<Part<?, ?, ?>> owning(Change change) {
        return ALL.find(part -> part.owns(change)).toJavaOptional();
    }
}
