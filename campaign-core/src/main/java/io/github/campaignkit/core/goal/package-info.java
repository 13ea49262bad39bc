/**
 * Goals (营销活动目标拆解表) and their evaluation (活动效果评估表).
 *
 * <p>A campaign's {@link io.github.campaignkit.core.goal.GoalSheet} breaks its strategic
 * {@link io.github.campaignkit.core.goal.Objective objectives} down into
 * {@link io.github.campaignkit.core.goal.Goal goals}, each in a
 * {@link io.github.campaignkit.core.goal.Dimension dimension} and measured by a
 * {@link io.github.campaignkit.core.goal.Metric metric} of the sheet's catalogue against a
 * {@link io.github.campaignkit.core.goal.Target target}: objective → dimension → metric. The SMART
 * check is one rule per letter ({@link io.github.campaignkit.core.goal.GoalRules}); every
 * participating department signs the goals ({@link io.github.campaignkit.core.goal.SignOff}, the
 * 活动目标确认书), and a change to a signed goal voids its signatures by construction. At the end,
 * {@link io.github.campaignkit.core.goal.GoalResult results} give the
 * {@link io.github.campaignkit.core.goal.Evaluation evaluation} with
 * {@link io.github.campaignkit.core.goal.Achievement achievement rates} computed once.
 *
 * <p>Metric values are {@link java.math.BigDecimal}s; a currency metric carries its
 * {@link java.util.Currency} in its {@link io.github.campaignkit.core.goal.MetricUnit unit}. This
 * package does not depend on the campaign: the SMART time check takes the campaign's window as a
 * parameter.
 */
package io.github.campaignkit.core.goal;
