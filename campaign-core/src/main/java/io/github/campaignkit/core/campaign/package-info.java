/**
 * The campaign aggregate, its lifecycle and its one door.
 *
 * <p>A {@link io.github.campaignkit.core.campaign.Campaign} is an immutable value: its
 * {@link io.github.campaignkit.core.campaign.CampaignProfile profile} (表1 营销活动策划总表), its
 * {@link io.github.campaignkit.core.campaign.Stage stage}, a revision number, the history of its stage
 * changes, and one component per part (budget, risks, team, board, tracking, goals, KPI, schedule,
 * partners, outreach, supply, event, review). It has no part setters; {@code Campaign.builder()}
 * only restores a stored campaign.
 *
 * <h2>How a command travels</h2>
 * <ol>
 * <li>A caller builds a {@link io.github.campaignkit.core.campaign.CampaignCommand}: who asks (the
 * actor), optionally the revision it saw, and the {@link io.github.campaignkit.core.rule.Change
 * change}: a stage {@link io.github.campaignkit.core.campaign.Transition} or a change from a part's
 * own sealed family, declared in the part's package next to the value it changes
 * ({@code kpi.KpiChange.RecordObservations}, {@code budget.BudgetChange.Approve}, …).</li>
 * <li>{@link io.github.campaignkit.core.campaign.Lifecycle#execute Lifecycle.execute(campaign, command,
 * clock)} checks, all at once: the campaign is not terminal, the revision is current, the
 * {@link io.github.campaignkit.core.campaign.AccessPolicy} lets the actor in, and the change fits the
 * stage.</li>
 * <li>A transition is checked against the gates of the stage it leaves and moves the stage. Any other
 * change is routed by the registry of parts (one line per part, package-private {@code Parts}) to
 * the part whose family it belongs to; the part's
 * {@link io.github.campaignkit.core.rule.PartChange#applyTo applyTo(part, context)} checks and applies
 * it in one function, giving the changed part or a {@link io.github.campaignkit.core.rule.Refusal}.
 * The context carries the actor, the clock's instant and what else of the campaign that family
 * needs (the window, the board, the metric catalogue). Every record of a family implements
 * {@code applyTo}, so a change without an effect does not compile; a test enumerates every change
 * record and proves it is owned by exactly one registered part, access-checked and
 * revision-checked. A change no part owns is refused, never thrown.</li>
 * <li>An accepted command gives an {@link io.github.campaignkit.core.campaign.Accepted}: the campaign
 * one revision up and one {@link io.github.campaignkit.core.campaign.JournalEntry} (revision,
 * instant, command; a zh/en summary). Stage changes are also appended to the campaign's history.</li>
 * <li>A service appends the entry to its store; {@link io.github.campaignkit.core.campaign.Journal}
 * keeps entries in memory with O(1) appends, and
 * {@link io.github.campaignkit.core.campaign.Journal#replay Journal.replay(snapshot, entries)} gives
 * back the campaign of any later revision, applying what was accepted without asking the gates or
 * the access policy again.</li>
 * </ol>
 *
 * <p>A new part is its own package (its value, its sealed family of changes with their effects, its
 * rules) plus one registration line in {@code Parts} and its component on {@code Campaign}.
 */
package io.github.campaignkit.core.campaign;
