package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.BudgetAccess;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.tracking.Issue;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.TrackingChange;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Optional;

/** The rules of {@link AccessPolicy#standard()}, one method per kind of permission. */
final class StandardAccess {

    private StandardAccess() {
    }

    static Seq<Violation> check(Campaign campaign, CampaignCommand command) {
        Change change = command.change();
        MemberId actor = command.actor();
        if (change instanceof BudgetChange budget) {
            return BudgetAccess.check(campaign.budget(), budget, actor, campaign.profile().overallLead());
        }
        if (change instanceof GoalChange.SignGoals) {
            return List.empty();
        }
        if (actor.equals(campaign.profile().overallLead())) {
            return List.empty();
        }
        if (change instanceof BoardChange.ChangeTaskStatus status) {
            return task(campaign, command, status.task());
        }
        if (change instanceof BoardChange.PlanRemedy remedy) {
            return task(campaign, command, remedy.task());
        }
        if (change instanceof TrackingChange.DecideIssue decide) {
            return issue(campaign, command, decide.issue());
        }
        if (change instanceof TrackingChange.ResolveIssue resolve) {
            return issue(campaign, command, resolve.issue());
        }
        if (change instanceof KpiChange.AcknowledgeAlert
                && AccessPolicy.alertOwners().check(campaign, command).isEmpty()) {
            return List.empty();
        }
        if (isTeamWork(change)) {
            return campaign.team().hasMember(actor) ? List.empty()
                    : List.of(Violation.of(AccessViolation.NOT_A_MEMBER, "actor", actor, command.type()));
        }
        if (change instanceof SupplyChange.RecordDelivery delivery) {
            Optional<Material> material = campaign.supply().material(delivery.material());
            if (material.isPresent() && material.get().owner().equals(actor)) {
                return List.empty();
            }
        }
        return AccessPolicy.overallLeadOnly().check(campaign, command);
    }

    /**
     * The work every team member does: daily reports, log entries and raising issues (deciding and
     * resolving are checked before), KPI data and its alerts.
     */
    private static boolean isTeamWork(Change change) {
        return change instanceof TrackingChange || change instanceof KpiChange.RecordObservations
                || change instanceof KpiChange.RaiseAlerts || change instanceof KpiChange.AcknowledgeAlert;
    }

    private static Seq<Violation> task(Campaign campaign, CampaignCommand command, TaskId id) {
        MemberId actor = command.actor();
        Optional<Task> task = campaign.board().task(id);
        boolean allowed = task.isPresent() && (task.get().owner().equals(actor)
                || campaign.team().leads(actor, task.get().module()));
        return allowed ? List.empty() : List.of(Violation.of(AccessViolation.TASK, "actor", actor,
                command.type(), id.value(), campaign.profile().overallLead()));
    }

    private static Seq<Violation> issue(Campaign campaign, CampaignCommand command, IssueId id) {
        MemberId actor = command.actor();
        Optional<Issue> issue = campaign.tracking().issue(id);
        boolean allowed = issue.isPresent() && campaign.team().leads(actor, issue.get().module());
        return allowed ? List.empty() : List.of(Violation.of(AccessViolation.ISSUE, "actor", actor,
                command.type(), id.value(), campaign.profile().overallLead()));
    }
}
