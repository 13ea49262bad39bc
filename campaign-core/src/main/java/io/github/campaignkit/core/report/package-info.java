/**
 * Plain-text renderers: reports of the model's values in zh-CN or English, for consoles, logs,
 * chat messages and e-mails. Each renderer takes a {@link java.util.Locale} and returns text;
 * none prints. This package depends on the domain packages; they never depend on it.
 */
package io.github.campaignkit.core.report;
