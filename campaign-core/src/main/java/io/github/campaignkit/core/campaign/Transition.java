package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.Labelled;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes of a campaign's stage: advancing past the gates of the stage it leaves, holding,
 * resuming and cancelling. Unlike a part's changes, these are worked out by the {@link Lifecycle}
 * itself, since only it knows the gates. Each accepted transition is appended to the campaign's
 * {@linkplain Campaign#history() history}.
 */
public sealed interface Transition extends Change
        permits Transition.Advance, Transition.Hold, Transition.Resume, Transition.Cancel {

    /** The kinds of stage change, with their labels. */
    enum Type implements Labelled {
        /** Move to the next stage. */
        ADVANCE,
        /** Put the campaign on hold. */
        HOLD,
        /** Resume a held campaign. */
        RESUME,
        /** Cancel the campaign. */
        CANCEL
    }

    @Override
    Type type();

    /**
     * Move to the next stage, if every gate of the stage being left passes.
     *
     * @param note a note for the history, if any
     */
    record Advance(Optional<String> note) implements Transition {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public Advance {
            Objects.requireNonNull(note, "note");
        }

        /**
         * An advance without a note.
         *
         * @return the change
         */
        public static Advance of() {
            return new Advance(Optional.empty());
        }

        /**
         * An advance with a note for the history.
         *
         * @param note the note
         * @return the change
         */
        public static Advance withNote(String note) {
            return new Advance(Optional.of(note));
        }

        @Override
        public Type type() {
            return Type.ADVANCE;
        }
    }

    /**
     * Put an open campaign on hold, with a reason; it resumes in the stage it was held in.
     *
     * @param reason why; must not be blank
     */
    record Hold(String reason) implements Transition {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public Hold {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Type type() {
            return Type.HOLD;
        }
    }

    /**
     * Resume a held campaign in the stage it was held in.
     *
     * @param note a note for the history, if any
     */
    record Resume(Optional<String> note) implements Transition {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public Resume {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public Type type() {
            return Type.RESUME;
        }
    }

    /**
     * Cancel the campaign, with a reason; a cancelled campaign is terminal.
     *
     * @param reason why; must not be blank
     */
    record Cancel(String reason) implements Transition {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public Cancel {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Type type() {
            return Type.CANCEL;
        }
    }
}
