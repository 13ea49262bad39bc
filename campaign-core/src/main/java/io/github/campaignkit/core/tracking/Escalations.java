package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who handles an issue and where it went when nobody answered in time: a pure function of the
 * issue, the team, the {@link TrackingPolicy} and the time, so that it never needs storing and
 * never disagrees with the log.
 *
 * <p>The issue's reporting line is the lead of its module, then the overall lead; it starts at the
 * tier its severity's {@linkplain IssueRoute route} names. A module without a lead, or led by the
 * overall lead, has the overall lead alone on its line. Each handler on the line has
 * {@link IssueRoute#respondWithin()} to answer; when the issue is not answered by then, it passes
 * one tier up at that deadline, and so on until it reaches the overall lead, where it stays. An
 * answer (the first decision, or the resolution) stops it.
 */
public final class Escalations {

    private Escalations() {
    }

    /**
     * The escalations of an issue up to the given time, oldest first.
     *
     * @param issue  the issue
     * @param team   the team whose leads handle it
     * @param policy the routes and deadlines
     * @param now    the time of the evaluation
     * @return every escalation that has happened by {@code now}; empty while the first handler still
     *         has time, when they answered in time, or when the line is empty
     */
    public static List<Escalation> of(Issue issue, Team team, TrackingPolicy policy, Instant now) {
        return walk(issue, team, policy, now).escalations;
    }

    /**
     * Who handles the issue at the given time: the last handler it reached.
     *
     * @param issue  the issue
     * @param team   the team
     * @param policy the routes and deadlines
     * @param now    the time of the evaluation
     * @return the handler, empty when the team has nobody to handle it (no overall lead)
     */
    public static Optional<MemberId> handler(Issue issue, Team team, TrackingPolicy policy, Instant now) {
        Walk walk = walk(issue, team, policy, now);
        return walk.line.isEmpty() ? Optional.empty() : Optional.of(walk.line.get(walk.position).member);
    }

    /**
     * When the current handler's time to answer ends.
     *
     * @param issue  the issue
     * @param team   the team
     * @param policy the routes and deadlines
     * @param now    the time of the evaluation
     * @return the deadline of the handler the issue is with, empty when there is no handler
     */
    public static Optional<Instant> deadline(Issue issue, Team team, TrackingPolicy policy, Instant now) {
        Walk walk = walk(issue, team, policy, now);
        return walk.line.isEmpty() ? Optional.empty() : Optional.of(walk.deadline);
    }

    /** The positions an issue passes through, lowest tier first. */
    static List<Position> line(Issue issue, Team team, TrackingPolicy policy) {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(policy, "policy");
        List<Position> line = new ArrayList<>();
        Optional<MemberId> overall = team.overallLead();
        if (policy.route(issue.severity()).handler() == TeamRole.MODULE_LEAD) {
            team.moduleLead(issue.module())
                    .filter(lead -> overall.isEmpty() || !overall.get().equals(lead))
                    .ifPresent(lead -> line.add(new Position(lead, TeamRole.MODULE_LEAD)));
        }
        overall.ifPresent(lead -> line.add(new Position(lead, TeamRole.OVERALL_LEAD)));
        return line;
    }

    private static Walk walk(Issue issue, Team team, TrackingPolicy policy, Instant now) {
        Objects.requireNonNull(now, "now");
        List<Position> line = line(issue, team, policy);
        java.time.Duration window = policy.route(issue.severity()).respondWithin();
        Optional<Instant> answered = issue.answeredAt();
        List<Escalation> escalations = new ArrayList<>();
        Instant deadline = issue.raisedAt().plus(window);
        int position = 0;
        while (position + 1 < line.size() && now.isAfter(deadline)
                && (answered.isEmpty() || answered.get().isAfter(deadline))) {
            Position from = line.get(position);
            Position to = line.get(position + 1);
            escalations.add(new Escalation(deadline, from.member, from.role, to.member, to.role));
            position++;
            deadline = deadline.plus(window);
        }
        return new Walk(line, position, deadline, escalations);
    }

    /** A member at a tier of an issue's reporting line. */
    static final class Position {
        final MemberId member;
        final TeamRole role;

        Position(MemberId member, TeamRole role) {
            this.member = member;
            this.role = role;
        }
    }

    private static final class Walk {
        final List<Position> line;
        final int position;
        final Instant deadline;
        final List<Escalation> escalations;

        Walk(List<Position> line, int position, Instant deadline, List<Escalation> escalations) {
            this.line = line;
            this.position = position;
            this.deadline = deadline;
            this.escalations = List.copyOf(escalations);
        }
    }
}
