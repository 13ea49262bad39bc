package io.github.campaignkit.core.team;

import static io.github.campaignkit.core.Seed004.LI;
import static io.github.campaignkit.core.Seed004.T2;
import static io.github.campaignkit.core.Seed004.T3;
import static io.github.campaignkit.core.Seed004.WANG;
import static io.github.campaignkit.core.Seed004.ZHANG;
import static io.github.campaignkit.core.Seed004.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.campaignkit.core.Seed004;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 004's 执行分工表: five tasks, their statuses, the RACI matrix over them. */
class TaskBoardTest {

    private static final TaskBoard BOARD = Seed004.board();
    private static final Team TEAM = Seed004.team();

    @Test
    void theSeedBoardAndTeamAreValid() {
        assertThat(TeamRules.standard().check(TEAM)).isEmpty();
        assertThat(BoardRules.tasks(BOARD, TEAM)).isEmpty();
        assertThat(RaciRules.check(BOARD, TEAM, TeamPolicy.standard())).isEmpty();
        assertThat(BOARD.tasks()).extracting(Task::name).containsExactly("活动整体进度把控", "线上线下物料设计",
                "高校快闪店落地", "数据采集与监控", "礼品采购与物流");
        Task design = BOARD.task(T2).orElseThrow();
        assertThat(design.module().value()).isEqualTo("设计执行");
        assertThat(design.deliverable()).isEqualTo("设计稿通过审核，印刷物料按时到位");
        assertThat(design.owner()).isEqualTo(LI);
        assertThat(design.start()).isEqualTo(LocalDate.of(2024, 7, 22));
        assertThat(design.end()).isEqualTo(LocalDate.of(2024, 7, 28));
    }

