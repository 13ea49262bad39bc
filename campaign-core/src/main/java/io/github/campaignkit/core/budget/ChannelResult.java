package io.github.campaignkit.core.budget;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The cost and the revenue attributed to one channel (渠道), for channel ROI: seed 001 compares
 * channel A at 1:5 with channel B at 1:2 and moves budget to A.
 *
 * @param channel the channel's name, e.g. {@code 抖音同城投放}; not blank
 * @param cost    the cost attributed to it
 * @param revenue the incremental revenue attributed to it
 */
public record ChannelResult(String channel, Money cost, Money revenue) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if the channel is blank or padded, naming {@code channel}
     */
    public ChannelResult {
        Checks.id(channel, "channel");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(revenue, "revenue");
    }

    /**
     * The channel's return.
     *
     * @return the return, or why there is none (a cost not above zero, mixed currencies)
     */
    public Validation<Seq<Violation>, ReturnOnInvestment> returns() {
        return ReturnOnInvestment.of(cost, revenue);
    }

    /**
     * Ranks channels by where the next unit of money earns most: highest revenue per unit of cost
     * first, compared exactly; channels that earn the same keep their given order.
     *
     * @param channels the channels
     * @return the channels best first, or every reason a channel has no return (paths
     *         {@code channels[2].cost})
     */
    public static Validation<Seq<Violation>, List<ChannelResult>> rank(List<ChannelResult> channels) {
        Checks.list(channels, "channels");
        Seq<Violation> found = io.vavr.collection.List.empty();
        List<ReturnOnInvestment> returns = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            Validation<Seq<Violation>, ReturnOnInvestment> r = channels.get(i).returns();
            String prefix = RulePaths.indexed("channels", i);
            if (r.isInvalid()) {
                found = found.appendAll(r.getError().map(v -> v.under(prefix)));
            } else {
                returns.add(r.get());
            }
        }
        if (!found.isEmpty()) {
            return Validation.invalid(found);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, ReturnOnInvestment>comparing(returns::get,
                (a, b) -> b.compareEfficiency(a)).thenComparing(Comparator.naturalOrder()));
        List<ChannelResult> ranked = new ArrayList<>();
        order.forEach(i -> ranked.add(channels.get(i)));
        return Validation.valid(Collections.unmodifiableList(ranked));
    }
}
