package io.github.campaignkit.json;

import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.campaign.ProfileChange;
import io.github.campaignkit.core.campaign.Transition;
import io.github.campaignkit.core.event.EventChange;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.outreach.OutreachChange;
import io.github.campaignkit.core.partner.PartnerChange;
import io.github.campaignkit.core.review.ReviewChange;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.schedule.ScheduleChange;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.tracking.TrackingChange;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The closed JSON names of every change a command can carry: {@code "<part>.<kind>"}, the part as
 * the campaign names it ({@code kpi}, {@code budget}, … and {@code stage} for transitions), the kind
 * in lower-case words joined by hyphens ({@code kpi.record-observations}). Names are stable: a
 * journal written today must read in ten years, so a name, once released, is never reused for
 * another change. A family whose sealed interface gains a subtype without a name here fails the
 * module's construction.
 */
final class ChangeNames {

    private ChangeNames() {
    }

    /** Registers every family with the module. */
    static void register(CampaignJsonModule module) {
        module.changes("stage", Transition.class, Map.ofEntries(
                entry("advance", Transition.Advance.class), entry("hold", Transition.Hold.class),
                entry("resume", Transition.Resume.class), entry("cancel", Transition.Cancel.class)));
        module.changes("profile", ProfileChange.class, Map.ofEntries(
                entry("revise", ProfileChange.ReviseProfile.class)));
        module.changes("team", TeamChange.class, Map.ofEntries(entry("revise", TeamChange.ReviseTeam.class)));
        module.changes("board", BoardChange.class, Map.ofEntries(
                entry("revise", BoardChange.ReviseBoard.class),
                entry("change-task-status", BoardChange.ChangeTaskStatus.class),
                entry("plan-remedy", BoardChange.PlanRemedy.class)));
        module.changes("tracking", TrackingChange.class, Map.ofEntries(
                entry("submit-report", TrackingChange.SubmitReport.class),
                entry("record-log-entry", TrackingChange.RecordLogEntry.class),
                entry("raise-issue", TrackingChange.RaiseIssue.class),
                entry("decide-issue", TrackingChange.DecideIssue.class),
                entry("resolve-issue", TrackingChange.ResolveIssue.class)));
        module.changes("goals", GoalChange.class, Map.ofEntries(
                entry("revise", GoalChange.ReviseGoals.class), entry("sign", GoalChange.SignGoals.class),
                entry("record-results", GoalChange.RecordResults.class)));
        module.changes("kpi", KpiChange.class, Map.ofEntries(
                entry("revise-plan", KpiChange.RevisePlan.class),
                entry("record-observations", KpiChange.RecordObservations.class),
                entry("raise-alerts", KpiChange.RaiseAlerts.class),
                entry("acknowledge-alert", KpiChange.AcknowledgeAlert.class)));
        module.changes("budget", BudgetChange.class, Map.ofEntries(
                entry("revise", BudgetChange.Revise.class), entry("submit", BudgetChange.Submit.class),
                entry("review", BudgetChange.Review.class), entry("approve", BudgetChange.Approve.class),
                entry("reject", BudgetChange.Reject.class), entry("record-spend", BudgetChange.RecordSpend.class),
                entry("explain-variance", BudgetChange.ExplainVariance.class),
                entry("agree-cost-sharing", BudgetChange.AgreeCostSharing.class),
                entry("settle", BudgetChange.Settle.class)));
        module.changes("risks", RiskChange.class, Map.ofEntries(
                entry("revise", RiskChange.ReviseRisks.class), entry("fire", RiskChange.FireRisks.class),
                entry("change-status", RiskChange.ChangeRiskStatus.class)));
        module.changes("schedule", ScheduleChange.class, Map.ofEntries(
                entry("revise", ScheduleChange.ReviseSchedule.class)));
        module.changes("partners", PartnerChange.class, Map.ofEntries(
                entry("revise", PartnerChange.RevisePartners.class)));
        module.changes("outreach", OutreachChange.class, Map.ofEntries(
                entry("revise", OutreachChange.ReviseOutreach.class)));
        module.changes("supply", SupplyChange.class, Map.ofEntries(
                entry("revise", SupplyChange.ReviseSupply.class),
                entry("choose-supplier", SupplyChange.ChooseSupplier.class),
                entry("record-delivery", SupplyChange.RecordDelivery.class),
                entry("evaluate-supplier", SupplyChange.EvaluateSupplier.class)));
        module.changes("event", EventChange.class, Map.ofEntries(entry("revise", EventChange.ReviseEvent.class)));
        module.changes("review", ReviewChange.class, Map.ofEntries(
                entry("record-evaluation", ReviewChange.RecordEvaluation.class),
                entry("record-retrospective", ReviewChange.RecordRetrospective.class)));
    }
}
