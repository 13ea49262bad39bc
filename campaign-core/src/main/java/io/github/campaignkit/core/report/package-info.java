/**
 * Plain-text renderers of campaign parts for people to read, in zh-CN and English: the execution
 * Gantt chart ({@link io.github.campaignkit.core.report.GanttRenderer}) and others. Renderers read
 * the domain packages; no domain package depends on them.
 */
package io.github.campaignkit.core.report;
