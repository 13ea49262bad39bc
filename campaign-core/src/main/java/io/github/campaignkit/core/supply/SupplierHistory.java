package io.github.campaignkit.core.supply;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supplier's history across campaigns: the evaluations several campaigns wrote about it, oldest
 * first, for the next campaign's choice ("为后续合作提供参考").
 *
 * @param supplier the supplier
 * @param records  one record per campaign that evaluated it, in the order they were added
 */
public record SupplierHistory(SupplierId supplier, List<SupplierRecord> records) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component or an element is null, naming it
     * @throws IllegalArgumentException if a record evaluates another supplier, naming {@code records}
     */
    public SupplierHistory {
        Objects.requireNonNull(supplier, "supplier");
        records = Checks.list(records, "records");
        for (int i = 0; i < records.size(); i++) {
            SupplierId other = records.get(i).evaluation().supplier();
            if (!other.equals(supplier)) {
                throw InvalidValueException.of(SupplyViolation.HISTORY_SUPPLIER, RulePaths.indexed("records", i), i, other, supplier);
            }
        }
    }

    /**
     * A history with no campaign yet.
     *
     * @param supplier the supplier
     * @return the history
     */
    public static SupplierHistory empty(SupplierId supplier) {
        return new SupplierHistory(supplier, List.of());
    }

    /**
     * The history of a supplier collected from several campaigns' supply plans, in the order given:
     * each plan contributes its evaluations of the supplier.
     *
     * @param supplier  the supplier
     * @param campaigns each campaign's name and supply plan, in order
     * @return the history
     */
    public static SupplierHistory collect(SupplierId supplier, List<java.util.Map.Entry<String, SupplyPlan>> campaigns) {
        Checks.list(campaigns, "campaigns");
        SupplierHistory history = empty(supplier);
        for (java.util.Map.Entry<String, SupplyPlan> campaign : campaigns) {
            history = history.withCampaign(campaign.getKey(), campaign.getValue());
        }
        return history;
    }

    /**
     * This history with one more campaign's evaluations of the supplier (none when that campaign
     * did not evaluate it).
     *
     * @param campaign the campaign's name or id
     * @param plan     its supply plan
     * @return a copy
     */
    public SupplierHistory withCampaign(String campaign, SupplyPlan plan) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(plan, "plan");
        List<SupplierRecord> more = new ArrayList<>(records);
        plan.evaluations().stream().filter(e -> e.supplier().equals(supplier))
                .forEach(e -> more.add(new SupplierRecord(campaign, e)));
        return new SupplierHistory(supplier, more);
    }

    /**
     * The weighted scores of the records that can be scored, in order.
     *
     * @return the scores
     */
    public List<BigDecimal> scores() {
        List<BigDecimal> scores = new ArrayList<>();
        for (SupplierRecord record : records) {
            Validation<Seq<Violation>, BigDecimal> score = record.evaluation().weightedScore();
            if (score.isValid()) {
                scores.add(score.get());
            }
        }
        return List.copyOf(scores);
    }

    /**
     * The mean of the {@linkplain #scores() scores}, rounded half up to two decimals.
     *
     * @return the mean, empty when no record can be scored
     */
    public Optional<BigDecimal> averageScore() {
        List<BigDecimal> scores = scores();
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(scores.size()), SupplierEvaluation.SCALE,
                RoundingMode.HALF_UP));
    }

    /**
     * The problems of records that cannot be scored, at {@code records[i].evaluation.scores}.
     *
     * @return the violations
     */
    public Seq<Violation> problems() {
        Seq<Violation> found = io.vavr.collection.List.empty();
        for (int i = 0; i < records.size(); i++) {
            String prefix = RulePaths.indexed("records", i) + ".evaluation";
            found = found.appendAll(records.get(i).evaluation().problems().map(v -> v.under(prefix)));
        }
        return found;
    }
}
