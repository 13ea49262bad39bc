package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.internal.Checks;

/**
 * A channel results come through (渠道), for example {@code 抖音}, {@code 社群} or
 * {@code 线下快闪店}. Channels are compared by name.
 *
 * @param name the channel's name: not blank, no surrounding white space, at most 128 characters
 */
public record Channel(String name) implements Comparable<Channel> {

    /**
     * Checks the name.
     *
     * @throws NullPointerException     if the name is null
     * @throws IllegalArgumentException if the name is blank, too long or padded, naming {@code name}
     */
    public Channel {
        Checks.id(name, "name");
    }

    /**
     * The channel with the given name.
     *
     * @param name the name
     * @return the channel
     */
    public static Channel of(String name) {
        return new Channel(name);
    }

    @Override
    public int compareTo(Channel other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
