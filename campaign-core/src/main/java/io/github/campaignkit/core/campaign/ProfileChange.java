package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.team.Attribution;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The changes of a campaign's {@link CampaignProfile} (表1 营销活动策划总表). The revision replaces the
 * profile as given, a draft included; the gates check it with {@link ProfileRules}.
 */
public sealed interface ProfileChange extends PartChange<CampaignProfile, Attribution>
        permits ProfileChange.ReviseProfile {

    /** The kinds of profile change, with their labels. */
    enum Type implements Labelled {
        /** Replace the campaign's profile. */
        REVISE_PROFILE
    }

    @Override
    Type type();

    /**
     * Replace the profile.
     *
     * @param profile the new profile
     */
    record ReviseProfile(CampaignProfile profile) implements ProfileChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseProfile {
            Objects.requireNonNull(profile, "profile");
        }

        /**
         * A revision to the given profile.
         *
         * @param profile the new profile
         * @return the change
         */
        public static ReviseProfile of(CampaignProfile profile) {
            return new ReviseProfile(profile);
        }

        @Override
        public Either<Refusal, CampaignProfile> applyTo(CampaignProfile current, Attribution context) {
            return Either.right(profile);
        }

        @Override
        public Type type() {
            return Type.REVISE_PROFILE;
        }
    }
}
