/**
 * The supply side of a campaign: suppliers (资质, contacts, past cases), supplier needs paid from
 * budget lines with their compared quotes, the choice and its rationale, contract terms, the
 * materials list (物料清单) with promised and actual deliveries, and after the campaign the weighted
 * supplier evaluation (供应商评价表) and a supplier's history across campaigns.
 *
 * <p>{@link io.github.campaignkit.core.supply.SupplyPlan} holds it all;
 * {@link io.github.campaignkit.core.supply.SupplyRules} report what is wrong or missing (three
 * quotes or a waiver per need, deliveries promised in time, late deliveries, evaluations), as
 * violations with paths, never as exceptions. Money comes from {@code budget}, people from
 * {@code team}; this package does not know the campaign.
 */
package io.github.campaignkit.core.supply;
