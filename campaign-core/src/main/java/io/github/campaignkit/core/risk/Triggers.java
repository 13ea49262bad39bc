package io.github.campaignkit.core.risk;

/** Questions about triggers that the register's template asks. */
final class Triggers {

    private Triggers() {
    }

    /** Whether a trigger, or any condition inside it, names a calendar date. */
    static boolean namesDate(Trigger trigger) {
        if (trigger instanceof Trigger.MetricThreshold) {
            return namesDate(((Trigger.MetricThreshold) trigger).period());
        }
        if (trigger instanceof Trigger.ReadingThreshold) {
            return namesDate(((Trigger.ReadingThreshold) trigger).period());
        }
        if (trigger instanceof Trigger.AllOf) {
            return ((Trigger.AllOf) trigger).conditions().stream().anyMatch(Triggers::namesDate);
        }
        if (trigger instanceof Trigger.AnyOf) {
            return ((Trigger.AnyOf) trigger).conditions().stream().anyMatch(Triggers::namesDate);
        }
        return true;
    }

    private static boolean namesDate(TriggerPeriod period) {
        return period instanceof TriggerPeriod.OnDate || period instanceof TriggerPeriod.Between;
    }
}
