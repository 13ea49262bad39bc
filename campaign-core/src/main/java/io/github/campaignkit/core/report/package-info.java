/**
 * Plain-text renderers: tables and reports of the model for a reader, in zh-CN or English, as
 * {@code String}s an application prints, mails or stores. This package may read every domain
 * package; no domain package reads it.
 */
package io.github.campaignkit.core.report;
