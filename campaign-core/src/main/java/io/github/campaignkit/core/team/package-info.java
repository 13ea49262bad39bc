/**
 * The people of a campaign and the division of its work (团队分工表 / 执行分工表).
 *
 * <p>A {@link io.github.campaignkit.core.team.Team} holds its {@link
 * io.github.campaignkit.core.team.Member members} in three tiers ({@link
 * io.github.campaignkit.core.team.TeamRole}: overall lead → module leads → executors) and its
 * {@link io.github.campaignkit.core.team.TeamModule modules} with their leads. A {@link
 * io.github.campaignkit.core.team.TaskBoard} holds the {@link io.github.campaignkit.core.team.Task
 * tasks} (module, deliverable standard, owner, assistants, dates, status with its recorded history
 * and remedy plans) and the {@link io.github.campaignkit.core.team.RaciMatrix RACI matrix} over
 * them. {@link io.github.campaignkit.core.team.TeamRules}, {@link
 * io.github.campaignkit.core.team.BoardRules} and {@link io.github.campaignkit.core.team.RaciRules}
 * say what is wrong with them, limited by a {@link io.github.campaignkit.core.team.TeamPolicy}.
 *
 * <p>The identifiers {@link io.github.campaignkit.core.team.MemberId}, {@link
 * io.github.campaignkit.core.team.TaskId}, {@link io.github.campaignkit.core.team.ModuleId} and
 * {@link io.github.campaignkit.core.team.Department} are shared with the other packages.
 */
package io.github.campaignkit.core.team;
