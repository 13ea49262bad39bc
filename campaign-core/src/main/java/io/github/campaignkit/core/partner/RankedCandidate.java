package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.internal.Exact;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One place of a {@link Ranking}: the candidate, its weighted total and the lines that explain it.
 *
 * @param rank     its place, 1 for the best
 * @param id       the candidate's partner id
 * @param name     the candidate's name
 * @param total    the weighted score, {@code Σ contribution}, on the scorecard's scale
 * @param lines    one line per criterion, in scorecard order
 * @param placedBy what placed it below the candidate ranked just above ({@link TieBreak#TOTAL} for
 *                 the first)
 */
@Value.Builder
public record RankedCandidate(int rank, PartnerId id, String name, BigDecimal total, List<ScoreLine> lines,
                              TieBreak placedBy) {

    /**
     * Checks the components and that the total is the sum of the contributions.
     *
     * @throws NullPointerException     if a component or a line is null, naming it
     * @throws IllegalArgumentException if the rank is below 1, naming {@code rank}, or the total is
     *                                  not the sum of the lines, naming {@code total}
     */
    public RankedCandidate {
        if (rank < 1) {
            throw InvalidValueException.of(ValueViolation.BELOW, "rank", rank, 1);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(total, "total");
        lines = Checks.list(lines, "lines");
        Objects.requireNonNull(placedBy, "placedBy");
        BigDecimal sum = lines.stream().map(ScoreLine::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw InvalidValueException.of(PartnerViolation.CONTRIBUTION_SUM, "total", total, sum);
        }
        total = Exact.shortest(sum);
    }

    /**
     * A builder for a place, for reading one back from storage.
     *
     * @return a new builder
     */
    public static RankedCandidateBuilder builder() {
        return new RankedCandidateBuilder();
    }
}
