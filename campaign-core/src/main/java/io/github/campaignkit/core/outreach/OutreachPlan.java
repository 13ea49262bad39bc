package io.github.campaignkit.core.outreach;

import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.kpi.Channel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A campaign's outreach: the channel matrix (渠道触达矩阵表) and the creative plan (方案创意表).
 *
 * <p>The plan is an immutable value that may be a draft; {@link OutreachRules} reports what it
 * lacks, with paths relative to the plan ({@code matrix[2].metrics}, {@code creative[0].due}).
 *
 * @param matrix   the channel matrix, one row per channel, content form and phase
 * @param creative the creative plan, in the order of its modules
 */
@Value.Builder
public record OutreachPlan(List<ChannelRow> matrix, List<CreativeItem> creative) {

    private static final OutreachPlan EMPTY = new OutreachPlan(List.of(), List.of());

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a list or an element is null, naming it
     */
    public OutreachPlan {
        matrix = Checks.list(matrix, "matrix");
        creative = Checks.list(creative, "creative");
    }

    /**
     * The outreach of a campaign not planned yet: no channel, no creative item.
     *
     * @return the empty plan
     */
    public static OutreachPlan empty() {
        return EMPTY;
    }

    /**
     * A builder for a plan.
     *
     * @return a new builder, both lists empty
     */
    public static OutreachPlanBuilder builder() {
        return new OutreachPlanBuilder();
    }

    /**
     * A builder that starts from this plan.
     *
     * @return a builder holding every component of this plan
     */
    public OutreachPlanBuilder toBuilder() {
        return new OutreachPlanBuilder().from(this);
    }

    /**
     * The skeleton of this plan for the next campaign: the same rows and creative items, with no
     * date: every row's timing and every item's due date is removed. An outreach plan records no
     * actuals and no signatures, so nothing else is stripped.
     *
     * @return the template
     */
    public OutreachPlan template() {
        List<ChannelRow> rows = new ArrayList<>();
        matrix.forEach(r -> rows.add(r.withoutTiming()));
        List<CreativeItem> items = new ArrayList<>();
        creative.forEach(i -> items.add(i.withoutDate()));
        return new OutreachPlan(rows, items);
    }

    /**
     * Whether nothing is planned yet.
     *
     * @return true when the matrix and the creative plan are both empty
     */
    public boolean isEmpty() {
        return matrix.isEmpty() && creative.isEmpty();
    }

    /**
     * The channels of the matrix, each once, in the order they first appear.
     *
     * @return the channels
     */
    public List<Channel> channels() {
        Set<Channel> channels = new LinkedHashSet<>();
        matrix.forEach(r -> channels.add(r.channel()));
        return List.copyOf(channels);
    }

    /**
     * The rows that serve a metric.
     *
     * @param metric the metric
     * @return the rows, in matrix order
     */
    public List<ChannelRow> serving(MetricId metric) {
        Objects.requireNonNull(metric, "metric");
        List<ChannelRow> rows = new ArrayList<>();
        matrix.stream().filter(r -> r.serves(metric)).forEach(rows::add);
        return List.copyOf(rows);
    }
}
