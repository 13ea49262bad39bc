package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.budget.Money;
import io.github.campaignkit.core.budget.ReturnOnInvestment;
import io.github.campaignkit.core.goal.Actual;
import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalResult;
import io.github.campaignkit.core.goal.GoalViolation;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.UnitKind;
import io.github.campaignkit.core.kpi.KpiTotals;
import io.github.campaignkit.core.rule.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The actuals a campaign's data give on a day: the dashboard's total of every tracked metric, and
 * the return on investment computed from the revenue's actual and the budget's actual spend. One
 * place, so the evaluation, the ROI and the dashboard cannot tell three stories.
 */
final class Actuals {

    private final Campaign campaign;
    private final Map<MetricId, Actual> measured = new LinkedHashMap<>();

    private Actuals(Campaign campaign, LocalDate asOf) {
        this.campaign = campaign;
        KpiTotals totals = campaign.kpi().totals(campaign.goals().metrics(), asOf);
        for (Metric m : campaign.goals().metrics()) {
            if (totals.isTracked(m.id())) {
                totals.cumulative(m.id(), Optional.empty()).ifPresent(v -> measured.putIfAbsent(m.id(), Actual.tracked(v)));
            }
        }
        for (Metric m : campaign.goals().metrics()) {
            if (m.isReturnOnInvestment() && !measured.containsKey(m.id())) {
                returnOn(m).forEach(roi -> measured.put(m.id(), Actual.computed(roi.percent())));
            }
        }
    }

    static Actuals of(Campaign campaign, LocalDate asOf) {
        return new Actuals(campaign, asOf);
    }

    /** The actuals by metric. */
    Map<MetricId, Actual> measured() {
        return Collections.unmodifiableMap(measured);
    }

    /** The return of the campaign's first return-on-investment metric, or why there is none. */
    Validation<Seq<Violation>, ReturnOnInvestment> returnOnInvestment() {
        return campaign.goals().metrics().stream().filter(Metric::isReturnOnInvestment).findFirst()
                .map(this::returnOn)
                .orElseGet(() -> Validation.invalid(List.of(Violation.of(GoalViolation.RETURN_NO_METRIC, "goals.metrics"))));
    }

    private Validation<Seq<Violation>, ReturnOnInvestment> returnOn(Metric roi) {
        MetricId revenueId = roi.revenue().orElseThrow();
        Optional<Metric> revenue = campaign.goals().metric(revenueId);
        String path = "goals.metrics";
        if (revenue.isEmpty() || revenue.get().unit().kind() != UnitKind.CURRENCY) {
            return Validation.invalid(List.of(Violation.of(GoalViolation.METRIC_REVENUE_NOT_MONEY, path, roi.id(),
                    revenueId)));
        }
        Optional<BigDecimal> amount = Optional.ofNullable(measured.get(revenueId)).map(Actual::value)
                .or(() -> recorded(revenueId));
        if (amount.isEmpty()) {
            return Validation.invalid(List.of(Violation.of(GoalViolation.RETURN_REVENUE_UNKNOWN, path, roi.id(),
                    revenueId)));
        }
        Money cost = campaign.budget().actualTotal();
        Currency currency = revenue.get().unit().currency().orElseThrow();
        Money income = Money.of(amount.get().setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
                currency);
        return ReturnOnInvestment.of(cost, income).mapError(found -> found.map(v -> v.under("budget")));
    }

    private Optional<BigDecimal> recorded(MetricId metric) {
        for (Goal g : campaign.goals().goals()) {
            if (g.metric().equals(metric)) {
                Optional<BigDecimal> typed = campaign.goals().result(g.id()).flatMap(GoalResult::actual);
                if (typed.isPresent()) {
                    return typed;
                }
            }
        }
        return Optional.empty();
    }
}
