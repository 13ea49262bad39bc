package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.schedule.Schedule;
import io.github.campaignkit.core.team.MemberId;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to change a campaign, applied by a {@link Lifecycle}.
 *
 * <p>Every command names its {@linkplain #actor() actor}, whom the lifecycle's
 * {@link AccessPolicy} may refuse. A command may state the {@linkplain #basedOnRevision() revision}
 * of the campaign it was based on: when the campaign has moved on since, the command is refused as
 * stale, so two people editing at once never lose an update.
 */
public sealed interface CampaignCommand {

    /**
     * Who issues the command.
     *
     * @return the actor
     */
    MemberId actor();

    /**
     * The revision of the campaign the command was based on, when the issuer states it.
     *
     * @return the revision, or empty to apply to whatever revision the campaign has
     */
    Optional<Long> basedOnRevision();

    /**
     * Which kind of command this is.
     *
     * @return the type
     */
    CommandType type();

    /**
     * Move the campaign to its next stage, if every gate of the stage it leaves passes.
     *
     * @param actor           who issues it
     * @param basedOnRevision the revision it was based on, if stated
     * @param note            a note for the history, if any
     */
    record Advance(MemberId actor, Optional<Long> basedOnRevision, Optional<String> note) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Advance {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
            Objects.requireNonNull(note, "note");
        }

        /**
         * An advance by the given actor, on any revision, without a note.
         *
         * @param actor who issues it
         * @return the command
         */
        public static Advance by(MemberId actor) {
            return new Advance(actor, Optional.empty(), Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Advance basedOn(long revision) {
            return new Advance(actor, Optional.of(revision), note);
        }

        /**
         * This command with a note for the history.
         *
         * @param text the note
         * @return a copy
         */
        public Advance withNote(String text) {
            return new Advance(actor, basedOnRevision, Optional.of(text));
        }

        @Override
        public CommandType type() {
            return CommandType.ADVANCE;
        }
    }

    /**
     * Put an open campaign on hold, with a reason; it resumes in the stage it was held in.
     *
     * @param actor           who issues it
     * @param reason          why, not blank
     * @param basedOnRevision the revision it was based on, if stated
     */
    record Hold(MemberId actor, String reason, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Hold {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A hold by the given actor for the given reason.
         *
         * @param actor  who issues it
         * @param reason why
         * @return the command
         */
        public static Hold by(MemberId actor, String reason) {
            return new Hold(actor, reason, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Hold basedOn(long revision) {
            return new Hold(actor, reason, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.HOLD;
        }
    }

    /**
     * Resume a held campaign in the stage it was held in.
     *
     * @param actor           who issues it
     * @param basedOnRevision the revision it was based on, if stated
     * @param note            a note for the history, if any
     */
    record Resume(MemberId actor, Optional<Long> basedOnRevision, Optional<String> note) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Resume {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
            Objects.requireNonNull(note, "note");
        }

        /**
         * A resume by the given actor.
         *
         * @param actor who issues it
         * @return the command
         */
        public static Resume by(MemberId actor) {
            return new Resume(actor, Optional.empty(), Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Resume basedOn(long revision) {
            return new Resume(actor, Optional.of(revision), note);
        }

        @Override
        public CommandType type() {
            return CommandType.RESUME;
        }
    }

    /**
     * Cancel a campaign that is open or on hold, with a reason. Cancelled is terminal.
     *
     * @param actor           who issues it
     * @param reason          why, not blank
     * @param basedOnRevision the revision it was based on, if stated
     */
    record Cancel(MemberId actor, String reason, Optional<Long> basedOnRevision) implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public Cancel {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A cancellation by the given actor for the given reason.
         *
         * @param actor  who issues it
         * @param reason why
         * @return the command
         */
        public static Cancel by(MemberId actor, String reason) {
            return new Cancel(actor, reason, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public Cancel basedOn(long revision) {
            return new Cancel(actor, reason, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.CANCEL;
        }
    }

    /**
     * Replace the profile of a campaign that is open or on hold. The stage does not change, so no
     * history entry is written; the revision goes up.
     *
     * @param actor           who issues it
     * @param profile         the new profile
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseProfile(MemberId actor, CampaignProfile profile, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseProfile {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A profile revision by the given actor.
         *
         * @param actor   who issues it
         * @param profile the new profile
         * @return the command
         */
        public static ReviseProfile by(MemberId actor, CampaignProfile profile) {
            return new ReviseProfile(actor, profile, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseProfile basedOn(long revision) {
            return new ReviseProfile(actor, profile, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_PROFILE;
        }
    }

    /**
     * Replace the schedule of a campaign that is open or on hold: a new plan, progress reported as
     * of a status date, or a saved baseline. The stage does not change, so no history entry is
     * written; the revision goes up.
     *
     * @param actor           who issues it
     * @param schedule        the new schedule
     * @param basedOnRevision the revision it was based on, if stated
     */
    record ReviseSchedule(MemberId actor, Schedule schedule, Optional<Long> basedOnRevision)
            implements CampaignCommand {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ReviseSchedule {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(basedOnRevision, "basedOnRevision");
        }

        /**
         * A schedule revision by the given actor.
         *
         * @param actor    who issues it
         * @param schedule the new schedule
         * @return the command
         */
        public static ReviseSchedule by(MemberId actor, Schedule schedule) {
            return new ReviseSchedule(actor, schedule, Optional.empty());
        }

        /**
         * This command based on the given revision.
         *
         * @param revision the revision the issuer saw
         * @return a copy
         */
        public ReviseSchedule basedOn(long revision) {
            return new ReviseSchedule(actor, schedule, Optional.of(revision));
        }

        @Override
        public CommandType type() {
            return CommandType.REVISE_SCHEDULE;
        }
    }
}
