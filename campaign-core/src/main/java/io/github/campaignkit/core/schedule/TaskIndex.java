package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.team.TaskId;

/**
 * An open-addressing map from task id to position, without boxing: the scheduler looks up every
 * end of every dependency, so this is on its hot path. Each slot keeps the key's hash beside it,
 * so a probe compares ints and touches another key's object only when the hashes agree.
 */
final class TaskIndex {

    private final TaskId[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    TaskIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new TaskId[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Adds the id at the position unless present; returns the position it already had, or -1. */
    int putIfAbsent(TaskId id, int position) {
        return putIfAbsent(id, id.hashCode(), position);
    }

    /** As {@link #putIfAbsent(TaskId, int)}, with the id's {@link TaskId#hashCode()} given. */
    int putIfAbsent(TaskId id, int hashCode, int position) {
        int hash = spread(hashCode);
        int slot = hash & mask;
        while (true) {
            TaskId key = keys[slot];
            if (key == null) {
                keys[slot] = id;
                hashes[slot] = hash;
                values[slot] = position;
                return -1;
            }
            if (key == id || (hashes[slot] == hash && key.equals(id))) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The position of the id, or -1. */
    int get(TaskId id) {
        return get(id, id.hashCode());
    }

    /** The position of the id whose {@link TaskId#hashCode()} is given, or -1. */
    int get(TaskId id, int hashCode) {
        int hash = spread(hashCode);
        int slot = hash & mask;
        while (true) {
            TaskId key = keys[slot];
            if (key == id) {
                return values[slot];
            }
            if (key == null) {
                return -1;
            }
            if (hashes[slot] == hash && key.equals(id)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }
}
