package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The people a campaign addresses (目标用户画像): who they are, what they do and which media reach
 * them. Seed 000: women 18–35 with a basket of 150–300 CNY.
 *
 * @param description    who they are in words, e.g. {@code 18-35岁女性，客单价150-300元}; must not be
 *                       blank for the profile to be complete
 * @param ageRange       their ages, when known
 * @param habits         consumption habits (消费习惯)
 * @param preferredMedia the media that reach them (触媒偏好)
 */
@Value.Builder
public record TargetAudience(String description, Optional<AgeRange> ageRange, List<String> habits,
                             List<String> preferredMedia) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public TargetAudience {
        Objects.requireNonNull(description, "description");
        Checks.optional(ageRange, "ageRange");
        habits = Checks.list(habits, "habits");
        preferredMedia = Checks.list(preferredMedia, "preferredMedia");
    }

    /**
     * An audience described in words only.
     *
     * @param description who they are
     * @return the audience
     */
    public static TargetAudience of(String description) {
        return new TargetAudience(description, Optional.empty(), List.of(), List.of());
    }

    /**
     * A builder for an audience.
     *
     * @return a new builder
     */
    public static TargetAudienceBuilder builder() {
        return new TargetAudienceBuilder();
    }

    /**
     * This audience with the given ages.
     *
     * @param ages the age range
     * @return a copy with those ages
     */
    public TargetAudience withAgeRange(AgeRange ages) {
        return new TargetAudience(description, Optional.of(ages), habits, preferredMedia);
    }
}
