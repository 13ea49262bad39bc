/**
 * Renderers: the tables, charts and statements of the seed templates (预算明细表, 风险热力图,
 * 执行甘特图, …) in zh-CN or English.
 *
 * <p>The plain-text renderers ({@link io.github.campaignkit.core.report.BudgetTableRenderer},
 * {@link io.github.campaignkit.core.report.GanttRenderer}, …) give text a person reads in consoles,
 * logs, chat messages and e-mails. {@link io.github.campaignkit.core.report.HtmlReport} gives a
 * whole campaign as one self-contained, well-formed HTML document with inline SVG charts (the
 * Gantt chart with the critical path, the risk heat map, the dashboard's progress bars, the budget
 * by category, the run-of-show timeline, the partners' share bars), its parts chosen by {@link io.github.campaignkit.core.report.ReportSection}.
 *
 * <p>Renderers take domain values (or the campaign) and a {@link java.util.Locale} and return a
 * {@code String}; none prints or reads a clock, they compute nothing the domain packages do not
 * already offer, and no domain package depends on this one. The JDK is their only dependency.
 */
package io.github.campaignkit.core.report;
