/**
 * Risks (风险预案表): the {@link io.github.campaignkit.core.risk.RiskRegister register} of what may go
 * wrong, rated on a configurable {@link io.github.campaignkit.core.risk.RiskMatrix probability-impact
 * matrix}, with {@link io.github.campaignkit.core.risk.Trigger trigger conditions} (启动条件) that are
 * data, evaluated against what the campaign records.
 *
 * <p>The matrix is the seeds' 3 × 3 (低 / 中 / 高) by default, or 5 × 5, or any scales; its
 * {@link io.github.campaignkit.core.risk.ScoringModel scoring model} is likelihood × impact by
 * default; its {@link io.github.campaignkit.core.risk.Band bands} say which cells are low, medium and
 * high and must cover every cell exactly once.
 *
 * <p>Triggers read KPI figures, task states and material deliveries through
 * {@link io.github.campaignkit.core.risk.TriggerFacts}, the plug the campaign (or an application)
 * fills, and external readings (weather forecasts, sentiment scores) from the register's own log.
 * {@link io.github.campaignkit.core.risk.RiskRegister#evaluate Evaluating} the register with an
 * injected clock gives the risks that fire with their evidence; {@linkplain
 * io.github.campaignkit.core.risk.RiskRegister#fire firing} them moves them to triggered and raises
 * {@link io.github.campaignkit.core.risk.RiskAlert alerts} with owners and measures.
 * {@link io.github.campaignkit.core.risk.RiskRules} hold the rules the campaign's gates apply.
 *
 * <p>This package depends on the shared identifiers of {@code goal} (metrics) and {@code team}
 * (members, tasks) and on {@code schedule} (phases), never on {@code campaign}.
 */
package io.github.campaignkit.core.risk;
