/**
 * Campaign documents in JSON: the {@link io.github.campaignkit.json.CampaignJson} facade reads and
 * writes the versioned envelope {@code {"schemaVersion": N, "campaign": {...}}}; the
 * {@link io.github.campaignkit.json.CampaignJsonModule} teaches an application's own Jackson 3
 * {@code ObjectMapper} the campaign types; every failure is one
 * {@link io.github.campaignkit.json.CampaignJsonException} that says where (a JSON Pointer) and why.
 *
 * <p>campaign-core carries no Jackson annotation: everything the records cannot say is said here.
 */
package io.github.campaignkit.json;
