package io.github.campaignkit.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.testkit.TeamArbitraries;
import io.vavr.collection.Seq;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RaciProperties {

    /** What is done to a task's accountable members. */
    enum Accountable { KEEP, REMOVE, ADD_SECOND }

    /** A board with defects planted in it, and the errors the rules must find, as code@path. */
    record Planted(Team team, TaskBoard board, Set<String> expected) {
    }

    record Valid(Team team, TaskBoard board) {
    }

    @Provide
    Arbitrary<Valid> valid() {
        return TeamArbitraries.teamsWithBoards().map(pair -> new Valid(pair.get1(), pair.get2()));
    }

    @Provide
    Arbitrary<Planted> planted() {
        // Four of each, of which the first as many as the board has tasks are used.
        return Combinators.combine(valid().filter(v -> !v.board().tasks().isEmpty()),
                        Arbitraries.of(Accountable.class).list().ofSize(4),
                        Arbitraries.of(true, false).list().ofSize(4), Arbitraries.of(true, false).list().ofSize(4))
                .as(RaciProperties::plant);
    }

    private static Planted plant(Valid valid, List<Accountable> accountable, List<Boolean> noResponsible,
                                 List<Boolean> stranger) {
        Team team = valid.team();
        TaskBoard board = valid.board();
        RaciMatrix raci = board.raci();
        Set<String> expected = new LinkedHashSet<>();
        for (int i = 0; i < board.tasks().size(); i++) {
            TaskId id = board.tasks().get(i).id();
            String path = "tasks[" + i + "]";
            if (accountable.get(i) == Accountable.REMOVE) {
                raci = raci.without(a -> a.task().equals(id) && a.role() == RaciRole.ACCOUNTABLE);
                expected.add("team.raci.accountable.missing@" + path);
            } else if (accountable.get(i) == Accountable.ADD_SECOND) {
                MemberId first = raci.members(id, RaciRole.ACCOUNTABLE).get(0);
                Optional<MemberId> second = team.members().stream().map(Member::id).filter(m -> !m.equals(first))
                        .findFirst();
                if (second.isPresent()) {
                    raci = raci.with(id, second.get(), RaciRole.ACCOUNTABLE);
                    expected.add("team.raci.accountable.multiple@" + path);
                }
            }
            if (noResponsible.get(i)) {
                raci = raci.without(a -> a.task().equals(id) && a.role() == RaciRole.RESPONSIBLE);
                expected.add("team.raci.responsible.missing@" + path);
            }
            if (stranger.get(i)) {
                // '#' never occurs in generated ids, so this is nobody on the team.
                raci = raci.with(id, MemberId.of("陌生人#" + i), i % 2 == 0 ? RaciRole.INFORMED : RaciRole.CONSULTED);
            }
        }
        for (int k = 0; k < raci.assignments().size(); k++) {
            if (!team.hasMember(raci.assignments().get(k).member())) {
                expected.add("team.member.unknown@raci.assignments[" + k + "].member");
            }
        }
        return new Planted(team, board.withRaci(raci), expected);
    }

    @Property
    void theRulesFindExactlyThePlantedDefects(@ForAll("planted") Planted planted) {
        Seq<Violation> errors = RaciRules.check(planted.board(), planted.team(), TeamPolicy.standard())
                .filter(Violation::isError);
        List<String> found = errors.map(v -> v.code() + "@" + v.path()).toJavaList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(planted.expected());
    }

    @Property
    void generatedBoardsAndTeamsAreValidWithoutASingleFinding(@ForAll("valid") Valid valid) {
        assertThat(RaciRules.check(valid.board(), valid.team(), TeamPolicy.standard())).isEmpty();
        assertThat(BoardRules.tasks(valid.board(), valid.team())).isEmpty();
        assertThat(TeamRules.standard().check(valid.team())).isEmpty();
        assertThat(TeamRules.references(valid.team(), valid.board().memberReferences())).isEmpty();
    }

    @Property
    void everyTaskHasExactlyOneAccountableMemberAfterTheRulesPass(@ForAll("planted") Planted planted) {
        boolean passes = RaciRules.check(planted.board(), planted.team(), TeamPolicy.standard()).filter(Violation::isError)
                .isEmpty();
        boolean oneEach = planted.board().tasks().stream().allMatch(t ->
                planted.board().raci().members(t.id(), RaciRole.ACCOUNTABLE).size() == 1
                        && !planted.board().raci().members(t.id(), RaciRole.RESPONSIBLE).isEmpty());
        boolean allKnown = planted.board().raci().members().stream().allMatch(planted.team()::hasMember);
        assertThat(passes).isEqualTo(oneEach && allKnown);
    }

    @Property
    void aMemberAccountableForMoreConcurrentTasksThanAllowedIsWarnedAbout(@ForAll("valid") Valid valid) {
        net.jqwik.api.Assume.that(!valid.board().tasks().isEmpty());
        MemberId lead = valid.team().overallLead().orElseThrow();
        RaciMatrix raci = valid.board().raci().without(a -> a.role() == RaciRole.ACCOUNTABLE);
        for (Task task : valid.board().tasks()) {
            raci = raci.with(task.id(), lead, RaciRole.ACCOUNTABLE);
        }
        TaskBoard allOnLead = valid.board().withRaci(raci);
        int peak = (int) valid.board().tasks().get(0).start().datesUntil(valid.board().tasks().get(0).end().plusDays(1))
                .mapToLong(day -> valid.board().tasks().stream()
                        .filter(t -> !t.start().isAfter(day) && !t.end().isBefore(day)).count())
                .max().orElse(0);
        Set<String> codes = RaciRules.check(allOnLead, valid.team(), TeamPolicy.standard().withMaxConcurrentAccountable(1))
                .map(Violation::code).toJavaSet();
        if (peak > 1) {
            assertThat(codes).contains("team.raci.accountable.overloaded");
        }
        Set<String> relaxed = RaciRules.check(allOnLead, valid.team(),
                        TeamPolicy.standard().withMaxConcurrentAccountable(valid.board().tasks().size()))
                .map(Violation::code).toJavaSet();
        assertThat(relaxed).doesNotContain("team.raci.accountable.overloaded");
        assertThat(codes.stream().filter(c -> !c.equals("team.raci.accountable.overloaded"))
                .collect(Collectors.toSet())).isEqualTo(relaxed);
    }
}
