/**
 * Plain-text renderers: the tables, charts and statements of the seed templates (预算明细表,
 * 风险热力图, 执行甘特图, …) as text a person reads, in zh-CN or English, for consoles, logs, chat
 * messages and e-mails. Renderers take domain values and a {@link java.util.Locale} and return a
 * {@code String}; none prints, they compute nothing the domain packages do not already offer, and
 * no domain package depends on this one.
 */
package io.github.campaignkit.core.report;
