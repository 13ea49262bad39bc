package io.github.campaignkit.core.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the observations of one metric through one channel add up to as of a day: the sum of the
 * values up to that day, the values of that day, the latest value and its day, and every day
 * observed. Built by {@link KpiTotals} in one pass, then never changed.
 */
final class Tally {

    BigDecimal sum = BigDecimal.ZERO;
    /** The sum of the values dated on the day itself, null when there is none. */
    BigDecimal today;
    long latestDay = Long.MIN_VALUE;
    BigDecimal latest;
    final DaySet days;
    /** Whether the latest value is kept: only a metric observed as a level needs it. */
    private final boolean keepsLatest;

    Tally(boolean keepsLatest) {
        this.days = new DaySet();
        this.keepsLatest = keepsLatest;
    }

    private Tally(DaySet days, boolean keepsLatest) {
        this.days = days;
        this.keepsLatest = keepsLatest;
    }

    /** Adds one observation; returns false when the day was observed before (a duplicate). */
    boolean add(long day, BigDecimal value, long asOf) {
        boolean fresh = days.add(day);
        if (day <= asOf) {
            sum = sum.add(value);
            if (day == asOf) {
                today = today == null ? value : today.add(value);
            }
            if (keepsLatest && (day > latestDay || (day == latestDay && value.compareTo(latest) > 0))) {
                latestDay = day;
                latest = value;
            }
        }
        return fresh;
    }

    /** The sum of two tallies of disjoint or overlapping observations, and how many days both had. */
    static Tally merge(Tally a, Tally b, int[] common) {
        Tally merged = new Tally(a.days.copy(), a.keepsLatest || b.keepsLatest);
        common[0] += merged.days.addAll(b.days);
        merged.sum = a.sum.add(b.sum);
        merged.today = a.today == null ? b.today : b.today == null ? a.today : a.today.add(b.today);
        boolean bLater = b.latestDay > a.latestDay
                || (b.latestDay == a.latestDay && b.latest != null && a.latest != null && b.latest.compareTo(a.latest) > 0);
        merged.latestDay = bLater ? b.latestDay : a.latestDay;
        merged.latest = bLater ? b.latest : a.latest;
        return merged;
    }

    LocalDate latestDate() {
        return latest == null ? null : LocalDate.ofEpochDay(latestDay);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Tally)) {
            return false;
        }
        Tally t = (Tally) o;
        return sum.equals(t.sum) && Objects.equals(today, t.today) && latestDay == t.latestDay
                && Objects.equals(latest, t.latest) && days.equals(t.days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sum, today, latestDay, latest, days);
    }

    @Override
    public String toString() {
        return "Tally[sum=" + sum + ", today=" + today + ", latest=" + latest + " on " + latestDate() + "]";
    }
}
