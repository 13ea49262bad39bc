/**
 * The review that closes a campaign (复盘): the evaluation report (活动效果评估报告, the 效果评估表 with
 * the ROI) and the retrospective (复盘总结报告: overview, successes, problems with root causes,
 * action items with owner, due date and measurable effect, knowledge kept), with the rules that a
 * campaign checks before it leaves review.
 *
 * <p>The evaluation's rows come from the goals' {@link io.github.campaignkit.core.goal.Evaluation}
 * and the ROI from the budget's {@link io.github.campaignkit.core.budget.ReturnOnInvestment}; nothing
 * is computed twice. The report is due a {@link io.github.campaignkit.core.review.ReviewPolicy
 * number of working days} after the campaign's end, counted on a
 * {@link io.github.campaignkit.core.schedule.WorkingCalendar}. This package does not depend on the
 * campaign: the window and the goals are parameters of its rules.
 */
package io.github.campaignkit.core.review;
