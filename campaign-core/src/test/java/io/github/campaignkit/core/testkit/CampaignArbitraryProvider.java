package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.budget.Approval;
import io.github.campaignkit.core.budget.ApprovalDecision;
import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.BudgetPolicy;
import io.github.campaignkit.core.budget.BudgetVersion;
import io.github.campaignkit.core.budget.ChannelResult;
import io.github.campaignkit.core.budget.CostSharing;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.budget.PartnerShare;
import io.github.campaignkit.core.budget.Pricing;
import io.github.campaignkit.core.budget.Quantity;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.budget.ReviewOpinion;
import io.github.campaignkit.core.budget.Reviewer;
import io.github.campaignkit.core.budget.Settlement;
import io.github.campaignkit.core.budget.SettlementLine;
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.budget.VarianceExplanation;
import io.github.campaignkit.core.campaign.Accepted;
import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.JournalEntry;
import io.github.campaignkit.core.campaign.ProfileChange;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.campaign.Transition;
import io.github.campaignkit.core.event.EventChange;
import io.github.campaignkit.core.goal.Dimension;
import io.github.campaignkit.core.goal.Evaluation;
import io.github.campaignkit.core.goal.EvaluationRow;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.goal.GoalId;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Objective;
import io.github.campaignkit.core.goal.ObjectiveId;
import io.github.campaignkit.core.goal.Rate;
import io.github.campaignkit.core.goal.SignOff;
import io.github.campaignkit.core.goal.SmartPolicy;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.Acknowledgement;
import io.github.campaignkit.core.kpi.Alert;
import io.github.campaignkit.core.kpi.AlertCondition;
import io.github.campaignkit.core.kpi.AlertPolicy;
import io.github.campaignkit.core.kpi.AlertRule;
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.Dashboard;
import io.github.campaignkit.core.kpi.DashboardRow;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.kpi.KpiTarget;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.kpi.MetricCadence;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.kpi.Pace;
import io.github.campaignkit.core.outreach.OutreachChange;
import io.github.campaignkit.core.partner.PartnerChange;
import io.github.campaignkit.core.review.ReviewChange;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.NamedId;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.Baseline;
import io.github.campaignkit.core.schedule.BaselineTask;
import io.github.campaignkit.core.schedule.CriticalSubgraph;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.schedule.ScheduleChange;
import io.github.campaignkit.core.schedule.ScheduleForecast;
import io.github.campaignkit.core.schedule.TaskForecast;
import io.github.campaignkit.core.schedule.TaskProgress;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.team.Attribution;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.RaciAssignment;
import io.github.campaignkit.core.team.RaciMatrix;
import io.github.campaignkit.core.team.RemedyPlan;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatusChange;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamPolicy;
import io.github.campaignkit.core.tracking.DailyReport;
import io.github.campaignkit.core.tracking.DaySummary;
import io.github.campaignkit.core.tracking.Escalation;
import io.github.campaignkit.core.tracking.Issue;
import io.github.campaignkit.core.tracking.IssueDecision;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.IssueRoute;
import io.github.campaignkit.core.tracking.LogEntry;
import io.github.campaignkit.core.tracking.ReportItem;
import io.github.campaignkit.core.tracking.Tracking;
import io.github.campaignkit.core.tracking.TrackingChange;
import io.github.campaignkit.core.tracking.TrackingPolicy;
import io.github.campaignkit.core.tracking.WeeklyReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik generate campaign-core types for a plain {@code @ForAll} parameter. Registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} of campaign-core's test-jar.
 */
