package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.team.TaskId;

/**
 * An open-addressing map from task id to position, without boxing: the scheduler looks up every
 * end of every dependency, so this is on its hot path.
 */
final class TaskIndex {

    private final TaskId[] keys;
    private final int[] values;
    private final int mask;

    TaskIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new TaskId[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Adds the id at the position unless present; returns the position it already had, or -1. */
    int putIfAbsent(TaskId id, int position) {
        int slot = spread(id.hashCode()) & mask;
        while (true) {
            TaskId key = keys[slot];
            if (key == null) {
                keys[slot] = id;
                values[slot] = position;
                return -1;
            }
            if (key == id || key.equals(id)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The position of the id, or -1. */
    int get(TaskId id) {
        int slot = spread(id.hashCode()) & mask;
        while (true) {
            TaskId key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (key == id || key.equals(id)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }
}
