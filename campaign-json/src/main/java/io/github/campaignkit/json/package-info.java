/**
 * Campaign documents in JSON: lossless, versioned, strict, with errors that point at the problem.
 *
 * <ul>
 *   <li>{@link io.github.campaignkit.json.CampaignJson} reads and writes the envelope
 *       {@code {"schemaVersion": N, "campaign": {...}}} to and from strings, bytes, streams,
 *       readers, writers and files; one immutable, thread-safe instance per configuration
 *       ({@link io.github.campaignkit.json.CampaignJson#standard()}, or a
 *       {@link io.github.campaignkit.json.CampaignJson.Builder} for indentation, the language of
 *       messages, the reader's bounds and the domain rules). Output is canonical; older documents
 *       are migrated on the JSON tree before binding; newer ones are refused.</li>
 *   <li>{@link io.github.campaignkit.json.CampaignJson#readValidated(String)} gives the campaign with
 *       its domain violations, as a {@link io.github.campaignkit.json.ValidatedCampaign}.</li>
 *   <li>Every failure is one {@link io.github.campaignkit.json.CampaignJsonException}: a stable code,
 *       the JSON Pointer of the offending value, its line and column, and a message in English or
 *       Chinese that quotes nothing of the input but the offending value.</li>
 *   <li>{@link io.github.campaignkit.json.CampaignJsonModule} teaches an application's own Jackson 3
 *       mapper the campaign types (also through the ServiceLoader).</li>
 *   <li>{@link io.github.campaignkit.json.CampaignJson#schema()} is the JSON Schema (draft 2020-12) of
 *       the documents, generated from the model and checked in.</li>
 * </ul>
 *
 * <p>campaign-core carries no Jackson annotation: everything the records cannot say is said in the
 * module, once per type.
 */
package io.github.campaignkit.json;
