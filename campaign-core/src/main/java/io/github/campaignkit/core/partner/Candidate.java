package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A company considered as a partner (合作方筛选), with its score on every criterion of the
 * scorecard.
 *
 * @param id       the partner id it would have, e.g. {@code 健康品牌B}
 * @param name     its name
 * @param industry its industry, e.g. {@code 健康}
 * @param scores   its scores, one per criterion of the scorecard
 * @param notes    remarks; may be empty
 */
@Value.Builder
public record Candidate(PartnerId id, String name, String industry, List<Score> scores, String notes) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component or a score is null, naming it
     */
    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(industry, "industry");
        scores = Checks.list(scores, "scores");
        Objects.requireNonNull(notes, "notes");
    }

    /**
     * A builder for a candidate; notes default to none.
     *
     * @return a new builder
     */
    public static CandidateBuilder builder() {
        return new CandidateBuilder().notes("");
    }

    /**
     * The candidate's score on a criterion.
     *
     * @param criterion the criterion's name
     * @return the first score on it, if any
     */
    public Optional<Score> score(String criterion) {
        Objects.requireNonNull(criterion, "criterion");
        return scores.stream().filter(s -> s.criterion().equals(criterion)).findFirst();
    }
}
