package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Paths;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TeamViolation;
import io.github.campaignkit.core.tracking.DailyReport;
import io.github.campaignkit.core.tracking.Issue;
import io.github.campaignkit.core.tracking.IssueDecision;
import io.github.campaignkit.core.tracking.LogEntry;
import io.github.campaignkit.core.tracking.Tracking;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team, board and tracking commands of the lifecycle: what they need, who may issue them and
 * what they change. Each delegates to the pure function of its aggregate ({@link TaskBoard},
 * {@link Tracking}) and adds the checks that need the rest of the campaign (the board's tasks, the
 * team's modules, the window).
 */
final class ExecutionCommands {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private ExecutionCommands() {
    }

    /** Whether the command is one of the team, board and tracking commands handled here. */
    static boolean handles(CampaignCommand command) {
        switch (command.type()) {
            case REVISE_TEAM:
            case REVISE_BOARD:
            case CHANGE_TASK_STATUS:
            case PLAN_REMEDY:
            case SUBMIT_REPORT:
            case RECORD_LOG_ENTRY:
            case RAISE_ISSUE:
            case DECIDE_ISSUE:
            case RESOLVE_ISSUE:
                return true;
            default:
                return false;
        }
    }

    /** What stands against the command, besides revision and access. */
    static Seq<Violation> check(Campaign campaign, CampaignCommand command, Instant at) {
        Either<Refusal, Campaign> result = attempt(campaign, command, at);
        return result.isLeft() ? result.getLeft().violations() : List.empty();
    }

    /** The campaign changed by an accepted command, one revision up. */
    static Campaign apply(Campaign campaign, CampaignCommand command, Instant at) {
        Campaign changed = attempt(campaign, command, at).get();
        Campaign next = changed.toBuilder().revision(campaign.revision() + 1).build();
        LOG.info("campaign {} revision {}: {} by {} at {}", campaign.id(), next.revision(), command.type(),
                command.actor(), at);
        return next;
    }

    /** The standard access policy, see {@link AccessPolicy#standard()}. */
    static Seq<Violation> access(Campaign campaign, CampaignCommand command) {
        MemberId actor = command.actor();
        MemberId lead = campaign.profile().overallLead();
        if (actor.equals(lead)) {
            return List.empty();
        }
        switch (command.type()) {
            case CHANGE_TASK_STATUS:
            case PLAN_REMEDY: {
                TaskId id = command instanceof CampaignCommand.ChangeTaskStatus
                        ? ((CampaignCommand.ChangeTaskStatus) command).task()
                        : ((CampaignCommand.PlanRemedy) command).task();
                Optional<Task> task = campaign.board().task(id);
                boolean allowed = task.isPresent() && (task.get().owner().equals(actor)
                        || campaign.team().leads(actor, task.get().module()));
                return allowed ? List.empty() : List.of(Violation.of(AccessViolation.TASK, "actor", actor.value(),
                        command.type(), id.value(), lead.value()));
            }
            case SUBMIT_REPORT:
            case RECORD_LOG_ENTRY:
            case RAISE_ISSUE:
                return campaign.team().hasMember(actor) ? List.empty()
                        : List.of(Violation.of(AccessViolation.NOT_A_MEMBER, "actor", actor.value(), command.type()));
            case DECIDE_ISSUE:
            case RESOLVE_ISSUE: {
                io.github.campaignkit.core.tracking.IssueId id = command instanceof CampaignCommand.DecideIssue
                        ? ((CampaignCommand.DecideIssue) command).issue()
                        : ((CampaignCommand.ResolveIssue) command).issue();
                Optional<Issue> issue = campaign.tracking().issue(id);
                boolean allowed = issue.isPresent() && campaign.team().leads(actor, issue.get().module());
                return allowed ? List.empty() : List.of(Violation.of(AccessViolation.ISSUE, "actor", actor.value(),
                        command.type(), id.value(), lead.value()));
            }
            case RECORD_DELIVERY:
                return PlanCommands.access(campaign, command);
            default:
                return AccessPolicy.overallLeadOnly().check(campaign, command);
        }
    }

    private static Either<Refusal, Campaign> attempt(Campaign campaign, CampaignCommand command, Instant at) {
        TaskBoard board = campaign.board();
        Tracking tracking = campaign.tracking();
        MemberId actor = command.actor();
        if (command instanceof CampaignCommand.ReviseTeam) {
            return Either.right(campaign.withTeam(((CampaignCommand.ReviseTeam) command).team()));
        }
        if (command instanceof CampaignCommand.ReviseBoard) {
            TaskBoard next = ((CampaignCommand.ReviseBoard) command).board();
            Seq<Violation> found = historyKept(board, next);
            return found.isEmpty() ? Either.right(campaign.withBoard(next)) : Either.left(Refusal.of(found));
        }
        if (command instanceof CampaignCommand.ChangeTaskStatus) {
            CampaignCommand.ChangeTaskStatus change = (CampaignCommand.ChangeTaskStatus) command;
            return board.changeStatus(change.task(), change.status(), change.reason(), actor, at)
                    .map(campaign::withBoard);
        }
        if (command instanceof CampaignCommand.PlanRemedy) {
            CampaignCommand.PlanRemedy remedy = (CampaignCommand.PlanRemedy) command;
            return board.planRemedy(remedy.task(), remedy.plan(), actor, at).map(campaign::withBoard);
        }
        if (command instanceof CampaignCommand.SubmitReport) {
            CampaignCommand.SubmitReport submit = (CampaignCommand.SubmitReport) command;
            DailyReport report = new DailyReport(submit.date(), actor, strip(submit.done()), submit.completedTasks(),
                    strip(submit.plan()), strip(submit.problems()), strip(submit.resources()), at);
            Seq<Violation> unknown = List.empty();
            for (int i = 0; i < submit.completedTasks().size(); i++) {
                TaskId task = submit.completedTasks().get(i);
                if (board.task(task).isEmpty()) {
                    unknown = unknown.append(Violation.of(TeamViolation.TASK_UNKNOWN,
                            Paths.indexed("completedTasks", i), task.value()));
                }
            }
            return combine(tracking.submit(report, campaign.profile().window()), unknown).map(campaign::withTracking);
        }
        if (command instanceof CampaignCommand.RecordLogEntry) {
            CampaignCommand.RecordLogEntry entry = (CampaignCommand.RecordLogEntry) command;
            LogEntry logEntry = new LogEntry(at, actor, entry.action().strip(), entry.problem().map(String::strip),
                    entry.resolution().map(String::strip), entry.task());
            return combine(tracking.record(logEntry), unknownTask(board, entry.task())).map(campaign::withTracking);
        }
        if (command instanceof CampaignCommand.RaiseIssue) {
            CampaignCommand.RaiseIssue raise = (CampaignCommand.RaiseIssue) command;
            Issue issue = new Issue(raise.issue(), at, actor, raise.module(), raise.severity(),
                    raise.description().strip(), raise.task(), java.util.List.of(), Optional.empty());
            Seq<Violation> more = unknownTask(board, raise.task());
            if (campaign.team().module(raise.module()).isEmpty()) {
                more = List.of(Violation.of(TeamViolation.MODULE_UNKNOWN, "module", raise.module().value()))
                        .appendAll(more);
            }
            return combine(tracking.raise(issue), more).map(campaign::withTracking);
        }
        if (command instanceof CampaignCommand.DecideIssue) {
            CampaignCommand.DecideIssue decide = (CampaignCommand.DecideIssue) command;
            return tracking.decide(decide.issue(), IssueDecision.of(at, actor, decide.decision().strip()))
                    .map(campaign::withTracking);
        }
        CampaignCommand.ResolveIssue resolve = (CampaignCommand.ResolveIssue) command;
        return tracking.resolve(resolve.issue(), IssueDecision.of(at, actor, resolve.resolution().strip()))
                .map(campaign::withTracking);
    }

    /** A revised board keeps every recorded status change: tasks with history stay and their history grows. */
    private static Seq<Violation> historyKept(TaskBoard before, TaskBoard after) {
        Seq<Violation> found = List.empty();
        for (Task old : before.tasks()) {
            if (old.history().isEmpty()) {
                continue;
            }
            Optional<Task> kept = after.task(old.id());
            int index = kept.map(after.tasks()::indexOf).orElse(-1);
            boolean prefix = kept.isPresent() && kept.get().history().size() >= old.history().size()
                    && kept.get().history().subList(0, old.history().size()).equals(old.history());
            if (!prefix) {
                found = found.append(Violation.of(TeamViolation.BOARD_HISTORY_REWRITTEN,
                        index < 0 ? "board.tasks" : "board." + Paths.indexed("tasks", index) + ".history",
                        old.id().value()));
            }
        }
        return found;
    }

    private static Seq<Violation> unknownTask(TaskBoard board, Optional<TaskId> task) {
        return task.filter(t -> board.task(t).isEmpty())
                .map(t -> List.of(Violation.of(TeamViolation.TASK_UNKNOWN, "task", t.value())))
                .orElse(List.empty());
    }

    private static <T> Either<Refusal, T> combine(Either<Refusal, T> result, Seq<Violation> more) {
        if (more.isEmpty()) {
            return result;
        }
        Seq<Violation> all = result.isLeft() ? result.getLeft().violations().appendAll(more) : more;
        return Either.left(Refusal.of(all));
    }

    private static java.util.List<String> strip(java.util.List<String> lines) {
        return lines.stream().map(String::strip).collect(java.util.stream.Collectors.toList());
    }
}
