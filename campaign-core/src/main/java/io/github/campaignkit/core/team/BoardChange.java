package io.github.campaignkit.core.team;

import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes of a campaign's {@link TaskBoard} (执行分工表): revising the board, changing a task's
 * status, planning a remedy for a delayed task. Status changes and remedies are recorded with the
 * actor and the lifecycle clock's time.
 */
public sealed interface BoardChange extends PartChange<TaskBoard, Attribution>
        permits BoardChange.ReviseBoard, BoardChange.ChangeTaskStatus, BoardChange.PlanRemedy {

    /** The kinds of board change, with their labels. */
    enum Type implements Labelled {
        /** Replace the campaign's task board and RACI matrix. */
        REVISE_BOARD,
        /** Change the status of a task on the board. */
        CHANGE_TASK_STATUS,
        /** Record a remedy plan for a delayed task. */
        PLAN_REMEDY
    }

    @Override
    Type type();

    /**
     * Replace the board and its RACI matrix. The revision keeps every recorded status change: a
     * task with a history stays and its history only grows (refused with
     * {@link TeamViolation#BOARD_HISTORY_REWRITTEN} otherwise).
     *
     * @param board the new board
     */
    record ReviseBoard(TaskBoard board) implements BoardChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseBoard {
            Objects.requireNonNull(board, "board");
        }

        /**
         * A revision to the given board.
         *
         * @param board the new board
         * @return the change
         */
        public static ReviseBoard of(TaskBoard board) {
            return new ReviseBoard(board);
        }

        @Override
        public Either<Refusal, TaskBoard> applyTo(TaskBoard before, Attribution context) {
            Seq<Violation> found = List.empty();
            for (Task old : before.tasks()) {
                if (old.history().isEmpty()) {
                    continue;
                }
                Optional<Task> kept = board.task(old.id());
                int index = kept.map(board.tasks()::indexOf).orElse(-1);
                boolean prefix = kept.isPresent() && kept.get().history().size() >= old.history().size()
                        && kept.get().history().subList(0, old.history().size()).equals(old.history());
                if (!prefix) {
                    found = found.append(Violation.of(TeamViolation.BOARD_HISTORY_REWRITTEN,
                            index < 0 ? "board.tasks" : "board." + RulePaths.indexed("tasks", index) + ".history",
                            old.id().value()));
                }
            }
            return found.isEmpty() ? Either.right(board) : Either.left(Refusal.of(found));
        }

        @Override
        public Type type() {
            return Type.REVISE_BOARD;
        }
    }

    /**
     * Change the status of a task (see {@link TaskBoard#changeStatus}). By default the overall
     * lead, the lead of the task's module and the task's owner may do it.
     *
     * @param task   the task
     * @param status the new status
     * @param reason why; required to close a task or to move a finished one back to work
     */
    record ChangeTaskStatus(TaskId task, TaskStatus status, Optional<String> reason) implements BoardChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public ChangeTaskStatus {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * A status change without a reason.
         *
         * @param task   the task
         * @param status the new status
         * @return the change
         */
        public static ChangeTaskStatus of(TaskId task, TaskStatus status) {
            return new ChangeTaskStatus(task, status, Optional.empty());
        }

        /**
         * This change with a reason.
         *
         * @param text why
         * @return a copy
         */
        public ChangeTaskStatus withReason(String text) {
            return new ChangeTaskStatus(task, status, Optional.of(text));
        }

        @Override
        public Either<Refusal, TaskBoard> applyTo(TaskBoard board, Attribution context) {
            return board.changeStatus(task, status, reason, context.actor(), context.at());
        }

        @Override
        public Type type() {
            return Type.CHANGE_TASK_STATUS;
        }
    }

    /**
     * Record the remedy plan of a delayed task (see {@link TaskBoard#planRemedy}).
     *
     * @param task the task
     * @param plan the remedy plan
     */
    record PlanRemedy(TaskId task, String plan) implements BoardChange {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null, naming it
         */
        public PlanRemedy {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(plan, "plan");
        }

        /**
         * A remedy plan for a task.
         *
         * @param task the task
         * @param plan the plan
         * @return the change
         */
        public static PlanRemedy of(TaskId task, String plan) {
            return new PlanRemedy(task, plan);
        }

        @Override
        public Either<Refusal, TaskBoard> applyTo(TaskBoard board, Attribution context) {
            return board.planRemedy(task, plan, context.actor(), context.at());
        }

        @Override
        public Type type() {
            return Type.PLAN_REMEDY;
        }
    }
}
