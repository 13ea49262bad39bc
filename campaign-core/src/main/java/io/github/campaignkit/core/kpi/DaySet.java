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
        long word = day >> 6; // floor division by 64, negative days included
        if (word < base || word >= base + words.length) {
            ensure(word);
        }
        int i = (int) (word - base);
        long mask = 1L << (day & 63);
        boolean had = (words[i] & mask) != 0;
        words[i] |= mask;
        return !had;
    }

    boolean contains(long day) {
        long i = (day >> 6) - base;
        return i >= 0 && i < words.length && (words[(int) i] & (1L << (day & 63))) != 0;
    }

    /**
     * The days of {@code from…to} (both included) that are not in the set, in increasing order,
     * read a 64-day word at a time so that a full stretch costs one comparison per word.
     */
    long[] missing(long from, long to) {
        long[] found = new long[0];
        int n = 0;
        for (long day = from; day <= to; ) {
            long word = day >> 6;
            long i = word - base;
            long bits = i >= 0 && i < words.length ? words[(int) i] : 0L;
            int first = (int) (day & 63);
            int last = (int) Math.min(63, to - (word << 6));
            long wanted = (last == 63 ? -1L : (1L << (last + 1)) - 1) & (-1L << first);
            long absent = ~bits & wanted;
            while (absent != 0) {
                int bit = Long.numberOfTrailingZeros(absent);
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, n * 2));
                }
                found[n++] = (word << 6) + bit;
                absent &= absent - 1;
            }
            day = (word + 1) << 6;
        }
        return Arrays.copyOf(found, n);
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