public final class CampaignArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> PROVIDED = provided();

    /** Creates the provider; jqwik calls this through the service loader. */
    public CampaignArbitraryProvider() {
    }

    /**
     * The types this provider generates, each with its generator, for tests that must cover every
     * type of the library.
     *
     * @return an unmodifiable map from type to generator
     */
    public static Map<Class<?>, Supplier<Arbitrary<?>>> providedTypes() {
        return PROVIDED;
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return PROVIDED.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return PROVIDED.entrySet().stream()
                .filter(e -> targetType.isOfType(e.getKey()))
                .map(e -> e.getValue().get())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Map<Class<?>, Supplier<Arbitrary<?>>> provided() {
        Map<Class<?>, Supplier<Arbitrary<?>>> map = new LinkedHashMap<>();
        map.put(CampaignId.class, CampaignArbitraries::campaignIds);
        map.put(MemberId.class, CampaignArbitraries::memberIds);
        map.put(TaskId.class, TeamArbitraries::taskIds);
        map.put(MetricId.class, () -> CampaignArbitraries.identifiers().map(MetricId::of));
        map.put(TaskId.class, () -> CampaignArbitraries.identifiers().map(TaskId::of));
        map.put(MetricId.class, GoalArbitraries::metricIds);
        map.put(Department.class, CampaignArbitraries::departments);
        map.put(DateRange.class, CampaignArbitraries::dateRanges);
        map.put(Phase.class, () -> CampaignArbitraries.dateRanges()
                .flatMap(CampaignArbitraries::phasesWithin)
                .filter(list -> !list.isEmpty())
                .map(list -> list.get(0)));
        map.put(AgeRange.class, CampaignArbitraries::ageRanges);
        map.put(TargetAudience.class, CampaignArbitraries::audiences);
        map.put(CampaignProfile.class, CampaignArbitraries::profiles);
        map.put(Campaign.class, CampaignArbitraries::campaigns);
        map.put(StageChange.class, CampaignArbitraries::stageChanges);
        map.put(Violation.class, CampaignArbitraries::violations);
        map.put(NamedId.class, CampaignArbitraries::namedIds);
        map.put(Refusal.class, () -> CampaignArbitraries.violations().list().ofMinSize(1).ofMaxSize(4).map(Refusal::of));
        map.put(Transition.Advance.class, () -> changesOf(Transition.Advance.class));
        map.put(Transition.Hold.class, () -> changesOf(Transition.Hold.class));
        map.put(Transition.Resume.class, () -> changesOf(Transition.Resume.class));
        map.put(Transition.Cancel.class, () -> changesOf(Transition.Cancel.class));
        map.put(ProfileChange.ReviseProfile.class, () -> changesOf(ProfileChange.ReviseProfile.class));
        map.put(CampaignCommand.class, () -> CampaignArbitraries.plannedCampaigns().flatMap(CampaignArbitraries::commands));
        map.put(ScheduleChange.ReviseSchedule.class, () -> changesOf(ScheduleChange.ReviseSchedule.class));
        map.put(WorkingCalendar.class, ScheduleArbitraries::calendars);
        map.put(io.github.campaignkit.core.schedule.GanttTask.class, ScheduleArbitraries::tasks);
        map.put(Dependency.class, ScheduleArbitraries::dependencies);
        map.put(TaskProgress.class, ScheduleArbitraries::taskProgress);
        map.put(BaselineTask.class, ScheduleArbitraries::baselineTasks);
        map.put(Baseline.class, ScheduleArbitraries::baselines);
        map.put(Schedule.class, ScheduleArbitraries::schedules);
        map.put(TaskForecast.class, ScheduleArbitraries::taskForecasts);
        map.put(CriticalSubgraph.class, ScheduleArbitraries::criticalSubgraphs);
        map.put(ScheduleForecast.class, ScheduleArbitraries::forecasts);
        map.put(CampaignCommand.class, () -> CampaignArbitraries.campaigns().flatMap(CampaignArbitraries::commands));
        map.put(Money.class, BudgetArbitraries::money);
        map.put(UnitPrice.class, () -> BudgetArbitraries.currencies().flatMap(BudgetArbitraries::unitPrices));
        map.put(Quantity.Factor.class, BudgetArbitraries::factors);
        map.put(Quantity.class, BudgetArbitraries::quantities);
        map.put(Pricing.PerUnit.class, () -> BudgetArbitraries.currencies().flatMap(BudgetArbitraries::perUnit));
        map.put(Pricing.Fixed.class, () -> BudgetArbitraries.currencies().flatMap(BudgetArbitraries::fixed));
        map.put(BudgetLineId.class, BudgetArbitraries::lineIds);
        map.put(PartnerId.class, BudgetArbitraries::partnerIds);
        map.put(BudgetLine.class, BudgetArbitraries::lines);
        map.put(BudgetPolicy.class, BudgetArbitraries::policies);
        map.put(Reviewer.class, BudgetArbitraries::reviewers);
        map.put(BudgetPlan.class, BudgetArbitraries::plans);
        map.put(ReviewOpinion.class, BudgetArbitraries::opinions);
        map.put(ApprovalDecision.class, BudgetArbitraries::decisions);
        map.put(Approval.class, BudgetArbitraries::approvals);
        map.put(BudgetVersion.class, BudgetArbitraries::versions);
        map.put(SpendEntry.class, BudgetArbitraries::spendEntries);
        map.put(VarianceExplanation.class, BudgetArbitraries::explanations);
        map.put(PartnerShare.class, BudgetArbitraries::partnerShares);
        map.put(CostSharing.class, BudgetArbitraries::costSharings);
        map.put(SettlementLine.class, BudgetArbitraries::settlementLines);
        map.put(Settlement.class, BudgetArbitraries::settlements);
        map.put(Budget.class, BudgetArbitraries::budgets);
        map.put(ReturnOnInvestment.class, BudgetArbitraries::returns);
        map.put(ChannelResult.class, BudgetArbitraries::channelResults);
        map.put(BudgetChange.class, BudgetArbitraries::changes);
        map.put(BudgetChange.Revise.class, () -> BudgetArbitraries.changes(BudgetChange.Revise.class));
        map.put(BudgetChange.Submit.class, () -> BudgetArbitraries.changes(BudgetChange.Submit.class));
        map.put(BudgetChange.Review.class, () -> BudgetArbitraries.changes(BudgetChange.Review.class));
        map.put(BudgetChange.Approve.class, () -> BudgetArbitraries.changes(BudgetChange.Approve.class));
        map.put(BudgetChange.Reject.class, () -> BudgetArbitraries.changes(BudgetChange.Reject.class));
        map.put(BudgetChange.RecordSpend.class, () -> BudgetArbitraries.changes(BudgetChange.RecordSpend.class));
        map.put(BudgetChange.ExplainVariance.class,
                () -> BudgetArbitraries.changes(BudgetChange.ExplainVariance.class));
        map.put(BudgetChange.AgreeCostSharing.class,
                () -> BudgetArbitraries.changes(BudgetChange.AgreeCostSharing.class));
        map.put(BudgetChange.Settle.class, () -> BudgetArbitraries.changes(BudgetChange.Settle.class));
        RiskArbitraryTypes.provide(map);
        map.put(TeamChange.ReviseTeam.class, () -> changesOf(TeamChange.ReviseTeam.class));
        map.put(BoardChange.ReviseBoard.class, () -> changesOf(BoardChange.ReviseBoard.class));
        map.put(BoardChange.ChangeTaskStatus.class, () -> changesOf(BoardChange.ChangeTaskStatus.class));
        map.put(BoardChange.PlanRemedy.class, () -> changesOf(BoardChange.PlanRemedy.class));
        map.put(TrackingChange.SubmitReport.class, () -> changesOf(TrackingChange.SubmitReport.class));
        map.put(TrackingChange.RecordLogEntry.class, () -> changesOf(TrackingChange.RecordLogEntry.class));
        map.put(TrackingChange.RaiseIssue.class, () -> changesOf(TrackingChange.RaiseIssue.class));
        map.put(TrackingChange.DecideIssue.class, () -> changesOf(TrackingChange.DecideIssue.class));
        map.put(TrackingChange.ResolveIssue.class, () -> changesOf(TrackingChange.ResolveIssue.class));
        // team
        map.put(ModuleId.class, TeamArbitraries::moduleIds);
        map.put(Member.class, TeamArbitraries::members);
        map.put(TeamModule.class, TeamArbitraries::teamModules);
        map.put(Team.class, TeamArbitraries::teams);
        map.put(TaskStatusChange.class, TeamArbitraries::taskStatusChanges);
        map.put(RemedyPlan.class, TeamArbitraries::remedyPlans);
        map.put(Task.class, TeamArbitraries::tasks);
        map.put(RaciAssignment.class, TeamArbitraries::raciAssignments);
        map.put(RaciMatrix.class, TeamArbitraries::raciMatrices);
        map.put(TaskBoard.class, TeamArbitraries::taskBoards);
        map.put(TeamPolicy.class, TeamArbitraries::teamPolicies);
        // tracking
        map.put(IssueId.class, TrackingArbitraries::issueIds);
        map.put(IssueDecision.class, TrackingArbitraries::issueDecisions);
        map.put(Issue.class, TrackingArbitraries::issues);
        map.put(Escalation.class, TrackingArbitraries::escalations);
        map.put(IssueRoute.class, TrackingArbitraries::issueRoutes);
        map.put(TrackingPolicy.class, TrackingArbitraries::trackingPolicies);
        map.put(DailyReport.class, TrackingArbitraries::dailyReports);
        map.put(ReportItem.class, TrackingArbitraries::reportItems);
        map.put(DaySummary.class, TrackingArbitraries::daySummaries);
        map.put(WeeklyReport.class, TrackingArbitraries::weeklyReports);
        map.put(LogEntry.class, TrackingArbitraries::logEntries);
        map.put(Tracking.class, TrackingArbitraries::trackings);
        map.put(GoalChange.SignGoals.class, () -> changesOf(GoalChange.SignGoals.class));
        goal(map);
        journal(map);
        kpi(map);
        partner(map);
        outreach(map);
        supply(map);
        event(map);
        review(map);
        return java.util.Collections.unmodifiableMap(map);
    }

    private static void journal(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        Arbitrary<CampaignArbitraries.Walk> walked = CampaignArbitraries.walks().filter(w -> !w.journal().isEmpty());
        map.put(JournalEntry.class, () -> walked.flatMap(w -> Arbitraries.of(w.journal().entries().toJavaList())));
        map.put(Accepted.class, () -> walked.map(w -> new Accepted(w.end(), w.journal().last().orElseThrow())));
        map.put(Attribution.class, () -> Combinators.combine(CampaignArbitraries.memberIds(),
                CampaignArbitraries.instants()).as(Attribution::new));
        map.put(GoalChange.Context.class, () -> Combinators.combine(CampaignArbitraries.memberIds(),
                CampaignArbitraries.instants(), CampaignArbitraries.departments().list().ofMaxSize(4))
                .as(GoalChange.Context::new));
        map.put(KpiChange.Context.class, () -> CampaignArbitraries.plannedCampaigns().flatMap(c -> Combinators.combine(
                CampaignArbitraries.memberIds(), CampaignArbitraries.instants()).as((actor, at) -> new KpiChange.Context(
                        actor, at, c.goals().metrics(), c.profile().window(), c.profile().phases(), c.calendar()))));
        map.put(TrackingChange.Context.class, () -> CampaignArbitraries.plannedCampaigns().flatMap(c -> Combinators
                .combine(CampaignArbitraries.memberIds(), CampaignArbitraries.instants()).as((actor, at) ->
                        new TrackingChange.Context(actor, at, c.profile().window(), c.board(), c.team()))));
        map.put(GoalChange.ReviseGoals.class, () -> changesOf(GoalChange.ReviseGoals.class));
        map.put(GoalChange.RecordResults.class, () -> changesOf(GoalChange.RecordResults.class));
        map.put(KpiChange.RevisePlan.class, () -> changesOf(KpiChange.RevisePlan.class));
        map.put(KpiChange.RecordObservations.class, () -> changesOf(KpiChange.RecordObservations.class));
        map.put(KpiChange.RaiseAlerts.class, () -> changesOf(KpiChange.RaiseAlerts.class));
        map.put(KpiChange.AcknowledgeAlert.class, () -> changesOf(KpiChange.AcknowledgeAlert.class));
    }

    private static void goal(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        map.put(GoalId.class, GoalArbitraries::goalIds);
        map.put(ObjectiveId.class, GoalArbitraries::objectiveIds);
        map.put(Objective.class, GoalArbitraries::objectives);
        map.put(Dimension.class, GoalArbitraries::dimensions);
        map.put(MetricUnit.class, GoalArbitraries::units);
        map.put(Rate.class, GoalArbitraries::rates);
        map.put(Metric.class, GoalArbitraries::metrics);
        map.put(Target.class, GoalArbitraries::targets);
        map.put(Target.AtLeast.class, () -> GoalArbitraries.amounts().map(Target.AtLeast::new));
        map.put(Target.AtMost.class, () -> GoalArbitraries.amounts().map(Target.AtMost::new));
        map.put(Target.Between.class, () -> GoalArbitraries.targets().filter(Target.Between.class::isInstance)
                .map(Target.Between.class::cast));
        map.put(Target.Uplift.class, () -> GoalArbitraries.targets().filter(Target.Uplift.class::isInstance)
                .map(Target.Uplift.class::cast));
        map.put(Goal.class, GoalArbitraries::goals);
        map.put(SignOff.class, GoalArbitraries::signOffs);
        map.put(GoalResult.class, GoalArbitraries::results);
        map.put(io.github.campaignkit.core.goal.Actual.class, GoalArbitraries::actuals);
        map.put(GoalSheet.class, GoalArbitraries::sheets);
        map.put(SmartPolicy.class, GoalArbitraries::smartPolicies);
        map.put(Evaluation.class, GoalArbitraries::evaluations);
        map.put(EvaluationRow.class, GoalArbitraries::evaluationRows);
    }

    private static void supply(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        map.put(io.github.campaignkit.core.supply.SupplierId.class, SupplyArbitraries::supplierIds);
        map.put(io.github.campaignkit.core.supply.NeedId.class, SupplyArbitraries::needIds);
        map.put(io.github.campaignkit.core.supply.MaterialId.class, SupplyArbitraries::materialIds);
        map.put(io.github.campaignkit.core.supply.SupplierContact.class, SupplyArbitraries::contacts);
        map.put(io.github.campaignkit.core.supply.SupplierProfile.class, SupplyArbitraries::suppliers);
        map.put(io.github.campaignkit.core.supply.ExchangeRate.class, SupplyArbitraries::exchangeRates);
        map.put(io.github.campaignkit.core.supply.Quote.class, SupplyArbitraries::quotes);
        map.put(io.github.campaignkit.core.supply.Waiver.class, SupplyArbitraries::waivers);
        map.put(io.github.campaignkit.core.supply.Choice.class, SupplyArbitraries::choices);
        map.put(io.github.campaignkit.core.supply.ContractTerms.class, SupplyArbitraries::contracts);
        map.put(io.github.campaignkit.core.supply.SupplierNeed.class, SupplyArbitraries::needs);
        map.put(io.github.campaignkit.core.supply.Delivery.class, SupplyArbitraries::deliveries);
        map.put(io.github.campaignkit.core.supply.Material.class, SupplyArbitraries::materials);
        map.put(io.github.campaignkit.core.supply.CriterionScore.class, SupplyArbitraries::criterionScores);
        map.put(io.github.campaignkit.core.supply.SupplierEvaluation.class, SupplyArbitraries::evaluations);
        map.put(io.github.campaignkit.core.supply.SupplierRecord.class, SupplyArbitraries::supplierRecords);
        map.put(io.github.campaignkit.core.supply.SupplierHistory.class, SupplyArbitraries::histories);
        map.put(io.github.campaignkit.core.supply.SupplyPolicy.class, SupplyArbitraries::policies);
        map.put(io.github.campaignkit.core.supply.SupplyPlan.class, SupplyArbitraries::plans);
        map.put(SupplyChange.ReviseSupply.class, () -> changesOf(SupplyChange.ReviseSupply.class));
        map.put(SupplyChange.ChooseSupplier.class, () -> changesOf(SupplyChange.ChooseSupplier.class));
        map.put(SupplyChange.RecordDelivery.class, () -> changesOf(SupplyChange.RecordDelivery.class));
        map.put(SupplyChange.EvaluateSupplier.class, () -> changesOf(SupplyChange.EvaluateSupplier.class));
    }

    private static void event(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        map.put(io.github.campaignkit.core.event.Segment.class, EventArbitraries::segments);
        map.put(io.github.campaignkit.core.event.VenueBooking.class, EventArbitraries::bookings);
        map.put(io.github.campaignkit.core.event.Notice.class, EventArbitraries::notices);
        map.put(io.github.campaignkit.core.event.NoticePolicy.class, EventArbitraries::policies);
        map.put(io.github.campaignkit.core.event.EventPlan.class, EventArbitraries::plans);
        map.put(EventChange.ReviseEvent.class, () -> changesOf(EventChange.ReviseEvent.class));
        map.put(PartnerChange.RevisePartners.class, () -> changesOf(PartnerChange.RevisePartners.class));
        map.put(OutreachChange.ReviseOutreach.class, () -> changesOf(OutreachChange.ReviseOutreach.class));
    }

    private static void kpi(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        map.put(Channel.class, KpiArbitraries::channels);
        map.put(Observation.class, KpiArbitraries::observations);
        map.put(Cadence.class, KpiArbitraries::cadences);
        map.put(Cadence.Daily.class, () -> Arbitraries.just(new Cadence.Daily()));
        map.put(Cadence.Weekly.class, () -> Arbitraries.of(java.time.DayOfWeek.class).map(Cadence.Weekly::new));
        map.put(Cadence.Monthly.class, () -> Arbitraries.integers().between(1, 31).map(Cadence.Monthly::new));
        map.put(MetricCadence.class, () -> net.jqwik.api.Combinators.combine(GoalArbitraries.metricIds(),
                KpiArbitraries.cadences()).as(MetricCadence::new));
        map.put(KpiTarget.class, KpiArbitraries::targets);
        map.put(Pace.class, KpiArbitraries::paces);
        map.put(Pace.Linear.class, () -> Arbitraries.just(new Pace.Linear()));
        map.put(Pace.PhaseWeighted.class, () -> KpiArbitraries.paces().filter(Pace.PhaseWeighted.class::isInstance)
                .map(Pace.PhaseWeighted.class::cast));
        map.put(AlertCondition.class, KpiArbitraries::conditions);
        map.put(AlertCondition.BelowTarget.class, () -> Arbitraries.integers().between(0, 100)
                .map(p -> new AlertCondition.BelowTarget(java.math.BigDecimal.valueOf(p))));
        map.put(AlertCondition.BelowPace.class, () -> Arbitraries.integers().between(0, 100)
                .map(p -> new AlertCondition.BelowPace(java.math.BigDecimal.valueOf(p))));
        map.put(AlertCondition.RateBelow.class, () -> Arbitraries.integers().between(0, 100)
                .map(p -> new AlertCondition.RateBelow(java.math.BigDecimal.valueOf(p))));
        map.put(AlertCondition.AllOf.class, () -> KpiArbitraries.conditions().list().ofMinSize(1).ofMaxSize(3)
                .map(AlertCondition.AllOf::new));
        map.put(AlertRule.class, KpiArbitraries::rules);
        map.put(AlertPolicy.class, KpiArbitraries::policies);
        map.put(Alert.class, KpiArbitraries::alerts);
        map.put(Acknowledgement.class, KpiArbitraries::acknowledgements);
        map.put(KpiTracking.class, KpiArbitraries::trackings);
        map.put(Dashboard.class, KpiArbitraries::dashboards);
        map.put(DashboardRow.class, KpiArbitraries::dashboardRows);
    }

    private static void partner(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        map.put(io.github.campaignkit.core.partner.Criterion.class, PartnerArbitraries::criteria);
        map.put(io.github.campaignkit.core.partner.Scorecard.class, PartnerArbitraries::scorecards);
        map.put(io.github.campaignkit.core.partner.Score.class, PartnerArbitraries::scores);
        map.put(io.github.campaignkit.core.partner.Candidate.class, PartnerArbitraries::candidates);
        map.put(io.github.campaignkit.core.partner.ScoreLine.class, PartnerArbitraries::scoreLines);
        map.put(io.github.campaignkit.core.partner.RankedCandidate.class, PartnerArbitraries::rankedCandidates);
        map.put(io.github.campaignkit.core.partner.Ranking.class, PartnerArbitraries::rankings);
        map.put(io.github.campaignkit.core.partner.Duty.class, PartnerArbitraries::duties);
        map.put(io.github.campaignkit.core.partner.Contact.class, PartnerArbitraries::contacts);
        map.put(io.github.campaignkit.core.partner.Partner.class, PartnerArbitraries::partners);
        map.put(io.github.campaignkit.core.partner.PartnerPlan.class, PartnerArbitraries::plans);
    }

    private static void outreach(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        map.put(io.github.campaignkit.core.outreach.ChannelRow.class, OutreachArbitraries::channelRows);
        map.put(io.github.campaignkit.core.outreach.CreativeItem.class, OutreachArbitraries::creativeItems);
        map.put(io.github.campaignkit.core.outreach.OutreachPlan.class, OutreachArbitraries::plans);
    }

    private static void review(Map<Class<?>, Supplier<Arbitrary<?>>> map) {
        map.put(io.github.campaignkit.core.review.ProblemId.class, ReviewArbitraries::problemIds);
        map.put(io.github.campaignkit.core.review.ActionId.class, ReviewArbitraries::actionIds);
        map.put(io.github.campaignkit.core.review.Success.class, ReviewArbitraries::successes);
        map.put(io.github.campaignkit.core.review.Problem.class, ReviewArbitraries::problems);
        map.put(io.github.campaignkit.core.review.ExpectedEffect.class, ReviewArbitraries::effects);
        map.put(io.github.campaignkit.core.review.ActionItem.class, ReviewArbitraries::actionItems);
        map.put(io.github.campaignkit.core.review.Knowledge.class, ReviewArbitraries::knowledge);
        map.put(io.github.campaignkit.core.review.Retrospective.class, ReviewArbitraries::retrospectives);
        map.put(io.github.campaignkit.core.review.EvaluationReport.class, ReviewArbitraries::evaluationReports);
        map.put(io.github.campaignkit.core.review.Review.class, ReviewArbitraries::reviews);
        map.put(io.github.campaignkit.core.review.ReviewPolicy.class, ReviewArbitraries::policies);
        map.put(io.github.campaignkit.core.campaign.PhaseTemplate.class, ReviewArbitraries::phaseTemplates);
        map.put(io.github.campaignkit.core.campaign.ProfileTemplate.class, ReviewArbitraries::profileTemplates);
        map.put(io.github.campaignkit.core.team.TaskTemplate.class, ReviewArbitraries::taskTemplates);
        map.put(io.github.campaignkit.core.team.BoardTemplate.class, ReviewArbitraries::boardTemplates);
        map.put(io.github.campaignkit.core.campaign.CampaignTemplate.class, ReviewArbitraries::campaignTemplates);
        map.put(ReviewChange.RecordEvaluation.class,
                () -> ReviewArbitraries.evaluationReports().map(ReviewChange.RecordEvaluation::new));
        map.put(ReviewChange.RecordRetrospective.class,
                () -> ReviewArbitraries.retrospectives().map(ReviewChange.RecordRetrospective::new));
    }

    private static <T extends Change> Arbitrary<T> changesOf(Class<T> type) {
        return CampaignArbitraries.plannedCampaigns()
                .flatMap(c -> CampaignArbitraries.commands(c, type).map(command -> type.cast(command.change())));
    }
}
