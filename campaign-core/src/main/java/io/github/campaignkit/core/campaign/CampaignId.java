package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.internal.Checks;

/**
 * Identifies a campaign, for example {@code 2024-618}.
 *
 * @param value the identifier: not blank, no surrounding white space, at most 128 characters
 */
public record CampaignId(String value) implements Comparable<CampaignId> {

    /**
     * Checks the value.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or padded, naming {@code value}
     */
    public CampaignId {
        Checks.id(value, "value");
    }

    /**
     * The id with the given value.
     *
     * @param value the identifier
     * @return the id
     */
    public static CampaignId of(String value) {
        return new CampaignId(value);
    }

    @Override
    public int compareTo(CampaignId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
