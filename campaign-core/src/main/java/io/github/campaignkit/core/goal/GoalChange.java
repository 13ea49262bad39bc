package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.Labelled;
import io.github.campaignkit.core.rule.PartChange;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The changes of a campaign's {@link GoalSheet}: revising the objectives, the metric catalogue and
 * the goals; a department signing them (活动目标确认书); recording actual results. Each part of the
 * sheet has one way in: a revision cannot forge or drop a signature or a result.
 */
public sealed interface GoalChange extends PartChange<GoalSheet, GoalChange.Context>
        permits GoalChange.ReviseGoals, GoalChange.SignGoals, GoalChange.RecordResults {

    /** The kinds of goal change, with their labels. */
    enum Type implements Labelled {
        /** Revise the objectives, metric catalogue and goals. */
        REVISE_GOALS,
        /** Sign the campaign's goals for a department. */
        SIGN_GOALS,
        /** Record the actual results of goals. */
        RECORD_RESULTS
    }

    @Override
    Type type();

    /**
     * What a goal change needs of the campaign.
     *
     * @param actor       who makes the change
     * @param at          when
     * @param departments the departments taking part, which alone sign
     */
    record Context(MemberId actor, Instant at, java.util.List<Department> departments) {

        /**
         * Checks the components and copies the list.
         *
         * @throws NullPointerException if a component or an element is null, naming it
         */
        public Context {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
            departments = Checks.list(departments, "departments");
        }
    }

    /**
     * Replace the objectives, the metric catalogue and the goals. The revised sheet must carry the
     * sign-offs and results as they are recorded ({@link GoalViolation#REVISION_SIGNOFFS_REWRITTEN},
     * {@link GoalViolation#REVISION_RESULTS_REWRITTEN} otherwise); a signature covers a goal only
     * while it is unchanged, so changing a signed goal voids that signature.
     *
     * @param goals the revised sheet
     */
    record ReviseGoals(GoalSheet goals) implements GoalChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public ReviseGoals {
            Objects.requireNonNull(goals, "goals");
        }

        /**
         * A revision to the given sheet.
         *
         * @param goals the revised sheet
         * @return the change
         */
        public static ReviseGoals of(GoalSheet goals) {
            return new ReviseGoals(goals);
        }

        @Override
        public Either<Refusal, GoalSheet> applyTo(GoalSheet sheet, Context context) {
            Seq<Violation> found = List.empty();
            if (!goals.signOffs().equals(sheet.signOffs())) {
                found = found.append(Violation.of(GoalViolation.REVISION_SIGNOFFS_REWRITTEN, "goals.signOffs"));
            }
            if (!goals.results().equals(sheet.results())) {
                found = found.append(Violation.of(GoalViolation.REVISION_RESULTS_REWRITTEN, "goals.results"));
            }
            return found.isEmpty() ? Either.right(goals) : Either.left(Refusal.of(found));
        }

        @Override
        public Type type() {
            return Type.REVISE_GOALS;
        }
    }

    /**
     * Sign the goals for a department, in the actor's name and at the clock's time: the signature
     * covers the goals as they are now. Refused on a sheet without goals and for a department that
     * does not take part.
     *
     * @param department the department signing
     */
    record SignGoals(Department department) implements GoalChange {

        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public SignGoals {
            Objects.requireNonNull(department, "department");
        }

        /**
         * A signature for a department.
         *
         * @param department the department
         * @return the change
         */
        public static SignGoals of(Department department) {
            return new SignGoals(department);
        }

        @Override
        public Either<Refusal, GoalSheet> applyTo(GoalSheet sheet, Context context) {
            Seq<Violation> found = List.empty();
            if (sheet.goals().isEmpty()) {
                found = found.append(Violation.of(GoalViolation.NONE, "goals.goals"));
            }
            if (!context.departments().contains(department)) {
                found = found.append(Violation.of(GoalViolation.SIGNOFF_NOT_PARTICIPATING, "department",
                        department.name()));
            }
            return found.isEmpty() ? Either.right(sheet.sign(department, context.actor(), context.at()))
                    : Either.left(Refusal.of(found));
        }

        @Override
        public Type type() {
            return Type.SIGN_GOALS;
        }
    }

    /**
     * Record the actual results of goals, each replacing an earlier result of its goal. Refused
     * when a result names a goal not on the sheet or two results name the same goal.
     *
     * @param results the results
     */
    record RecordResults(java.util.List<GoalResult> results) implements GoalChange {

        /**
         * Checks the component and copies the list.
         *
         * @throws NullPointerException if it or an element is null
         */
        public RecordResults {
            results = Checks.list(results, "results");
        }

        /**
         * Recording the given results.
         *
         * @param results the results
         * @return the change
         */
        public static RecordResults of(java.util.List<GoalResult> results) {
            return new RecordResults(results);
        }

        /**
         * Recording the given results.
         *
         * @param first the first result
         * @param more  more results
         * @return the change
         */
        public static RecordResults of(GoalResult first, GoalResult... more) {
            java.util.List<GoalResult> all = new java.util.ArrayList<>();
            all.add(first);
            all.addAll(java.util.List.of(more));
            return new RecordResults(all);
        }

        @Override
        public Either<Refusal, GoalSheet> applyTo(GoalSheet sheet, Context context) {
            Seq<Violation> found = List.empty();
            Set<GoalId> seen = new HashSet<>();
            GoalSheet next = sheet;
            for (int i = 0; i < results.size(); i++) {
                GoalResult result = results.get(i);
                String path = RulePaths.indexed("results", i) + ".goal";
                if (sheet.goal(result.goal()).isEmpty()) {
                    found = found.append(Violation.of(GoalViolation.RESULT_UNKNOWN_GOAL, path, result.goal().value()));
                }
                if (!seen.add(result.goal())) {
                    found = found.append(Violation.of(GoalViolation.RESULT_DUPLICATE, path, result.goal().value()));
                }
                next = next.withResult(result);
            }
            return found.isEmpty() ? Either.right(next) : Either.left(Refusal.of(found));
        }

        @Override
        public Type type() {
            return Type.RECORD_RESULTS;
        }
    }
}
