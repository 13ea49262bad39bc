/**
 * Plain-text renderers: the tables and statements of the seed templates (预算明细表, 结算单, …) as
 * text a person reads, in zh-CN or English. Renderers take domain values and a {@link
 * java.util.Locale} and return a {@code String}; they compute nothing the domain packages do not
 * already offer, and no domain package depends on this one.
 */
package io.github.campaignkit.core.report;
