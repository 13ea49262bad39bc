package io.github.campaignkit.core.risk;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes the risk register, its matrix, its triggers and its gates raise. */
public enum RiskViolation implements ViolationCode {
    /** A table cell names a likelihood or impact level the scale does not have. */
    RATING_UNKNOWN_LABEL("risk.rating.unknown-label"),
    /** A risk's likelihood is not on the matrix's likelihood scale. */
    LIKELIHOOD_UNKNOWN("risk.likelihood.unknown"),
    /** A risk's impact is not on the matrix's impact scale. */
    IMPACT_UNKNOWN("risk.impact.unknown"),
    /** A risk has no scenario. */
    SCENARIO_BLANK("risk.scenario.blank"),
    /** A measure says nothing about what is done. */
    MEASURE_ACTION_BLANK("risk.measure.action.blank"),
    /** A cell of the matrix lies in no band. */
    MATRIX_CELL_NO_BAND("risk.matrix.cell.no-band"),
    /** A cell of the matrix lies in more than one band. */
    MATRIX_CELL_OVERLAP("risk.matrix.cell.overlap"),
    /** A band lists a cell outside the matrix. */
    MATRIX_BAND_CELL_OUTSIDE("risk.matrix.band.cell-outside"),
    /** A score falls as likelihood or impact rises. */
    MATRIX_SCORE_NOT_MONOTONE("risk.matrix.score.not-monotone"),
    /** A score table does not have the shape of the scales. */
    MATRIX_TABLE_SHAPE("risk.matrix.table.shape"),
    /** A high risk has no owner. */
    HIGH_RISK_OWNER_MISSING("risk.high.owner-missing"),
    /** A high risk has no measure. */
    HIGH_RISK_MEASURES_MISSING("risk.high.measures-missing"),
    /** A high risk has no trigger. */
    HIGH_RISK_TRIGGER_MISSING("risk.high.trigger-missing"),
    /** A risk is still triggered, without a resolution. */
    TRIGGERED_UNRESOLVED("risk.triggered.unresolved"),
    /** A trigger names a metric the campaign does not know. */
    TRIGGER_METRIC_UNKNOWN("risk.trigger.metric.unknown"),
    /** A trigger could not be decided for some days: its metric has no figure for them (a warning). */
    TRIGGER_METRIC_NO_DATA("risk.trigger.metric.no-data", Severity.WARNING),
    /** A trigger names a task the campaign does not know. */
    TRIGGER_TASK_UNKNOWN("risk.trigger.task.unknown"),
    /** A trigger names a material the campaign does not know. */
    TRIGGER_MATERIAL_UNKNOWN("risk.trigger.material.unknown"),
    /** A trigger names a phase the campaign does not have. */
    TRIGGER_PHASE_UNKNOWN("risk.trigger.phase.unknown"),
    /** A trigger names a day beyond the end of its phase. */
    TRIGGER_PHASE_DAY_BEYOND("risk.trigger.phase-day.beyond"),
    /** A command names a risk the register does not have. */
    RISK_UNKNOWN("risk.unknown"),
    /** A risk cannot move from its status to the one asked for. */
    STATUS_MOVE_REFUSED("risk.status.move-refused"),
    /** A triggered risk is moved on without a note saying how it was resolved. */
    STATUS_NOTE_REQUIRED("risk.status.note-required"),
    /** An evaluation to apply fired no risk. */
    FIRE_NOTHING("risk.fire.nothing"),
    /** A revision of the register rewrites a risk's status history. */
    REVISION_HISTORY_CHANGED("risk.revision.history-changed"),
    /** A revision of the register drops a risk that has a status history. */
    REVISION_RISK_REMOVED("risk.revision.removed-with-history"),
    /** A revision of the register adds a risk that already has a status history. */
    REVISION_NEW_WITH_HISTORY("risk.revision.new-with-history"),
    /** A revision of the register drops or rewrites recorded readings. */
    REVISION_READINGS_REWRITTEN("risk.revision.readings-rewritten"),
    /** A refused value: Cell … is not the matrix's cell … with its score and level. */
    HEAT_MAP_CELL("risk.value.heat-map-cell"),
    /** A refused value: … lies outside the … × … matrix. */
    CELL_OUTSIDE("risk.value.cell-outside"),
    /** A refused value: '…' names both … and …. */
    LEVEL_NAME("risk.value.level-name"),
    /** A refused value: Change … starts from …, but the risk was …. */
    CHANGE_ORDER("risk.value.change-order"),
    /** A refused value: A risk cannot move from … to …. */
    STATUS_MOVE("risk.value.status-move"),
    /** A refused value: Only a change to TRIGGERED carries evidence, not one to …. */
    EVIDENCE_STATUS("risk.value.evidence-status"),
    /** A refused value: A table needs at least one row and one column: … × …. */
    TABLE_SIZE("risk.value.table-size"),
    /** A refused value: Row … has … scores, row 1 has …. */
    ROW_SIZE("risk.value.row-size"),
    /** A refused value: Nested … levels deep, at most … are allowed. */
    NESTING("risk.value.nesting");

    private final String code;
    private final Severity severity;

    RiskViolation(String code) {
        this(code, Severity.ERROR);
    }

    RiskViolation(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
