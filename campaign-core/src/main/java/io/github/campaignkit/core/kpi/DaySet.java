package io.github.campaignkit.core.kpi;

import java.util.Arrays;

/**
 * A set of days, as epoch days, in a bit array that grows in both directions: adding and looking up
 * a day is a few arithmetic operations, which keeps the dashboard's single pass close to a plain
 * summing loop while it still detects duplicates and late data. Mutable while a tally is built,
 * never changed afterwards.
 */
final class DaySet {

    private static final long[] NONE = new long[0];

    private long[] words = NONE;
    /** The word index of {@code words[0]}: it covers epoch days {@code 64·base … 64·base+63}. */
    private long base;

    /** Adds a day; returns false when it was already there. */
    boolean add(long day) {
        long word = Math.floorDiv(day, 64);
        ensure(word);
        int i = (int) (word - base);
        long mask = 1L << Math.floorMod(day, 64);
        boolean had = (words[i] & mask) != 0;
        words[i] |= mask;
        return !had;
    }

    boolean contains(long day) {
        long word = Math.floorDiv(day, 64);
        long i = word - base;
        return i >= 0 && i < words.length && (words[(int) i] & (1L << Math.floorMod(day, 64))) != 0;
    }

    boolean isEmpty() {
        for (long w : words) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds every day of another set; returns how many of them were already here. */
    int addAll(DaySet other) {
        int common = 0;
        for (int i = 0; i < other.words.length; i++) {
            long bits = other.words[i];
            if (bits == 0) {
                continue;
            }
            long word = other.base + i;
            ensure(word);
            int j = (int) (word - base);
            common += Long.bitCount(words[j] & bits);
            words[j] |= bits;
        }
        return common;
    }

    /** The days of both sets, as epoch days in increasing order. */
    long[] commonDays(DaySet other) {
        long[] found = new long[0];
        int n = 0;
        for (int i = 0; i < other.words.length; i++) {
            long word = other.base + i;
            long j = word - base;
            if (j < 0 || j >= words.length) {
                continue;
            }
            long bits = words[(int) j] & other.words[i];
            while (bits != 0) {
                int bit = Long.numberOfTrailingZeros(bits);
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.max(4, n * 2));
                }
                found[n++] = word * 64 + bit;
                bits &= bits - 1;
            }
        }
        return Arrays.copyOf(found, n);
    }

    DaySet copy() {
        DaySet copy = new DaySet();
        copy.words = words.clone();
        copy.base = base;
        return copy;
    }

    private void ensure(long word) {
        if (words.length == 0) {
            words = new long[4];
            base = word;
            return;
        }
        if (word < base) {
            int grow = (int) Math.max(base - word, words.length);
            long[] next = new long[words.length + grow];
            System.arraycopy(words, 0, next, grow, words.length);
            words = next;
            base -= grow;
        } else if (word >= base + words.length) {
            int needed = (int) (word - base + 1);
            words = Arrays.copyOf(words, Math.max(needed, words.length * 2));
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DaySet)) {
            return false;
        }
        DaySet other = (DaySet) o;
        return Arrays.equals(trimmed(), other.trimmed()) && firstWord() == other.firstWord();
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(trimmed()) * 31 + Long.hashCode(firstWord());
    }

    private long firstWord() {
        for (int i = 0; i < words.length; i++) {
            if (words[i] != 0) {
                return base + i;
            }
        }
        return 0;
    }

    private long[] trimmed() {
        int from = 0;
        int to = words.length;
        while (from < to && words[from] == 0) {
            from++;
        }
        while (to > from && words[to - 1] == 0) {
            to--;
        }
        return Arrays.copyOfRange(words, from, to);
    }
}
