package io.github.campaignkit.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamModule;
import io.github.campaignkit.core.team.TeamRole;
import io.github.campaignkit.core.testkit.CampaignArbitraries;
import io.github.campaignkit.core.testkit.TeamArbitraries;
import io.github.campaignkit.core.testkit.TrackingArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EscalationProperties {

    /** An issue in a team under a policy, looked at some time after it was raised. */
    record Case(Team team, TrackingPolicy policy, Issue issue, Instant now) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(TeamArbitraries.teams(), TrackingArbitraries.trackingPolicies(),
                        Arbitraries.of(IssueSeverity.class), CampaignArbitraries.instants(),
                        Arbitraries.integers().between(0, 1000), Arbitraries.longs().between(0, 3 * 24 * 60),
                        Arbitraries.longs().between(0, 3 * 24 * 60).optional())
                .as((team, policy, severity, raised, pick, minutes, answerAfter) -> {
                    // Mostly one of the team's modules, sometimes one it does not declare.
                    List<TeamModule> modules = team.modules();
                    io.github.campaignkit.core.team.ModuleId module = modules.isEmpty() || pick % 5 == 0
                            ? io.github.campaignkit.core.team.ModuleId.of("未登记模块")
                            : modules.get(pick % modules.size()).id();
                    List<IssueDecision> decisions = answerAfter.map(m -> List.of(IssueDecision.of(
                            raised.plus(Duration.ofMinutes(m)), team.overallLead().orElseThrow(), "决定")))
                            .orElse(List.of());
                    Issue issue = new Issue(IssueId.of("Q-" + pick), raised, team.members().get(0).id(), module,
                            severity, "问题", Optional.empty(), decisions, Optional.empty());
                    return new Case(team, policy, issue, raised.plus(Duration.ofMinutes(minutes)));
                });
    }

    @Property
    void escalationClimbsOneTierAtATimeAndEndsAtTheOverallLead(@ForAll("cases") Case c) {
        List<Escalation> escalations = Escalations.of(c.issue(), c.team(), c.policy(), c.now());
        MemberId overall = c.team().overallLead().orElseThrow();
        IssueRoute route = c.policy().route(c.issue().severity());
        Optional<MemberId> moduleLead = c.team().moduleLead(c.issue().module()).filter(m -> !m.equals(overall));
        MemberId first = route.handler() == TeamRole.MODULE_LEAD && moduleLead.isPresent() ? moduleLead.get() : overall;

        MemberId current = first;
        for (int i = 0; i < escalations.size(); i++) {
            Escalation e = escalations.get(i);
            assertThat(e.from()).isEqualTo(current);
            assertThat(e.fromRole().above()).contains(e.toRole());
            assertThat(e.at()).isEqualTo(c.issue().raisedAt().plus(route.respondWithin().multipliedBy(i + 1)));
            assertThat(e.at()).isBefore(c.now());
            c.issue().answeredAt().ifPresent(answered -> assertThat(answered).isAfter(e.at()));
            current = e.to();
        }
        assertThat(Escalations.handler(c.issue(), c.team(), c.policy(), c.now())).contains(current);
        if (!escalations.isEmpty()) {
            assertThat(escalations.get(escalations.size() - 1).to()).isEqualTo(overall);
            assertThat(escalations.get(escalations.size() - 1).toRole()).isEqualTo(TeamRole.OVERALL_LEAD);
        }
    }

    @Property
    void anUnansweredIssueEndsWithTheOverallLeadOnceEveryDeadlineHasPassed(@ForAll("cases") Case c) {
        Issue unanswered = c.issue().toBuilder().decisions(List.of()).build();
        Duration window = c.policy().route(unanswered.severity()).respondWithin();
        Instant late = unanswered.raisedAt().plus(window.multipliedBy(3));
        MemberId overall = c.team().overallLead().orElseThrow();
        assertThat(Escalations.handler(unanswered, c.team(), c.policy(), late)).contains(overall);
        List<Escalation> escalations = Escalations.of(unanswered, c.team(), c.policy(), late);
        assertThat(escalations.size()).isLessThanOrEqualTo(1);
        assertThat(TrackingRules.issues(new Tracking(List.of(), List.of(), List.of(unanswered)), c.team(), c.policy(),
                java.time.Clock.fixed(late, java.time.ZoneOffset.UTC)).map(v -> v.code()))
                .contains("tracking.issue.response.overdue");
    }

    @Property
    void escalationNeverGoesBackInTimeOrPastTheAnswer(@ForAll("cases") Case c, @ForAll("minutes") long earlier) {
        Instant before = c.now().minus(Duration.ofMinutes(earlier));
        List<Escalation> now = Escalations.of(c.issue(), c.team(), c.policy(), c.now());
        List<Escalation> then = Escalations.of(c.issue(), c.team(), c.policy(), before);
        assertThat(now.subList(0, then.size())).isEqualTo(then);
    }

    @Provide
    Arbitrary<Long> minutes() {
        return Arbitraries.longs().between(0, 24 * 60);
    }
}
