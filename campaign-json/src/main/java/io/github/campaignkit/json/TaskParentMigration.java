package io.github.campaignkit.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema version 1 to 2: version 2 lets a board task name the coarser task it details
 * ({@code parent}, on {@code board.tasks[]} and on a template's tasks), so that both of the seeds'
 * task tables are one list. A version 1 document has no such property and means the same in
 * version 2: every task stands alone. The step leaves the tree as it is; it is registered so that a
 * version 1 document, or a version 1 command or journal entry stored by a service, reads through the
 * chain, and so that a library that reads only version 1 refuses a version 2 document as newer
 * instead of stumbling on an unknown property.
 */
final class TaskParentMigration implements Migration {

    /** The one instance. */
    static final TaskParentMigration INSTANCE = new TaskParentMigration();

    private TaskParentMigration() {
    }

    @Override
    public JsonNode apply(ObjectNode campaign) {
        return campaign;
    }
}
