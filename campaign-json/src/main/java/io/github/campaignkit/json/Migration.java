package io.github.campaignkit.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step of the chain that brings an older document up to the current schemaVersion: it
 * rewrites the {@code campaign} tree of version {@code n} into version {@code n + 1} (renaming a
 * property, giving a new one its default, reshaping a part) before the tree is bound to the model.
 *
 * <p>A step may change the node it is given and return it, or return a new one. A document it
 * cannot migrate is refused with an IllegalArgumentException whose message says why; the reader
 * reports it as {@code json.version.migration-failed}. Steps are registered by the version they
 * migrate from, in {@link CampaignJson}'s chain ({@link TaskParentMigration} from 1 to 2).
 *
 * <p>Commands and journal entries carry the same version as documents: a step that reshapes a part
 * also reshapes the commands that carry that part ({@link #command}); an entry's command is migrated
 * with it.
 */
@FunctionalInterface
interface Migration {

    /**
     * Migrates one version up.
     *
     * @param campaign the campaign tree at the version this step migrates from
     * @return the tree at the next version
     */
    JsonNode apply(ObjectNode campaign);

    /**
     * Migrates a command's tree one version up; by default it is unchanged.
     *
     * @param command the command tree at the version this step migrates from
     * @return the tree at the next version
     */
    default JsonNode command(ObjectNode command) {
        return command;
    }
}
