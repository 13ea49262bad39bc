/**
 * Rule plumbing shared by every part of the model: {@link io.github.campaignkit.core.rule.Violation
 * violations} with stable codes, severities and paths, the {@link io.github.campaignkit.core.rule.Refusal
 * refusal} of a command, {@link io.github.campaignkit.core.rule.Rule rules} that collect every
 * violation instead of stopping at the first, and the zh-CN / en rendering of messages and enum
 * labels ({@link io.github.campaignkit.core.rule.MessageRenderer}, {@link
 * io.github.campaignkit.core.rule.Labelled}).
 *
 * <p>The contract of a command's payload lives here too, since every part implements it: a
 * {@link io.github.campaignkit.core.rule.Change} says what kind of change it is, and a
 * {@link io.github.campaignkit.core.rule.PartChange} checks and applies itself to its part in one
 * function, refusing with a {@link io.github.campaignkit.core.rule.Refusal}.
 *
 * <p>Rules are values, not exceptions: a rule that spans several values returns its findings as
 * data; only the compact constructor of a single value throws, and then it names the field.
 */
package io.github.campaignkit.core.rule;
