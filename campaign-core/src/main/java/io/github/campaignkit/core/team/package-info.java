/**
 * The people of a campaign: who they are ({@link io.github.campaignkit.core.team.MemberId}) and the
 * departments they come from ({@link io.github.campaignkit.core.team.Department}). The team
 * structure, modules and RACI assignments build on these.
 */
package io.github.campaignkit.core.team;
