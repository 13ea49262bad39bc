/**
 * Runnable examples that replay the seed campaigns with campaignkit's public API only.
 * {@link io.github.campaignkit.examples.RunAll} runs them all; each prints its report in Chinese,
 * or in English with {@code --lang en}.
 */
package io.github.campaignkit.examples;
