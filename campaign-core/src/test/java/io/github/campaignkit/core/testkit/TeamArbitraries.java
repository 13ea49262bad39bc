package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.team.Member;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.RaciAssignment;
import io.github.campaignkit.core.team.RaciMatrix;
import io.github.campaignkit.core.team.RaciRole;
import io.github.campaignkit.core.team.RemedyPlan;
import io.github.campaignkit.core.team.StandardModule;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskBoard;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.TaskStatusChange;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamPolicy;
import io.github.campaignkit.core.team.TeamRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the types of package {@code team}: members, teams in three tiers, tasks with
 * recorded histories, RACI matrices and boards. {@link #teams(MemberId)} and
 * {@link #boards(Team, DateRange)} give values that pass {@link io.github.campaignkit.core.team.TeamRules},
 * {@link io.github.campaignkit.core.team.BoardRules#tasks} and
 * {@link io.github.campaignkit.core.team.RaciRules} without a single violation.
 */
public final class TeamArbitraries {

    private static final List<String> NAMES = List.of("张经理", "李策划", "王助理", "赵主管", "陈专员", "刘分析师",
            "周设计", "吴后勤", "孙数据", "Alice", "Bob");
    private static final List<String> CUSTOM_MODULES = List.of("策划统筹", "设计执行", "线下执行", "数据跟踪", "后勤保障",
            "直播");

    private TeamArbitraries() {
    }

    /**
     * Module ids: the standard modules and the seed's custom ones.
     *
     * @return the generator
     */
    public static Arbitrary<ModuleId> moduleIds() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(StandardModule.class).map(StandardModule::id)),
                Tuple.of(1, Arbitraries.of(CUSTOM_MODULES).map(ModuleId::of)),
                Tuple.of(1, CampaignArbitraries.identifiers().map(ModuleId::of)));
    }

    /**
     * Task ids.
     *
     * @return the generator
     */
    public static Arbitrary<TaskId> taskIds() {
        return CampaignArbitraries.identifiers().map(TaskId::of);
    }

    /**
     * Members of any tier, sometimes with a department, a contact and duties.
     *
     * @return the generator
     */
    public static Arbitrary<Member> members() {
        return CampaignArbitraries.memberIds().flatMap(id -> members(id, Arbitraries.of(TeamRole.class)));
    }

    private static Arbitrary<Member> members(MemberId id, Arbitrary<TeamRole> roles) {
        return Combinators.combine(names(), roles, CampaignArbitraries.departments().optional(),
                        Arbitraries.strings().numeric().ofLength(7).map(s -> "138" + s).optional(),
                        CampaignArbitraries.texts().optional())
                .as((name, role, department, contact, duties) -> new Member(id, name, role, department, contact, duties));
    }

    private static Arbitrary<String> names() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(NAMES)), Tuple.of(1, CampaignArbitraries.texts()));
    }

    /**
     * Modules with or without a lead.
     *
     * @return the generator
     */
    public static Arbitrary<TeamModule> teamModules() {
        return Combinators.combine(moduleIds(), CampaignArbitraries.memberIds().optional())
                .as(TeamModule::new);
    }

    /**
     * Valid teams around the given overall lead: the lead, 0 to 6 module leads and executors, and
     * modules each led by the overall lead or a module lead; every module lead leads a module.
     *
     * @param lead the overall lead
     * @return the generator
     */
    public static Arbitrary<Team> teams(MemberId lead) {
        return teamParts().map(parts -> parts.build(lead));
    }

    /**
     * Valid teams with any overall lead.
     *
     * @return the generator
     */
    public static Arbitrary<Team> teams() {
        return Combinators.combine(CampaignArbitraries.memberIds(), teamParts()).as((lead, parts) -> parts.build(lead));
    }

    /** The parts of a team, drawn without knowing its lead (no flatMap, so generation stays fast). */
    static Arbitrary<TeamParts> teamParts() {
        return Combinators.combine(
                        CampaignArbitraries.memberIds().list().uniqueElements().ofMaxSize(6),
                        names().list().ofSize(7),
                        CampaignArbitraries.departments().optional().list().ofSize(7),
                        Arbitraries.strings().numeric().ofLength(8).map(s -> "13" + s).optional().list().ofSize(7),
                        CampaignArbitraries.texts().optional().list().ofSize(7),
                        Arbitraries.integers().between(0, 6),
                        moduleIds().list().uniqueElements().ofSize(8),
                        Arbitraries.integers().between(0, 1000).list().ofSize(3))
                .as(TeamParts::new);
    }

    /** The drawn parts of a team. */
    static final class TeamParts {
        private final List<MemberId> ids;
        private final List<String> names;
        private final List<Optional<io.github.campaignkit.core.team.Department>> departments;
        private final List<Optional<String>> contacts;
        private final List<Optional<String>> duties;
        private final int moduleLeadsWanted;
        private final List<ModuleId> modules;
        private final List<Integer> picks;

        TeamParts(List<MemberId> ids, List<String> names,
                  List<Optional<io.github.campaignkit.core.team.Department>> departments,
                  List<Optional<String>> contacts, List<Optional<String>> duties, int moduleLeadsWanted,
                  List<ModuleId> modules, List<Integer> picks) {
            this.ids = ids;
            this.names = names;
            this.departments = departments;
            this.contacts = contacts;
            this.duties = duties;
            this.moduleLeadsWanted = moduleLeadsWanted;
            this.modules = modules;
            this.picks = picks;
        }

        Team build(MemberId lead) {
            return build(lead, false);
        }

        /** The team; with {@code needsModule}, at least one module, so that a board can hold tasks. */
        Team build(MemberId lead, boolean needsModule) {
            List<MemberId> others = new ArrayList<>(ids);
            others.remove(lead);
            int moduleLeads = Math.min(moduleLeadsWanted, others.size());
            List<Member> members = new ArrayList<>();
            members.add(member(0, lead, TeamRole.OVERALL_LEAD));
            for (int i = 0; i < others.size(); i++) {
                members.add(member(i + 1, others.get(i), i < moduleLeads ? TeamRole.MODULE_LEAD : TeamRole.EXECUTOR));
            }
            int count = Math.max(moduleLeads + picks.get(0) % 3, needsModule ? 1 : 0);
            List<TeamModule> teamModules = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                MemberId by;
                if (i < moduleLeads) {
                    by = others.get(i);
                } else {
                    int index = picks.get(i - moduleLeads + 1) % (moduleLeads + 1);
                    by = index == moduleLeads ? lead : others.get(index);
                }
                teamModules.add(TeamModule.of(modules.get(i), by));
            }
            return new Team(members, teamModules);
        }

        private Member member(int i, MemberId id, TeamRole role) {
            return new Member(id, names.get(i), role, departments.get(i), contacts.get(i), duties.get(i));
        }
    }

    /**
     * Valid boards for the team: 0 to 4 tasks in the team's modules (none when it has no module),
     * inside the given days, not started, owned and assisted by members; a RACI matrix with exactly
     * one accountable member per task, the owner and the assistants responsible, at most 3 consulted.
     *
     * @param team the team
     * @param days the days the tasks lie in
     * @return the generator
     */
    public static Arbitrary<TaskBoard> boards(Team team, DateRange days) {
        return boardParts().map(parts -> parts.build(team, days));
    }

    /** The parts of a board, drawn without knowing its team. */
    static Arbitrary<BoardParts> boardParts() {
        return boardParts(0, 4);
    }

    /** The parts of a board of {@code min} to {@code max} tasks (fewer when its team has no module). */
    static Arbitrary<BoardParts> boardParts(int min, int max) {
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 10_000).list().ofSize(12);
        Arbitrary<List<String>> texts = CampaignArbitraries.texts().list().ofSize(3);
        // Task ids T1, T2 … as the seeds number them: unique by construction, nothing to filter.
        return Combinators.combine(picks.list().ofMinSize(min).ofMaxSize(max), texts.list().ofSize(max))
                .as((p, t) -> new BoardParts(p, t, java.util.stream.IntStream.rangeClosed(1, max)
                        .mapToObj(i -> TaskId.of("T" + i)).collect(java.util.stream.Collectors.toList())));
    }

    /** The drawn parts of a board: per task, twelve numbers and three texts. */
    static final class BoardParts {
        private final List<List<Integer>> picks;
        private final List<List<String>> texts;
        private final List<TaskId> ids;

        BoardParts(List<List<Integer>> picks, List<List<String>> texts, List<TaskId> ids) {
            this.picks = picks;
            this.texts = texts;
            this.ids = ids;
        }

        TaskBoard build(Team team, DateRange days) {
            if (team.modules().isEmpty() || team.members().isEmpty()) {
                return TaskBoard.empty();
            }
            List<MemberId> people = team.members().stream().map(Member::id).distinct()
                    .collect(java.util.stream.Collectors.toList());
            List<Task> tasks = new ArrayList<>();
            RaciMatrix raci = RaciMatrix.empty();
            for (int i = 0; i < picks.size(); i++) {
                List<Integer> p = picks.get(i);
                TaskId id = ids.get(i);
                MemberId owner = people.get(p.get(0) % people.size());
                Set<MemberId> assistants = new LinkedHashSet<>();
                for (int j = 0; j < p.get(1) % 3; j++) {
                    assistants.add(people.get(p.get(2 + j) % people.size()));
                }
                assistants.remove(owner);
                // Some tasks detail an earlier one (the Gantt's finer rows), within its dates.
                Optional<Task> parent = i > 0 && (p.get(0) / 7) % 3 == 0
                        ? Optional.of(tasks.get((p.get(0) / 21) % i)) : Optional.empty();
                DateRange within = parent.map(t -> DateRange.of(t.start(), t.end())).orElse(days);
                LocalDate start = within.start().plusDays(p.get(4) % within.days());
                LocalDate end = start.plusDays(p.get(5) % 10);
                if (end.isAfter(within.end())) {
                    end = within.end();
                }
                tasks.add(Task.builder().id(id).module(team.modules().get(p.get(6) % team.modules().size()).id())
                        .name(texts.get(i).get(0)).description(texts.get(i).get(1)).deliverable(texts.get(i).get(2))
                        .owner(owner).assistants(new ArrayList<>(assistants)).start(start).end(end)
                        .status(TaskStatus.NOT_STARTED).parent(parent.map(Task::id)).build());
                raci = raci.with(id, people.get(p.get(7) % people.size()), RaciRole.ACCOUNTABLE)
                        .with(id, owner, RaciRole.RESPONSIBLE);
                for (MemberId assistant : assistants) {
                    raci = raci.with(id, assistant, RaciRole.RESPONSIBLE);
                }
                for (int j = 0; j < p.get(8) % 4; j++) {
                    raci = raci.with(id, people.get((p.get(9) + j) % people.size()), RaciRole.CONSULTED);
                }
                for (int j = 0; j < p.get(10) % 3; j++) {
                    raci = raci.with(id, people.get((p.get(11) + j) % people.size()), RaciRole.INFORMED);
                }
            }
            return new TaskBoard(tasks, raci);
        }
    }

    /**
     * Valid teams, each with a valid board over generated days.
     *
     * @return the generator of (team, board) pairs
     */
    public static Arbitrary<Tuple.Tuple2<Team, TaskBoard>> teamsWithBoards() {
        return Combinators.combine(teams(), CampaignArbitraries.dateRanges(), boardParts())
                .as((team, days, parts) -> Tuple.of(team, parts.build(team, days)));
    }

    /**
     * Valid boards for valid teams, over generated days.
     *
     * @return the generator
     */
    public static Arbitrary<TaskBoard> taskBoards() {
        return Combinators.combine(teams(), CampaignArbitraries.dateRanges(), boardParts())
                .as((team, days, parts) -> parts.build(team, days));
    }

    /**
     * Status changes between two different statuses.
     *
     * @return the generator
     */
    public static Arbitrary<TaskStatusChange> taskStatusChanges() {
        return Combinators.combine(CampaignArbitraries.instants(), CampaignArbitraries.memberIds(),
                        Arbitraries.of(TaskStatus.class), Arbitraries.integers().between(1, TaskStatus.values().length - 1),
                        CampaignArbitraries.texts().optional())
                .as((at, actor, from, shift, reason) -> new TaskStatusChange(at, actor, from,
                        TaskStatus.values()[(from.ordinal() + shift) % TaskStatus.values().length], reason));
    }

    /**
     * Remedy plans.
     *
     * @return the generator
     */
    public static Arbitrary<RemedyPlan> remedyPlans() {
        return Combinators.combine(CampaignArbitraries.instants(), CampaignArbitraries.memberIds(),
                CampaignArbitraries.texts()).as(RemedyPlan::new);
    }

    /**
     * Tasks in any status, with a recorded history that leads to it (status changes an hour apart)
     * and sometimes remedy plans.
     *
     * @return the generator
     */
    public static Arbitrary<Task> tasks() {
        Arbitrary<List<TaskStatus>> path = Arbitraries.integers().between(1, TaskStatus.values().length - 1)
                .list().ofMaxSize(5).map(shifts -> {
                    List<TaskStatus> statuses = new ArrayList<>();
                    statuses.add(TaskStatus.NOT_STARTED);
                    for (int shift : shifts) {
                        TaskStatus last = statuses.get(statuses.size() - 1);
                        statuses.add(TaskStatus.values()[(last.ordinal() + shift) % TaskStatus.values().length]);
                    }
                    return statuses;
                });
        return Combinators.combine(taskIds(), moduleIds(), CampaignArbitraries.texts(), CampaignArbitraries.texts(),
                        CampaignArbitraries.texts(), CampaignArbitraries.memberIds(),
                        CampaignArbitraries.memberIds().list().ofMaxSize(2), CampaignArbitraries.dateRanges())
                .flatAs((id, module, name, description, deliverable, owner, assistants, range) ->
                        Combinators.combine(path, CampaignArbitraries.instants(), remedyPlans().list().ofMaxSize(2))
                                .as((statuses, at, remedies) -> {
                                    List<TaskStatusChange> history = new ArrayList<>();
                                    for (int i = 1; i < statuses.size(); i++) {
                                        history.add(new TaskStatusChange(at.plus(Duration.ofHours(i)), owner,
                                                statuses.get(i - 1), statuses.get(i), Optional.of("原因" + i)));
                                    }
                                    return new Task(id, module, name, description, deliverable, owner, assistants,
                                            range.start(), range.end(), statuses.get(statuses.size() - 1), history,
                                            remedies, Optional.empty());
                                }));
    }

    /**
     * RACI assignments.
     *
     * @return the generator
     */
    public static Arbitrary<RaciAssignment> raciAssignments() {
        return Combinators.combine(taskIds(), CampaignArbitraries.memberIds(), Arbitraries.of(RaciRole.class))
                .as(RaciAssignment::new);
    }

    /**
     * RACI matrices of any content (valid or not against a board).
     *
     * @return the generator
     */
    public static Arbitrary<RaciMatrix> raciMatrices() {
        return raciAssignments().list().ofMaxSize(8).map(RaciMatrix::new);
    }

    /**
     * Team policies within their bounds.
     *
     * @return the generator
     */
    public static Arbitrary<TeamPolicy> teamPolicies() {
        return Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 10),
                        Arbitraries.integers().between(1, 72).map(Duration::ofHours))
                .as(TeamPolicy::new);
    }

    /**
     * A moment some minutes after the given one, for generated histories.
     *
     * @param from the earlier moment
     * @return the generator
     */
    static Arbitrary<Instant> after(Instant from) {
        return Arbitraries.longs().between(0, 3 * 24 * 60).map(m -> from.plus(Duration.ofMinutes(m)));
    }
}
