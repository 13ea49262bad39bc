package io.github.campaignkit.core.kpi;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The observations of a {@link KpiTracking}: an immutable list that shares its structure with the
 * list it was appended to, and keeps the set of (metric, channel, date) keys it holds, so that
 * recording k observations into a campaign holding n costs O(k), not O(n). Persistent (vavr's
 * {@link Vector} and {@link HashSet}); read-only as a {@link List}.
 */
final class ObservationList extends AbstractList<Observation> implements RandomAccess {

    private static final ObservationList EMPTY = new ObservationList(Vector.empty(), HashSet.empty());

    private final Vector<Observation> items;
    private final Set<KpiTracking.Key> keys;

    private ObservationList(Vector<Observation> items, Set<KpiTracking.Key> keys) {
        this.items = items;
        this.keys = keys;
    }

    /** The list itself when it is one already, else a checked copy: no element may be null. */
    static ObservationList of(List<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        if (observations instanceof ObservationList list) {
            return list;
        }
        return EMPTY.appendAll(observations, "observations");
    }

    /** Whether an observation of this metric, channel and day is held. */
    boolean holds(KpiTracking.Key key) {
        return keys.contains(key);
    }

    /** This list with the batch appended; the cost grows with the batch only. */
    ObservationList appendAll(List<Observation> batch, String field) {
        Vector<Observation> nextItems = items;
        Set<KpiTracking.Key> nextKeys = keys;
        for (int i = 0; i < batch.size(); i++) {
            Observation o = Objects.requireNonNull(batch.get(i), field + "[" + i + "]");
            nextItems = nextItems.append(o);
            nextKeys = nextKeys.add(KpiTracking.Key.of(o));
        }
        return new ObservationList(nextItems, nextKeys);
    }

    @Override
    public Observation get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Iterator<Observation> iterator() {
        return items.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
