package io.github.campaignkit.core.partner;

import io.github.campaignkit.core.budget.PartnerId;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Partner candidates ranked by their weighted score, best first, every score explained
 * (dimension, weight, raw score, weighted contribution).
 *
 * <p><b>Ties</b> are broken deterministically, so the ranking does not depend on the order the
 * candidates are given in: an equal weighted total is decided by the raw scores criterion by
 * criterion, the heaviest criterion first (criteria of equal weight in scorecard order), the higher
 * score first; candidates equal on every score are ordered by partner id. Each place records
 * {@linkplain RankedCandidate#placedBy() what decided it}. Ranks are 1, 2, 3 … without gaps.
 *
 * @param entries the places, best first, ranked 1, 2, 3 …
 */
public record Ranking(List<RankedCandidate> entries) {

    /**
     * Checks that the ranks run 1, 2, 3 … and that no candidate appears twice.
     *
     * @throws NullPointerException     if the list or an entry is null, naming it
     * @throws IllegalArgumentException if a rank is out of sequence or a candidate repeats, naming
     *                                  {@code entries}
     */
    public Ranking {
        entries = Checks.list(entries, "entries");
        Set<PartnerId> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            RankedCandidate entry = entries.get(i);
            if (entry.rank() != i + 1) {
                throw InvalidValueException.of(PartnerViolation.RANK_ORDER, "entries", i, entry.rank(), i + 1);
            }
            if (!seen.add(entry.id())) {
                throw InvalidValueException.of(ValueViolation.DUPLICATE, "entries", entry.id());
            }
        }
    }

    /**
     * Scores and ranks the candidates on the scorecard, or gives every problem that prevents it:
     * the problems {@link PartnerRules#scoring()} reports (weights not adding up to 100%, a score
     * outside the scale, a missing, duplicate or unknown score, a duplicate candidate …), with
     * paths {@code scorecard.criteria} and {@code candidates[1].scores[2].value}. Warnings do not
     * prevent a ranking.
     *
     * @param scorecard  the criteria and scale
     * @param candidates the candidates, in any order
     * @return the ranking, or the violations
     */
    public static Validation<Seq<Violation>, Ranking> of(Scorecard scorecard, List<Candidate> candidates) {
        Objects.requireNonNull(scorecard, "scorecard");
        Checks.list(candidates, "candidates");
        Seq<Violation> problems = PartnerRules.scoringProblems(scorecard, candidates).filter(Violation::isError);
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<ScoreLine> lines = new ArrayList<>();
            for (Criterion criterion : scorecard.criteria()) {
                lines.add(ScoreLine.of(criterion, candidate.score(criterion.name()).orElseThrow().value()));
            }
            BigDecimal total = lines.stream().map(ScoreLine::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
            scored.add(new Scored(candidate, lines, total));
        }
        List<Integer> heaviestFirst = new ArrayList<>();
        for (int i = 0; i < scorecard.criteria().size(); i++) {
            heaviestFirst.add(i);
        }
        heaviestFirst.sort(Comparator.comparing((Integer i) -> scorecard.criteria().get(i).weight()).reversed()
                .thenComparing(i -> i));
        Comparator<Scored> byScores = (a, b) -> {
            for (int i : heaviestFirst) {
                int c = b.lines.get(i).score().compareTo(a.lines.get(i).score());
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        Comparator<Scored> byTotal = (a, b) -> b.total.compareTo(a.total);
        Comparator<Scored> byId = Comparator.comparing(s -> s.candidate.id());
        scored.sort(byTotal.thenComparing(byScores).thenComparing(byId));
        List<RankedCandidate> entries = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            TieBreak placedBy = TieBreak.TOTAL;
            if (i > 0) {
                Scored above = scored.get(i - 1);
                if (byTotal.compare(above, s) == 0) {
                    placedBy = byScores.compare(above, s) != 0 ? TieBreak.CRITERIA : TieBreak.PARTNER_ID;
                }
            }
            entries.add(new RankedCandidate(i + 1, s.candidate.id(), s.candidate.name(), s.total, s.lines, placedBy));
        }
        return Validation.valid(new Ranking(entries));
    }

    /**
     * The best candidate.
     *
     * @return the first place, empty when nobody was ranked
     */
    public Optional<RankedCandidate> first() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    /**
     * The place of a candidate.
     *
     * @param id the candidate's partner id
     * @return its place, if it was ranked
     */
    public Optional<RankedCandidate> entry(PartnerId id) {
        Objects.requireNonNull(id, "id");
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The partner ids in ranking order.
     *
     * @return the ids, best first
     */
    public List<PartnerId> order() {
        List<PartnerId> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.id()));
        return List.copyOf(ids);
    }

    private static final class Scored {
        private final Candidate candidate;
        private final List<ScoreLine> lines;
        private final BigDecimal total;

        Scored(Candidate candidate, List<ScoreLine> lines, BigDecimal total) {
            this.candidate = candidate;
            this.lines = lines;
            this.total = total;
        }
    }
}
