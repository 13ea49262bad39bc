package io.github.campaignkit.examples.bench;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetCategory;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetLineId;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.Quantity;
import io.github.campaignkit.core.budget.Reviewer;
import io.github.campaignkit.core.budget.ReviewerRole;
import io.github.campaignkit.core.budget.UnitPrice;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.MetricUnit;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.kpi.AlertPolicy;
import io.github.campaignkit.core.kpi.Cadence;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.KpiTarget;
import io.github.campaignkit.core.kpi.KpiTracking;
import io.github.campaignkit.core.kpi.MetricCadence;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.schedule.Dependency;
import io.github.campaignkit.core.schedule.DependencyType;
import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.RaciMatrix;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.TaskStatusChange;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamRole;
import io.github.campaignkit.examples.Promotion618;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The large campaign of issue #9's JSON benchmark, built deterministically from the 618 profile
 * and the real parts: a team of {@value #MEMBERS} members in {@value #MODULES} modules, a board of
 * {@value #TASKS} tasks (every fourth with a status history), a schedule of the same
 * {@value #TASKS} tasks with a dependency from each task to the one before it in its module, a
 * budget of {@value #BUDGET_LINES} lines (per-unit and fixed, Money and unit prices with their
 * scale), and KPI tracking of {@value #METRICS} metrics × {@value #CHANNELS} channels ×
 * {@value #DAYS} days = {@value #KPI_OBSERVATIONS} observations. Texts are Chinese, a few with emoji.
 */
final class LargeCampaign {

    /** Tasks on the board, and the same tasks in the schedule. */
    static final int TASKS = 10_000;
    /** Budget lines. */
    static final int BUDGET_LINES = 2_000;
    /** Metrics tracked. */
    static final int METRICS = 100;
    /** Channels per metric. */
    static final int CHANNELS = 50;
    /** Days of observations. */
    static final int DAYS = 20;
    /** KPI observations: metrics × channels × days. */
    static final int KPI_OBSERVATIONS = METRICS * CHANNELS * DAYS;
    /** Members of the team. */
    static final int MEMBERS = 50;
    /** Modules of the team. */
    static final int MODULES = 20;

    private static final Instant START = Instant.parse("2024-05-20T01:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 5, 30);
    private static final Currency CNY = Currency.getInstance("CNY");

    private LargeCampaign() {
    }

    /**
     * The large campaign.
     *
     * @return the campaign, equal on every call
     */
    static Campaign build() {
        CampaignProfile profile = Promotion618.completeProfile();
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(i == 0 ? profile.overallLead() : MemberId.of("member-" + i));
        }
        List<ModuleId> modules = new ArrayList<>();
        for (int i = 0; i < MODULES; i++) {
            modules.add(ModuleId.of("模块" + i));
        }
        // Restored as a service reads a stored snapshot: no command history is replayed here.
        return Campaign.builder().from(Campaign.plan(CampaignId.of("2024-618-large"), profile))
                .team(team(members, modules)).board(board(members, modules)).schedule(schedule(members, modules))
                .budget(budget(members)).goals(goals()).kpi(kpi(members.get(0))).build();
    }

    private static Team team(List<MemberId> members, List<ModuleId> modules) {
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            people.add(Member.of(members.get(i), "成员" + i, i == 0 ? TeamRole.OVERALL_LEAD : TeamRole.EXECUTOR));
        }
        List<TeamModule> teamModules = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            teamModules.add(TeamModule.of(modules.get(i), members.get(1 + i % (members.size() - 1))));
        }
        return Team.builder().members(people).modules(teamModules).build();
    }

    private static TaskBoard board(List<MemberId> members, List<ModuleId> modules) {
        List<Task> tasks = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            MemberId owner = members.get(1 + i % (members.size() - 1));
            LocalDate start = FIRST_DAY.plusDays(i % 15);
            List<TaskStatusChange> history = new ArrayList<>();
            TaskStatus status = TaskStatus.NOT_STARTED;
            if (i % 4 == 0) {
                Instant at = START.plus(Duration.ofMinutes(i));
                history.add(new TaskStatusChange(at, owner, TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS,
                        Optional.empty()));
                history.add(new TaskStatusChange(at.plus(Duration.ofHours(5)), owner, TaskStatus.IN_PROGRESS,
                        TaskStatus.DONE, Optional.of("已交付，见共享盘✅")));
                status = TaskStatus.DONE;
            }
            tasks.add(new Task(TaskId.of("T" + i), modules.get(i % modules.size()), "任务" + i + "：准备直播间物料",
                    "按脚本准备第" + i + "项物料并与主播确认", "物料清单" + i, owner,
                    List.of(members.get(1 + (i + 7) % (members.size() - 1))), start, start.plusDays(2 + i % 3),
                    status, history, List.of(), Optional.empty()));
        }
        return TaskBoard.builder().tasks(tasks).raci(RaciMatrix.empty()).build();
    }

    private static Schedule schedule(List<MemberId> members, List<ModuleId> modules) {
        List<io.github.campaignkit.core.schedule.GanttTask> tasks = new ArrayList<>(TASKS);
        List<Dependency> dependencies = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            tasks.add(io.github.campaignkit.core.schedule.GanttTask.of(TaskId.of("T" + i), "任务" + i,
                    members.get(1 + i % (members.size() - 1)), 1 + i % 5));
            if (i >= modules.size()) {
                dependencies.add(Dependency.of(TaskId.of("T" + (i - modules.size())), TaskId.of("T" + i),
                        i % 7 == 0 ? DependencyType.START_TO_START : DependencyType.FINISH_TO_START, i % 3));
            }
        }
        return Schedule.builder().start(LocalDate.of(2024, 5, 6)).tasks(tasks).dependencies(dependencies).build();
    }

    private static Budget budget(List<MemberId> members) {
        List<BudgetLine> lines = new ArrayList<>(BUDGET_LINES);
        BudgetCategory[] categories = BudgetCategory.values();
        for (int i = 0; i < BUDGET_LINES; i++) {
            BudgetLineId id = BudgetLineId.of("L" + i);
            BudgetCategory category = categories[i % categories.length];
            BudgetLine line = i % 2 == 0
                    ? BudgetLine.perUnit(id, category, "第" + i + "项：主播坑位费", Quantity.of(1 + i % 9, "场")
                            .times(1 + i % 4, "天"), UnitPrice.of(BigDecimal.valueOf(80_000 + i * 37L, 2), CNY))
                    : BudgetLine.fixed(id, category, "第" + i + "项：场地与物料", Money.of(BigDecimal.valueOf(
                            1_000_000 + i * 1_234L, 2), CNY));
            lines.add(line.withOwnerAndApprover(members.get(1 + i % (members.size() - 1)), members.get(0)));
        }
        BudgetPlan plan = BudgetPlan.empty(CNY).withLines(lines)
                .withApproval(members.get(0), List.of(Reviewer.of(ReviewerRole.FINANCE, members.get(1))));
        return Budget.draft(plan);
    }

    private static GoalSheet goals() {
        GoalSheet sheet = GoalSheet.empty();
        for (int m = 0; m < METRICS; m++) {
            sheet = sheet.withMetric(Metric.of("m" + m, "指标" + m, m % 2 == 0 ? MetricUnit.count()
                    : MetricUnit.money(CNY)));
        }
        return sheet;
    }

    private static KpiTracking kpi(MemberId owner) {
        List<Observation> observations = new ArrayList<>(KPI_OBSERVATIONS);
        List<KpiTarget> targets = new ArrayList<>();
        List<MetricCadence> cadences = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        for (int c = 0; c < CHANNELS; c++) {
            channels.add(Channel.of(c % 10 == 0 ? "抖音直播间" + c : "渠道" + c));
        }
        for (int m = 0; m < METRICS; m++) {
            MetricId metric = MetricId.of("m" + m);
            targets.add(KpiTarget.overall(metric, Target.atLeast(BigDecimal.valueOf(6_000_000)), owner));
            cadences.add(MetricCadence.of(metric, Cadence.daily()));
        }
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            for (int m = 0; m < METRICS; m++) {
                MetricId metric = MetricId.of("m" + m);
                for (Channel channel : channels) {
                    long seed = (d * 31L + m) * 131L + channel.name().hashCode();
                    BigDecimal value = m % 2 == 0 ? BigDecimal.valueOf(Math.floorMod(seed, 100_000))
                            : BigDecimal.valueOf(Math.floorMod(seed, 10_000_000), 2);
                    observations.add(Observation.of(metric, channel, day, value, "后台导出"));
                }
            }
        }
        return KpiTracking.builder().targets(targets).cadences(cadences).observations(observations)
                .alerting(AlertPolicy.defaults()).build();
    }
}
