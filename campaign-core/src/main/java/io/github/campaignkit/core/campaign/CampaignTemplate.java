package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.partner.PartnerPlan;
import io.github.campaignkit.core.review.Knowledge;
import io.github.campaignkit.core.review.Retrospective;
import io.github.campaignkit.core.review.Review;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.team.BoardTemplate;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.tracking.Tracking;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import io.github.campaignkit.core.event.EventPlan;
import io.github.campaignkit.core.supply.SupplyPlan;
import org.immutables.value.Value;

/**
 * The skeleton of the next campaign, made from one that is over (经验沉淀: "the next campaign starts
 * from what this one learned"): the same structure, team roles, task list, budget categories and
 * lines, risk register, schedule tasks, goal structure, KPI catalogue, partners, channel matrix,
 * creative plan, suppliers, materials and the on-site event, with no actual, no date and no signature, and the knowledge the retrospective kept (checklists, templates, libraries).
 *
 * <p>Each part strips what its own {@code template()} documents ({@link Team#template()},
 * {@link io.github.campaignkit.core.team.TaskBoard#template}, {@link Budget#template()},
 * {@link RiskRegister#template()}, {@link Tracking#template()}, {@link GoalSheet#template()},
 * {@link KpiTracking#template()}, {@link Schedule#template()}, {@link PartnerPlan#template()},
 * {@link OutreachPlan#template()}, {@link SupplyPlan#template()}, {@link EventPlan#template()},
 * {@link Review#template()}); the
 * profile keeps its window as a length and its phases, and the board its tasks, as days from the
 * window's start. {@link #dated} and {@link #plan} turn the template into a campaign in
 * {@link Stage#PLANNING} for a new window: the budget is a draft to approve, the goals are to sign
 * again, and their deadlines, the schedule's constraints and the date-bound risk triggers are to
 * set again.
 *
 * @param profile   the profile without dates
 * @param knowledge what the retrospective kept for the next campaign (empty without one)
 * @param budget    the budget plan as a draft
 * @param risks     the risk register without histories, readings or dated triggers
 * @param team      the team
 * @param board     the task board without dates or statuses
 * @param tracking  nothing (every tracking record is a dated actual)
 * @param goals     the goals without deadlines, signatures or results
 * @param kpi       the dashboard's lines, cadences and alert policy, without data
 * @param schedule  the schedule's tasks and dependencies without dates or progress
 * @param partners  the partners, scorecard and ratios without duty dates
 * @param outreach  the channel matrix and creative plan without timings or due dates
 * @param supply    the suppliers and materials without quotes, choices, contracts, dates or evaluations
 * @param event     the run of show and notices without the event's date or the notices' dates
 * @param review    nothing (the review is this campaign's)
 */
@Value.Builder
public record CampaignTemplate(ProfileTemplate profile, List<Knowledge> knowledge, Budget budget, RiskRegister risks,
                               Team team, BoardTemplate board, Tracking tracking, GoalSheet goals, KpiTracking kpi,
                               Schedule schedule, PartnerPlan partners, OutreachPlan outreach,
                               SupplyPlan supply, EventPlan event, Review review) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public CampaignTemplate {
        Objects.requireNonNull(profile, "profile");
        knowledge = Checks.list(knowledge, "knowledge");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(risks, "risks");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(outreach, "outreach");
        Objects.requireNonNull(supply, "supply");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(review, "review");
    }

    /**
     * A builder, for reading a template back from storage.
     *
     * @return a new builder
     */
    public static CampaignTemplateBuilder builder() {
        return new CampaignTemplateBuilder();
    }

    /**
     * The template of a campaign, normally a {@linkplain Stage#CLOSED closed} one (any stage works:
     * what is stripped is stripped whatever the stage). Every part of the campaign contributes its
     * own {@code template()}, here and nowhere else.
     *
     * @param campaign the campaign
     * @return its template
     */
    public static CampaignTemplate from(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        LocalDate anchor = campaign.profile().window().start();
        return new CampaignTemplate(
                ProfileTemplate.from(campaign.profile()),
                campaign.review().retrospective().map(Retrospective::knowledge).orElse(List.of()),
                campaign.budget().template(),
                campaign.risks().template(),
                campaign.team().template(),
                campaign.board().template(anchor),
                campaign.tracking().template(),
                campaign.goals().template(),
                campaign.kpi().template(),
                campaign.schedule().template(),
                campaign.partners().template(),
                campaign.outreach().template(),
                campaign.supply().template(),
                campaign.event().template(),
                campaign.review().template());
    }

    /**
     * A new campaign from this template, for a window of the same length starting on a day, with
     * the phases and the board's tasks at the same places in it: {@link Stage#PLANNING}, revision
     * 0, no history.
     *
     * @param id    the new campaign's identity
     * @param start the new window's first day
     * @return the campaign
     */
    public Campaign dated(CampaignId id, LocalDate start) {
        Objects.requireNonNull(start, "start");
        return plan(id, profile.dated(start));
    }

    /**
     * A new campaign from this template with a profile of its own (a new window and phases, and
     * whatever else changed): {@link Stage#PLANNING}, revision 0, no history; the board's tasks are
     * placed from the new window's first day.
     *
     * @param id         the new campaign's identity
     * @param newProfile the new campaign's profile
     * @return the campaign
     */
    public Campaign plan(CampaignId id, CampaignProfile newProfile) {
        Objects.requireNonNull(newProfile, "newProfile");
        return Campaign.plan(id, newProfile).toBuilder()
                .budget(budget)
                .risks(risks)
                .team(team)
                .board(board.dated(newProfile.window().start()))
                .tracking(tracking)
                .goals(goals)
                .kpi(kpi)
                .schedule(schedule)
                .partners(partners)
                .outreach(outreach)
                .supply(supply)
                .event(event)
                .review(review)
                .build();
    }
}
