/**
 * Campaign documents, commands and journal entries in JSON: lossless, versioned, strict, with errors
 * that point at the problem.
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
 *       the documents, generated from the model and checked in, with
 *       {@link io.github.campaignkit.json.CampaignJson#commandSchema()} and
 *       {@link io.github.campaignkit.json.CampaignJson#journalEntrySchema()} beside it.</li>
 *   <li>{@link io.github.campaignkit.json.ProblemDetails} answers a refused command as RFC 9457
 *       problem details, its kind (stale revision, access, closed, rules) in the status and type.</li>
 * </ul>
 *
 * <p>campaign-core carries no Jackson annotation: everything the records cannot say is said in the
 * module, once per type. Every part of a campaign is covered: profile, history, team, board,
 * tracking, budget (Money and unit prices as {@code {"amount": "12.50", "currency": "CNY"}}), risks,
 * goals, KPI tracking, schedule, partners, outreach, supply, event and review; every {@code BigDecimal} is written as a string so that its
 * scale survives ({@code "16.20"}, {@code "2E+1"}); identifiers are plain strings; sealed types carry
 * a {@code "type"} property with a closed lower-case name.
 *
 * <h2>When a change is added to a part</h2>
 * Give it its closed name in {@code ChangeNames} (the module refuses to start without one), then
 * regenerate the schemas as below; {@code CommandJsonProperties} round-trips every change type the
 * test kit generates and fails for one without a name.
 *
 * <h2>When a part is added to Campaign</h2>
 * <ol>
 *   <li>Register in {@link io.github.campaignkit.json.CampaignJsonModule} what its records cannot
 *       say: {@code identifier(...)} for each identifier, {@code sealed(...)} with a closed
 *       lower-case name for every subtype of each sealed interface, {@code amountInCurrency(...)} or
 *       a serializer with its {@code schema(...)} for any type written in a form of its own.</li>
 *   <li>Regenerate the checked-in schema ({@code campaign-document.schema.json}) with this one
 *       command from the repository root, then review and commit the diff:
 *       <pre>
 * mvn -B -o -q -pl campaign-json -am test -Dtest=CampaignJsonSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dcampaignkit.schema.update=true
 *       </pre></li>
 *   <li>{@code CampaignJsonSchemaTest} then checks that every record, enum and sealed type reachable
 *       from Campaign is described by the schema and named in the module, that every described
 *       type and constant occurs in the generated campaigns the round-trip properties write and
 *       read (extend {@code CampaignArbitraries.plannedCampaigns()} with the part), and that every
 *       written document validates against the schema.</li>
 * </ol>
 */
package io.github.campaignkit.json;
