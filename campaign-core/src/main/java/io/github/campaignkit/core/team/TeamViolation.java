package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.ViolationCode;

/** The codes the team, board and RACI rules and the board's commands raise. */
public enum TeamViolation implements ViolationCode {
    /** The team has no overall lead. */
    OVERALL_LEAD_MISSING("team.overall-lead.missing", Severity.ERROR),
    /** The team has more than one overall lead. */
    OVERALL_LEAD_MULTIPLE("team.overall-lead.multiple", Severity.ERROR),
    /** The team's overall lead is not the campaign profile's. */
    OVERALL_LEAD_MISMATCH("team.overall-lead.mismatch", Severity.ERROR),
    /** Two members share an id. */
    MEMBER_DUPLICATE("team.member.duplicate", Severity.ERROR),
    /** A member has no name. */
    MEMBER_NAME_BLANK("team.member.name.blank", Severity.ERROR),
    /** A person is named somewhere but is not a member of the team. */
    MEMBER_UNKNOWN("team.member.unknown", Severity.ERROR),
    /** A command names a module the team does not declare. */
    MODULE_UNKNOWN("team.module.unknown", Severity.ERROR),
    /** A module is declared twice. */
    MODULE_DUPLICATE("team.module.duplicate", Severity.ERROR),
    /** A module that has tasks has no lead. */
    MODULE_LEAD_MISSING("team.module.lead.missing", Severity.ERROR),
    /** A module is led by a member in the executor tier. */
    MODULE_LEAD_EXECUTOR("team.module.lead.executor", Severity.ERROR),
    /** A member in the module-lead tier leads no module. */
    MODULE_LEAD_IDLE("team.module.lead.idle", Severity.WARNING),
    /** Two tasks share an id. */
    TASK_DUPLICATE("team.task.duplicate", Severity.ERROR),
    /** A task has no name. */
    TASK_NAME_BLANK("team.task.name.blank", Severity.ERROR),
    /** A task has no delivery standard. */
    TASK_DELIVERABLE_BLANK("team.task.deliverable.blank", Severity.WARNING),
    /** A command or a reference names a task that is not on the board. */
    TASK_UNKNOWN("team.task.unknown", Severity.ERROR),
    /** A task details a task the board does not hold. */
    TASK_PARENT_UNKNOWN("team.task.parent.unknown", Severity.ERROR),
    /** A task details itself, or a task that (through others) details it. */
    TASK_PARENT_CYCLE("team.task.parent.cycle", Severity.ERROR),
    /** A task's dates fall outside the dates of the task it details. */
    TASK_PARENT_DATES("team.task.parent.dates", Severity.WARNING),
    /** A status change would keep the status. */
    TASK_STATUS_UNCHANGED("team.task.status.unchanged", Severity.ERROR),
    /** A finished task is moved back to work without a reason. */
    TASK_REOPEN_WITHOUT_REASON("team.task.status.reopen-without-reason", Severity.ERROR),
    /** A task is closed without a reason. */
    TASK_CLOSE_WITHOUT_REASON("team.task.status.close-without-reason", Severity.ERROR),
    /** A task is neither done nor closed. */
    TASK_UNFINISHED("team.task.unfinished", Severity.ERROR),
    /** A delayed task has no remedy plan and its window has passed. */
    REMEDY_PLAN_MISSING("team.task.remedy-plan.missing", Severity.ERROR),
    /** A delayed task's remedy plan came after its window. */
    REMEDY_PLAN_LATE("team.task.remedy-plan.late", Severity.WARNING),
    /** A remedy plan is given for a task that is not delayed. */
    REMEDY_PLAN_NOT_DELAYED("team.task.remedy-plan.not-delayed", Severity.ERROR),
    /** A remedy plan is blank. */
    REMEDY_PLAN_BLANK("team.task.remedy-plan.blank", Severity.ERROR),
    /** A revised board drops or rewrites recorded status changes. */
    BOARD_HISTORY_REWRITTEN("team.board.history-rewritten", Severity.ERROR),
    /** A task has no accountable member. */
    RACI_ACCOUNTABLE_MISSING("team.raci.accountable.missing", Severity.ERROR),
    /** A task has more than one accountable member. */
    RACI_ACCOUNTABLE_MULTIPLE("team.raci.accountable.multiple", Severity.ERROR),
    /** A task has no responsible member. */
    RACI_RESPONSIBLE_MISSING("team.raci.responsible.missing", Severity.ERROR),
    /** A RACI assignment names a task that is not on the board. */
    RACI_TASK_UNKNOWN("team.raci.task.unknown", Severity.ERROR),
    /** The same assignment is listed twice. */
    RACI_DUPLICATE("team.raci.duplicate", Severity.WARNING),
    /** A member is accountable for more concurrent tasks than the policy allows. */
    RACI_ACCOUNTABLE_OVERLOADED("team.raci.accountable.overloaded", Severity.WARNING),
    /** A task consults more members than the policy allows. */
    RACI_CONSULTED_TOO_MANY("team.raci.consulted.too-many", Severity.WARNING),
    /** A task's owner (负责人) is not responsible for it in the RACI matrix. */
    RACI_OWNER_NOT_RESPONSIBLE("team.raci.owner.not-responsible", Severity.WARNING),
    /** A refused value: Task … ends on …, before it starts on …. */
    TASK_DATES("team.value.task-dates", Severity.ERROR),
    /** A refused value: Change … of task … starts from …, but the change before led to …. */
    HISTORY_ORDER("team.value.history-order", Severity.ERROR),
    /** A refused value: The last change of task … leads to …, not to the status …. */
    HISTORY_END("team.value.history-end", Severity.ERROR),
    /** A refused value: A status change must change the status: … → …. */
    SAME_STATUS("team.value.same-status", Severity.ERROR);

    private final String code;
    private final Severity severity;

    TeamViolation(String code, Severity severity) {
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
