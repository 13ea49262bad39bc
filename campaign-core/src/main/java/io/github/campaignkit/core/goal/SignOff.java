package io.github.campaignkit.core.goal;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One department's signature on the goal confirmation (活动目标确认书): who signed, when, and the
 * goals exactly as they read when they were signed.
 *
 * <p>Keeping the signed goals themselves is what makes a change void a signature without anyone
 * having to remember to revoke it: a signature {@linkplain #covers(Goal) covers} a goal only while
 * the goal equals the one signed. Changing a goal in any way voids every department's signature
 * on that goal, and only on that goal; a goal added later is covered by no signature yet.
 *
 * @param department the department signing, one of the campaign's participating departments
 * @param signer     who signed for it, normally its head
 * @param signedAt   when, from the lifecycle's clock
 * @param goals      the goals as signed
 */
@Value.Builder
public record SignOff(Department department, MemberId signer, Instant signedAt, List<Goal> goals) {

    /**
     * Checks the components and copies the goals.
     *
     * @throws NullPointerException if a component or a goal is null, naming it
     */
    public SignOff {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signedAt, "signedAt");
        goals = Checks.list(goals, "goals");
    }

    /**
     * Whether this signature still covers a goal: the goal is among the signed ones, unchanged.
     *
     * @param goal the goal as it is now
     * @return true if the signed goal with the same id equals it
     */
    public boolean covers(Goal goal) {
        Objects.requireNonNull(goal, "goal");
        return goals.contains(goal);
    }
}
