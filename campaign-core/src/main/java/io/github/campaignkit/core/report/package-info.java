/**
 * Plain-text renderers: the tables of the seed templates as monospaced text, in zh-CN or English,
 * for consoles, e-mails and logs. One class per table ({@link
 * io.github.campaignkit.core.report.GoalTableRenderer} for the goal breakdown, {@link
 * io.github.campaignkit.core.report.DashboardRenderer} for the KPI dashboard with a progress bar
 * per row, {@link io.github.campaignkit.core.report.EvaluationRenderer} for the evaluation).
 *
 * <p>This package owns presentation only: it reads the domain packages and computes nothing they
 * do not already give; no domain package depends on it. Columns are aligned by display width, a
 * Chinese character counting as two.
 */
package io.github.campaignkit.core.report;
