package io.github.campaignkit.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an envelope holds beside its {@code schemaVersion}, by the property that holds it: a
 * campaign document, a command, or a journal entry.
 */
enum Payload {

    /** {@code {"schemaVersion": N, "campaign": {…}}}. */
    CAMPAIGN("campaign"),
    /** {@code {"schemaVersion": N, "command": {…}}}. */
    COMMAND("command"),
    /** {@code {"schemaVersion": N, "entry": {…}}}. */
    ENTRY("entry");

    /** The property that holds the payload. */
    final String property;
    /** The JSON Pointer of the payload. */
    final String pointer;

    Payload(String property) {
        this.property = property;
        this.pointer = "/" + property;
    }

    /** The failure for an envelope without its payload. */
    CampaignJsonException missing(Translator t) {
        return this == CAMPAIGN ? t.fail(Fault.CAMPAIGN_MISSING, pointer, null, null)
                : t.fail(Fault.CONTENT_MISSING, pointer, null, null, property);
    }

    /** One step of migration of this payload's tree. */
    JsonNode migrate(Migration step, ObjectNode payload) {
        switch (this) {
            case CAMPAIGN:
                return step.apply(payload);
            case COMMAND:
                return step.command(payload);
            default:
                JsonNode command = payload.get(COMMAND.property);
                if (command instanceof ObjectNode object) {
                    payload.set(COMMAND.property, step.command(object));
                }
                return payload;
        }
    }
}