    @Test
    void statusChangesAreRecordedWithTimeAndActor() {
        TaskBoard started = BOARD.changeStatus(T2, TaskStatus.IN_PROGRESS, Optional.empty(), LI, at(7, 22, 9, 0)).get();
        TaskBoard done = started.changeStatus(T2, TaskStatus.DONE, Optional.of("  "), LI, at(7, 28, 18, 0)).get();
        Task task = done.task(T2).orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.history()).containsExactly(
                new TaskStatusChange(at(7, 22, 9, 0), LI, TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, Optional.empty()),
                new TaskStatusChange(at(7, 28, 18, 0), LI, TaskStatus.IN_PROGRESS, TaskStatus.DONE, Optional.empty()));
        assertThat(BOARD.task(T2).orElseThrow().history()).isEmpty();
    }

    @Test
    void doneBackToNotStartedNeedsAReason() {
        TaskBoard done = BOARD.changeStatus(T2, TaskStatus.DONE, Optional.empty(), LI, at(7, 28, 18, 0)).get();

        Refusal refusal = done.changeStatus(T2, TaskStatus.NOT_STARTED, Optional.empty(), LI, at(7, 29, 9, 0)).getLeft();
        assertThat(refusal.codes()).containsExactly("team.task.status.reopen-without-reason");
        assertThat(refusal.violations().head().path()).isEqualTo("reason");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[错误] reason：任务 T2 已是“已完成”，改回“未开始”必须说明原因。");
        assertThat(refusal.message(Locale.ENGLISH))
                .isEqualTo("[error] reason: Task T2 is done; moving it back to not started needs a reason.");

        Task reopened = done.changeStatus(T2, TaskStatus.NOT_STARTED, Optional.of("审核未通过，重新设计"), ZHANG,
                at(7, 29, 9, 0)).get().task(T2).orElseThrow();
        assertThat(reopened.status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(reopened.history().get(1).reason()).contains("审核未通过，重新设计");
        assertThat(reopened.history().get(1).actor()).isEqualTo(ZHANG);
    }

    @Test
    void unknownTasksUnchangedStatusesAndReasonlessClosingAreRefused() {
        assertThat(BOARD.changeStatus(TaskId.of("T9"), TaskStatus.DONE, Optional.empty(), LI, at(7, 22, 9, 0))
                .getLeft().codes()).containsExactly("team.task.unknown");
        assertThat(BOARD.changeStatus(T2, TaskStatus.NOT_STARTED, Optional.empty(), LI, at(7, 22, 9, 0))
                .getLeft().codes()).containsExactly("team.task.status.unchanged");
        assertThat(BOARD.changeStatus(T2, TaskStatus.CLOSED, Optional.empty(), LI, at(7, 22, 9, 0))
                .getLeft().codes()).containsExactly("team.task.status.close-without-reason");
        assertThat(BOARD.changeStatus(T2, TaskStatus.CLOSED, Optional.of("并入T3"), LI, at(7, 22, 9, 0))
                .isRight()).isTrue();
    }

    @Test
    void aDelayedTaskNeedsARemedyPlanWithin24Hours() {
        TaskBoard delayed = BOARD.changeStatus(T3, TaskStatus.DELAYED, Optional.of("场地合同未签"), WANG,
                at(8, 3, 10, 0)).get();
        Clock dayAfter = Clock.fixed(at(8, 4, 11, 0), Seed004.SHANGHAI);
        assertThat(BoardRules.remedies(delayed, TeamPolicy.standard(), Clock.fixed(at(8, 4, 9, 0), Seed004.SHANGHAI)))
                .isEmpty();

        Violation missing = BoardRules.remedies(delayed, TeamPolicy.standard(), dayAfter).single();
        assertThat(missing.code()).isEqualTo("team.task.remedy-plan.missing");
        assertThat(missing.path()).isEqualTo("tasks[2].remedyPlans");
        assertThat(missing.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("任务 T3 已延期，尚无补救方案（应于 2024-08-04 10:00 前制定）。");

        TaskBoard planned = delayed.planRemedy(T3, "启用备用场地，增加2名现场人员", WANG, at(8, 3, 15, 0)).get();
        assertThat(BoardRules.remedies(planned, TeamPolicy.standard(), dayAfter)).isEmpty();
        TaskBoard late = delayed.planRemedy(T3, "启用备用场地", WANG, at(8, 4, 10, 30)).get();
        assertThat(BoardRules.remedies(late, TeamPolicy.standard(), dayAfter)).extracting(Violation::code)
                .containsExactly("team.task.remedy-plan.late");
        assertThat(BoardRules.remedies(delayed, TeamPolicy.standard().withRemedyPlanWithin(Duration.ofHours(48)), dayAfter))
                .isEmpty();
    }

    @Test
    void remedyPlansAreForDelayedTasksOnly() {
        Refusal refusal = BOARD.planRemedy(T2, " ", LI, at(7, 25, 9, 0)).getLeft();
        assertThat(refusal.codes()).containsExactly("team.task.remedy-plan.not-delayed", "team.task.remedy-plan.blank");
    }

    @Test
    void aTaskThatEndsBeforeItStartsIsRejectedNamingTheEnd() {
        assertThatThrownBy(() -> Seed004.tasks().get(1).toBuilder().end(LocalDate.of(2024, 7, 21)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end: task T2 ends on 2024-07-21, before it starts on 2024-07-22");
    }

    @Test
    void aHistoryMustLeadToTheStatus() {
        TaskStatusChange change = new TaskStatusChange(at(7, 22, 9, 0), LI, TaskStatus.NOT_STARTED,
                TaskStatus.IN_PROGRESS, Optional.empty());
        assertThatThrownBy(() -> Seed004.tasks().get(1).toBuilder().addHistory(change).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("history: ");
        assertThatThrownBy(() -> new TaskStatusChange(at(7, 22, 9, 0), LI, TaskStatus.DONE, TaskStatus.DONE,
                Optional.empty())).hasMessageStartingWith("to: ");
    }

    @Test
    void raciFindingsCarryPathsAndReadInBothLanguages() {
        RaciMatrix broken = BOARD.raci()
                .without(a -> a.task().equals(T2) && a.role() == RaciRole.ACCOUNTABLE)
                .with(T3, LI, RaciRole.ACCOUNTABLE)
                .without(a -> a.task().equals(Seed004.T4) && a.role() == RaciRole.RESPONSIBLE)
                .with(Seed004.T5, MemberId.of("qian"), RaciRole.INFORMED);
        java.util.List<Violation> found = RaciRules.check(BOARD.withRaci(broken), TEAM, TeamPolicy.standard()).toJavaList();
        assertThat(found).extracting(v -> v.code() + "@" + v.path()).containsExactly(
                "team.raci.accountable.missing@tasks[1]",
                "team.raci.accountable.multiple@tasks[2]",
                "team.raci.responsible.missing@tasks[3]",
                "team.raci.owner.not-responsible@tasks[3].owner",
                "team.member.unknown@raci.assignments[" + (broken.assignments().size() - 1) + "].member");
        assertThat(found.get(1).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("任务 T3 有多个审批人（A）：zhang, li，只能有一个。");
        assertThat(found.get(3).message(Locale.ENGLISH))
                .isEqualTo("The owner of task T4, zhao, is not responsible (R) for it in the RACI matrix.");
        assertThat(found.get(3).isWarning()).isTrue();
    }

    @Test
    void theOverallLeadIsAccountableForFiveConcurrentTasks() {
        // 7.28: all five tasks run; the standard limit (5) is met, a limit of 4 is exceeded.
        assertThat(RaciRules.check(BOARD, TEAM, TeamPolicy.standard())).isEmpty();
        Violation overloaded = RaciRules.check(BOARD, TEAM, TeamPolicy.standard().withMaxConcurrentAccountable(4)).single();
        assertThat(overloaded.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zhang 同时审批 5 项并行任务，超过上限 4 项。");
        assertThat(overloaded.isWarning()).isTrue();
        RaciMatrix consulted = BOARD.raci().with(T2, Seed004.ZHAO, RaciRole.CONSULTED).with(T2, Seed004.SUN, RaciRole.CONSULTED)
                .with(T2, Seed004.WU, RaciRole.CONSULTED);
        assertThat(RaciRules.check(BOARD.withRaci(consulted), TEAM, TeamPolicy.standard()))
                .extracting(Violation::code).containsExactly("team.raci.consulted.too-many");
    }

    @Test
    void everyModuleWithTasksNeedsALead() {
        Team noDesignLead = TEAM.withModule(TeamModule.unled(Seed004.DESIGN));
        assertThat(BoardRules.tasks(BOARD, noDesignLead)).extracting(v -> v.code() + "@" + v.path())
                .containsExactly("team.module.lead.missing@tasks[1].module");
        Team withoutLogistics = Team.builder().members(TEAM.members())
                .modules(TEAM.modules().subList(0, 4)).build();
        assertThat(BoardRules.tasks(BOARD, withoutLogistics).single().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("模块“后勤保障”有任务但没有负责人。");
    }

    @Test
    void aBoardNamesItsPeopleByPath() {
        assertThat(BOARD.memberReferences()).containsEntry("tasks[0].owner", ZHANG)
                .containsEntry("tasks[0].assistants[6]", Seed004.WU)
                .containsEntry("raci.assignments[0].member", ZHANG);
        assertThat(TeamRules.references(Team.empty(), BOARD.memberReferences())).hasSize(BOARD.memberReferences().size());
    }

    /** A finer task names the row it details: on the board, never itself, within its dates. */
    @Test
    void aTaskDetailsARowOfTheBoardWithinItsDates() {
        Task design = BOARD.task(T2).orElseThrow(); // 线上线下物料设计, 7.22–7.28
        Task draft = design.toBuilder().id(TaskId.of("T7")).name("物料设计启动").start(LocalDate.of(2024, 7, 22))
                .end(LocalDate.of(2024, 7, 26)).parent(T2).build();
        assertThat(BoardRules.tasks(BOARD.withTask(draft), TEAM)).isEmpty();

        Task early = draft.toBuilder().start(LocalDate.of(2024, 7, 20)).build();
        Violation outside = BoardRules.tasks(BOARD.withTask(early), TEAM).single();
        assertThat(outside.code()).isEqualTo("team.task.parent.dates");
        assertThat(outside.isError()).isFalse();
        assertThat(outside.path()).isEqualTo("tasks[5]");
        assertThat(outside.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("任务 T7 的时间 2024-07-20…2024-07-26 超出了它所细化的任务 T2（2024-07-22…2024-07-28）。");
        assertThat(outside.message(Locale.ENGLISH))
                .isEqualTo("Task T7 runs 2024-07-20…2024-07-26, outside T2 (2024-07-22…2024-07-28), the task it details.");

        Task orphan = draft.toBuilder().parent(TaskId.of("T99")).build();
        assertThat(BoardRules.tasks(BOARD.withTask(orphan), TEAM)).extracting(v -> v.code() + "@" + v.path())
                .containsExactly("team.task.parent.unknown@tasks[5].parent");

        TaskBoard circle = BOARD.withTask(draft).withTask(design.toBuilder().parent(TaskId.of("T7")).build());
        assertThat(BoardRules.tasks(circle, TEAM)).extracting(Violation::code)
                .contains("team.task.parent.cycle").allMatch(code -> !code.equals("team.task.parent.unknown"));
        Task itself = draft.toBuilder().parent(TaskId.of("T7")).build();
        assertThat(BoardRules.tasks(BOARD.withTask(itself), TEAM)).extracting(v -> v.code() + "@" + v.path())
                .containsExactly("team.task.parent.cycle@tasks[5].parent");
    }
}
