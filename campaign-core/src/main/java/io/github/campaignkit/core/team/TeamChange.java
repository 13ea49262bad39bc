package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The changes of a campaign's {@link Team} (团队分工表). The team is revised as a whole; its rules
 * ({@link TeamRules}) are checked by the gates, so a draft team is accepted.
 */
public sealed interface TeamChange extends PartChange<Team, Attribution> permits TeamChange.ReviseTeam {

    /** The kinds of team change, with their labels. */
    enum Type implements Labelled {
        /** Replace the campaign's team. */
        REVISE_TEAM
    }

    @Override
    Type type();

    /**
     * Replace the team.
     *
     * @param team the new team
     */
    record ReviseTeam(Team team) implements TeamChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseTeam {
            Objects.requireNonNull(team, "team");
        }

        /**
         * A revision to the given team.
         *
         * @param team the new team
         * @return the change
         */
        public static ReviseTeam of(Team team) {
            return new ReviseTeam(team);
        }

        @Override
        public Either<Refusal, Team> applyTo(Team current, Attribution context) {
            return Either.right(team);
        }

        @Override
        public Type type() {
            return Type.REVISE_TEAM;
        }
    }
}
