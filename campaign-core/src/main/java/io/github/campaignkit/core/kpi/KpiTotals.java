package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.Rate;
import io.github.campaignkit.core.goal.UnitKind;
import io.github.campaignkit.core.internal.Fraction;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a campaign's observations add up to as of a day, per metric and channel: the running
 * totals a {@link Dashboard} is computed from.
 *
 * <p>{@link #tally} reads the observations once, in any order, and keeps per metric and channel
 * the sum up to the day, the day's own values, the latest value and the set of days observed.
 * Observations after the day count for nothing but duplicates, so a dashboard can be replayed for
 * any past day. An observation that cannot be counted (unknown metric, a rate metric, a negative
 * or fractional count) is left out and reported; a second observation for the same metric,
 * channel and date is reported too, and counted, so that the totals never depend on which of the
 * two came first. Findings carry no path (the input is any iterable) but name the metric, channel
 * and date, and are sorted, so the totals are the same for every order of the observations.
 *
 * <p>Totals {@linkplain #merge merge}: the totals of two sets of observations (of different
 * channels, say) merged equal the totals of both sets read together. Instances are immutable.
 */
public final class KpiTotals {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::code)
            .thenComparing(v -> v.arguments().toString());

    private final LocalDate asOf;
    private final Map<MetricId, Metric> catalogue;
    private final Map<MetricId, Map<Channel, Tally>> tallies;
    private final List<Violation> findings;

    private KpiTotals(LocalDate asOf, Map<MetricId, Metric> catalogue, Map<MetricId, Map<Channel, Tally>> tallies,
                      List<Violation> findings) {
        this.asOf = asOf;
        this.catalogue = catalogue;
        this.tallies = tallies;
        List<Violation> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        this.findings = Collections.unmodifiableList(sorted);
    }

    /**
     * Adds up observations in one pass.
     *
     * @param metrics      the catalogue the observations are checked against (a later metric with
     *                     an id already seen is ignored)
     * @param observations the observations, in any order
     * @param asOf         the day the totals are taken on
     * @return the totals, with every observation that was left out or duplicated among the findings
     */
    public static KpiTotals tally(Collection<Metric> metrics, Iterable<Observation> observations, LocalDate asOf) {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(asOf, "asOf");
        Map<MetricId, Metric> catalogue = catalogue(metrics);
        Map<MetricId, Slot> slots = new HashMap<>(catalogue.size() * 2);
        for (Metric m : catalogue.values()) {
            slots.put(m.id(), new Slot(m));
        }
        long day = asOf.toEpochDay();
        List<Violation> findings = new ArrayList<>();
        MetricId lastId = null;
        Slot last = null;
        LocalDate lastDate = null;
        long lastDay = 0;
        for (Observation o : observations) {
            // Consecutive observations often share their metric: skip the lookup then.
            MetricId id = o.metric();
            Slot slot = id == lastId || id.equals(lastId) ? last : slots.get(id);
            lastId = id;
            last = slot;
            if (slot == null || !slot.summable || (slot.count && badCount(o.value()))) {
                findings.add(ObservationChecks.problem(o, slot == null ? null : slot.metric, ""));
                continue;
            }
            Tally tally = slot.channels.get(o.channel());
            if (tally == null) {
                tally = new Tally(slot.latest);
                slot.channels.put(o.channel(), tally);
            }
            // Consecutive observations often share their date too: convert it once.
            LocalDate date = o.date();
            if (date != lastDate) {
                lastDate = date;
                lastDay = date.toEpochDay();
            }
            if (!tally.add(lastDay, o.value(), day)) {
                findings.add(ObservationChecks.duplicate(o, ""));
            }
        }
        Map<MetricId, Map<Channel, Tally>> tallies = new HashMap<>();
        for (Slot slot : slots.values()) {
            if (!slot.channels.isEmpty()) {
                tallies.put(slot.metric.id(), Collections.unmodifiableMap(slot.channels));
            }
        }
        return new KpiTotals(asOf, Collections.unmodifiableMap(catalogue), Collections.unmodifiableMap(tallies),
                findings);
    }

    private static boolean badCount(BigDecimal value) {
        return value.signum() < 0 || (value.scale() > 0 && value.stripTrailingZeros().scale() > 0);
    }

    private static Map<MetricId, Metric> catalogue(Collection<Metric> metrics) {
        Map<MetricId, Metric> catalogue = new HashMap<>();
        for (Metric m : metrics) {
            catalogue.putIfAbsent(Objects.requireNonNull(m, "metrics[]").id(), m);
        }
        return catalogue;
    }

    /**
     * The totals of these observations and another's read together. Both must be taken on the same
     * day; their catalogues are joined (this one's metric wins for an id in both). A day observed
     * in both for the same metric and channel is reported as a duplicate.
     *
     * @param other the other totals
     * @return the merged totals
     * @throws IllegalArgumentException if the two are taken on different days
     */
    public KpiTotals merge(KpiTotals other) {
        Objects.requireNonNull(other, "other");
        if (!asOf.equals(other.asOf)) {
            throw InvalidValueException.of(KpiViolation.TOTALS_DATE, "other", other.asOf, asOf);
        }
        Map<MetricId, Metric> catalogue = new HashMap<>(other.catalogue);
        catalogue.putAll(this.catalogue);
        Map<MetricId, Map<Channel, Tally>> merged = new HashMap<>();
        Set<MetricId> ids = new TreeSet<>(tallies.keySet());
        ids.addAll(other.tallies.keySet());
        List<Violation> findings = new ArrayList<>(this.findings);
        findings.addAll(other.findings);
        for (MetricId id : ids) {
            Map<Channel, Tally> mine = tallies.getOrDefault(id, Map.of());
            Map<Channel, Tally> theirs = other.tallies.getOrDefault(id, Map.of());
            Map<Channel, Tally> channels = new HashMap<>(mine);
            for (Map.Entry<Channel, Tally> e : theirs.entrySet()) {
                Tally a = channels.get(e.getKey());
                if (a == null) {
                    channels.put(e.getKey(), e.getValue());
                    continue;
                }
                int[] common = new int[1];
                channels.put(e.getKey(), Tally.merge(a, e.getValue(), common));
                for (long d : a.days.commonDays(e.getValue().days)) {
                    findings.add(ObservationChecks.duplicate(new Observation(id, e.getKey(), LocalDate.ofEpochDay(d),
                            BigDecimal.ZERO, ""), ""));
                }
            }
            merged.put(id, Collections.unmodifiableMap(channels));
        }
        return new KpiTotals(asOf, Collections.unmodifiableMap(catalogue), Collections.unmodifiableMap(merged),
                findings);
    }

    /**
     * The day the totals are taken on.
     *
     * @return the day
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * What was left out or found twice, sorted by code and arguments.
     *
     * @return the findings
     */
    public List<Violation> findings() {
        return findings;
    }

    /**
     * The metric of the catalogue with the given id.
     *
     * @param id the id
     * @return the metric
     */
    public Optional<Metric> metric(MetricId id) {
        return Optional.ofNullable(catalogue.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The channels a metric was observed through.
     *
     * @param id the metric
     * @return the channels, in name order
     */
    public Set<Channel> channels(MetricId id) {
        return Collections.unmodifiableSet(new TreeSet<>(tallies.getOrDefault(id, Map.of()).keySet()));
    }

    /**
     * The sum of a metric's values up to and including the day, through one channel or all.
     *
     * @param id      the metric
     * @param channel the channel, empty for all channels
     * @return the sum, zero when nothing was observed
     */
    public BigDecimal sum(MetricId id, Optional<Channel> channel) {
        BigDecimal total = BigDecimal.ZERO;
        for (Tally t : select(id, channel)) {
            total = total.add(t.sum);
        }
        return total;
    }

    /**
     * The sum of a metric's values dated on the day itself, through one channel or all.
     *
     * @param id      the metric
     * @param channel the channel, empty for all channels
     * @return the sum, empty when nothing was observed on the day
     */
    public Optional<BigDecimal> today(MetricId id, Optional<Channel> channel) {
        BigDecimal total = null;
        for (Tally t : select(id, channel)) {
            if (t.today != null) {
                total = total == null ? t.today : total.add(t.today);
            }
        }
        return Optional.ofNullable(total);
    }

    /**
     * What the dashboard shows as a metric's 累计数据 through one channel or all, up to and including
     * the day: the sum of a count or an amount of money; a rate's Σ numerator × 100 / Σ denominator
     * (× 1 for a ratio), rounded half up at the metric's value scale (its rate scale for a
     * percentage, two more for a ratio); the latest value of a level metric (a score, a percentage
     * observed directly) through a channel, or through all when exactly one channel observed it.
     * The evaluation takes a tracked goal's actual from here, so the two never tell two stories.
     *
     * @param id      the metric, one of the catalogue's
     * @param channel the channel, empty for all channels
     * @return the value; empty for a metric not in the catalogue, a rate whose denominator is zero
     *         and a level metric with no single latest value
     */
    public Optional<BigDecimal> cumulative(MetricId id, Optional<Channel> channel) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Metric metric = catalogue.get(id);
        if (metric == null) {
            return Optional.empty();
        }
        switch (metric.aggregation()) {
            case SUM:
                return Optional.of(sum(id, channel));
            case RATE: {
                Rate rate = metric.rate().orElseThrow();
                BigDecimal num = sum(rate.numerator(), channel).multiply(rateFactor(metric));
                BigDecimal den = sum(rate.denominator(), channel);
                return den.signum() == 0 ? Optional.empty()
                        : Optional.of(Fraction.of(num, den).rounded(rateValueScale(metric)));
            }
            default: {
                if (channel.isPresent()) {
                    return latest(id, channel.get());
                }
                Set<Channel> observed = tallies.getOrDefault(id, Map.of()).keySet();
                return observed.size() == 1 ? latest(id, observed.iterator().next()) : Optional.empty();
            }
        }
    }

    /** What a rate's Σ numerator / Σ denominator is multiplied by: 100 for a percentage, 1 for a ratio. */
    static BigDecimal rateFactor(Metric metric) {
        return metric.unit().kind() == UnitKind.PERCENT ? Percentages.HUNDRED : BigDecimal.ONE;
    }

    /** The decimals a rate's value is shown with: its rate scale for a percentage, two more for a ratio. */
    static int rateValueScale(Metric metric) {
        return metric.unit().kind() == UnitKind.PERCENT ? metric.rateScale() : metric.rateScale() + 2;
    }

    /**
     * Whether any observation of a metric is counted up to the day, through any channel; for a rate,
     * of its numerator or denominator.
     *
     * @param id the metric
     * @return true when the metric is tracked
     */
    public boolean isTracked(MetricId id) {
        Objects.requireNonNull(id, "id");
        Metric metric = catalogue.get(id);
        if (metric != null && metric.rate().isPresent()) {
            return tallies.containsKey(metric.rate().get().numerator())
                    || tallies.containsKey(metric.rate().get().denominator());
        }
        return tallies.containsKey(id);
    }

    /**
     * The latest value of a metric through a channel, up to and including the day.
     *
     * @param id      the metric
     * @param channel the channel
     * @return the value, empty when nothing was observed
     */
    public Optional<BigDecimal> latest(MetricId id, Channel channel) {
        Tally t = tallies.getOrDefault(id, Map.of()).get(channel);
        return t == null ? Optional.empty() : Optional.ofNullable(t.latest);
    }

    /**
     * Whether a metric was observed on a day, through one channel or any.
     *
     * @param id      the metric
     * @param channel the channel, empty for any channel
     * @param day     the day
     * @return true if there is an observation
     */
    public boolean isObserved(MetricId id, Optional<Channel> channel, LocalDate day) {
        long d = day.toEpochDay();
        for (Tally t : select(id, channel)) {
            if (t.days.contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** The days observed, through one channel or any; a fresh set the caller may keep. */
    DaySet days(MetricId id, Optional<Channel> channel) {
        DaySet days = new DaySet();
        for (Tally t : select(id, channel)) {
            days.addAll(t.days);
        }
        return days;
    }

    private Collection<Tally> select(MetricId id, Optional<Channel> channel) {
        Map<Channel, Tally> channels = tallies.getOrDefault(Objects.requireNonNull(id, "id"), Map.of());
        if (channel.isEmpty()) {
            return channels.values();
        }
        Tally t = channels.get(channel.get());
        return t == null ? List.of() : List.of(t);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof KpiTotals)) {
            return false;
        }
        KpiTotals other = (KpiTotals) o;
        return asOf.equals(other.asOf) && catalogue.equals(other.catalogue) && tallies.equals(other.tallies)
                && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, catalogue, tallies, findings);
    }

    @Override
    public String toString() {
        return "KpiTotals[asOf=" + asOf + ", metrics=" + tallies.keySet() + ", findings=" + findings.size() + "]";
    }

    /** The running totals of one metric while the pass goes on. */
    private static final class Slot {
        final Metric metric;
        final boolean summable;
        final boolean count;
        final boolean latest;
        final Map<Channel, Tally> channels = new HashMap<>();

        Slot(Metric metric) {
            this.metric = metric;
            this.summable = metric.aggregation() != io.github.campaignkit.core.goal.Aggregation.RATE;
            this.count = metric.unit().kind() == io.github.campaignkit.core.goal.UnitKind.COUNT;
            this.latest = metric.aggregation() == io.github.campaignkit.core.goal.Aggregation.LATEST;
        }
    }
}
