package io.github.campaignkit.core.kpi;

import io.github.campaignkit.core.goal.Aggregation;
import io.github.campaignkit.core.goal.Direction;
import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.goal.Rate;
import io.github.campaignkit.core.goal.Target;
import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.internal.Fraction;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The KPI dashboard of a day (数据监控看板): one {@linkplain DashboardRow row} per
 * {@link KpiTarget line}, with what the observations add up to, the achievement rate, the pace,
 * the alert status with its reasons, the analysis of today's alert and the late data.
 *
 * <p>A dashboard is a pure function of the observations, the lines, the alert policy, the
 * campaign's window and phases, and the day: it does not depend on the order the observations
 * arrive in, and the dashboard of all channels equals the one computed from the
 * {@linkplain KpiTotals#merge merged} totals of each channel. Rates are computed from the summed
 * numerator and denominator, never averaged.
 *
 * <p>Each percentage (achievement, pace, a rate's value) is computed once at the metric's
 * {@linkplain Metric#rateScale() rate scale}, half up; the alert rules read those displayed
 * figures, so a reader can check every status by hand.
 *
 * @param asOf     the day
 * @param rows     one row per line that names a metric of the catalogue, in the order of the lines
 * @param findings what the dashboard could not count or compute: observations left out or
 *                 duplicated (without paths, see {@link KpiTotals}), lines it cannot evaluate
 *                 ({@code targets[i]}), and late data ({@link KpiViolation#DATA_LATE})
 */
@Value.Builder
public record Dashboard(LocalDate asOf, List<DashboardRow> rows, List<Violation> findings) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null, naming it
     */
    public Dashboard {
        Objects.requireNonNull(asOf, "asOf");
        rows = Checks.list(rows, "rows");
        findings = Checks.list(findings, "findings");
    }

    /**
     * A builder for a dashboard.
     *
     * @return a new builder
     */
    public static DashboardBuilder builder() {
        return new DashboardBuilder();
    }

    /**
     * Computes the dashboard from totals.
     *
     * @param totals the totals of the observations, taken on the dashboard's day
     * @param kpi    the lines, cadences, alert policy and acknowledgements (its observations are not
     *               read: they are in the totals)
     * @param window the campaign's window, the period of a line without its own
     * @param phases the campaign's phases, for a phase-weighted pace
     * @return the dashboard
     */
    public static Dashboard of(KpiTotals totals, KpiTracking kpi, DateRange window, List<Phase> phases) {
        return of(totals, kpi, window, phases, WorkingCalendar.everyDay());
    }

    /**
     * Computes the dashboard from totals, on a working calendar: an observation a weekly or monthly
     * cadence expects on a day off is late only once the next working day has passed
     * ({@link Cadence#dueBy}).
     *
     * @param totals   the totals of the observations, taken on the dashboard's day
     * @param kpi      the lines, cadences, alert policy and acknowledgements
     * @param window   the campaign's window, the period of a line without its own
     * @param phases   the campaign's phases, for a phase-weighted pace
     * @param calendar the campaign's working calendar
     * @return the dashboard
     */
    public static Dashboard of(KpiTotals totals, KpiTracking kpi, DateRange window, List<Phase> phases,
                               WorkingCalendar calendar) {
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(phases, "phases");
        Objects.requireNonNull(calendar, "calendar");
        return new Evaluator(totals, kpi, window, phases, calendar).run();
    }

    /**
     * The row of a metric through a channel.
     *
     * @param metric  the metric
     * @param channel the channel, empty for the all-channel row
     * @return the first such row
     */
    public Optional<DashboardRow> row(MetricId metric, Optional<Channel> channel) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(channel, "channel");
        return rows.stream().filter(r -> r.metric().equals(metric) && r.channel().equals(channel)).findFirst();
    }

    /**
     * The rows whose status is not normal.
     *
     * @return the alerting rows, in order
     */
    public List<DashboardRow> alerting() {
        return rows.stream().filter(r -> r.status() != AlertStatus.NORMAL)
                .collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    /** One evaluation: the state shared by the rows. */
    private static final class Evaluator {
        private final KpiTotals totals;
        private final KpiTracking kpi;
        private final DateRange window;
        private final List<Phase> phases;
        private final WorkingCalendar calendar;
        private final LocalDate asOf;
        private final Map<MetricId, Cadence> cadences = new HashMap<>();
        private final List<Violation> findings = new ArrayList<>();

        Evaluator(KpiTotals totals, KpiTracking kpi, DateRange window, List<Phase> phases, WorkingCalendar calendar) {
            this.totals = totals;
            this.calendar = calendar;
            this.kpi = kpi;
            this.window = window;
            this.phases = List.copyOf(phases);
            this.asOf = totals.asOf();
            for (MetricCadence c : kpi.cadences()) {
                cadences.putIfAbsent(c.metric(), c.cadence());
            }
        }

        Dashboard run() {
            findings.addAll(totals.findings());
            List<DashboardRow> rows = new ArrayList<>();
            List<Violation> late = new ArrayList<>();
            for (int i = 0; i < kpi.targets().size(); i++) {
                KpiTarget line = kpi.targets().get(i);
                String path = RulePaths.indexed("targets", i);
                Optional<Metric> metric = totals.metric(line.metric());
                if (metric.isEmpty()) {
                    findings.add(Violation.of(KpiViolation.TARGET_UNKNOWN_METRIC, path + ".metric",
                            line.metric()));
                    continue;
                }
                DashboardRow row = row(line, metric.get(), path);
                rows.add(row);
                if (!row.lateDates().isEmpty()) {
                    late.add(Violation.of(KpiViolation.DATA_LATE, path, row.metricName(), channelArgument(line),
                            row.lateDates().size(), row.lateDates().get(0).toString()));
                }
            }
            findings.addAll(late);
            return new Dashboard(asOf, rows, findings);
        }

        private DashboardRow row(KpiTarget line, Metric metric, String path) {
            Aggregation aggregation = metric.aggregation();
            int scale = metric.rateScale();
            Target target = line.target();
            Direction direction = target.direction(metric.direction());
            Optional<BigDecimal> level = level(line, metric, path);
            DateRange period = line.period().orElse(window);
            Fraction exactPace = aggregation == Aggregation.SUM
                    ? PaceShares.share(kpi.alerting().pace(), period, phases, asOf)
                    : Fraction.of(BigDecimal.valueOf(asOf.isBefore(period.start()) ? 0 : 100));
            Optional<BigDecimal> today;
            Optional<BigDecimal> cumulative;
            // Exact figures: alerts compare them with their limits; the row shows them rounded.
            Fraction exactAchievement = null;
            Fraction exactValue = null;
            int valueScale = scale;
            switch (aggregation) {
                case SUM: {
                    BigDecimal sum = totals.sum(metric.id(), line.channel());
                    today = totals.today(metric.id(), line.channel());
                    cumulative = totals.cumulative(metric.id(), line.channel());
                    if (level.isPresent()) {
                        exactAchievement = Fraction.percent(sum, level.get());
                    }
                    break;
                }
                case RATE: {
                    Rate rate = metric.rate().orElseThrow();
                    BigDecimal factor = KpiTotals.rateFactor(metric);
                    valueScale = KpiTotals.rateValueScale(metric);
                    int shown = valueScale;
                    BigDecimal num = totals.sum(rate.numerator(), line.channel());
                    BigDecimal den = totals.sum(rate.denominator(), line.channel());
                    Optional<BigDecimal> numToday = totals.today(rate.numerator(), line.channel());
                    Optional<BigDecimal> denToday = totals.today(rate.denominator(), line.channel());
                    exactValue = den.signum() == 0 ? null : Fraction.of(num.multiply(factor), den);
                    cumulative = totals.cumulative(metric.id(), line.channel());
                    today = denToday.flatMap(d -> quotient(numToday.orElse(BigDecimal.ZERO).multiply(factor), d,
                            shown));
                    if (level.isPresent() && den.signum() > 0) {
                        BigDecimal scaledNum = num.multiply(factor);
                        BigDecimal scaledLevel = den.multiply(level.get());
                        exactAchievement = direction == Direction.HIGHER_IS_BETTER
                                ? Fraction.percent(scaledNum, scaledLevel)
                                : scaledNum.signum() > 0 ? Fraction.percent(scaledLevel, scaledNum) : null;
                    }
                    break;
                }
                default: {
                    if (line.channel().isEmpty()) {
                        findings.add(Violation.of(KpiViolation.TARGET_NOT_ADDITIVE, path + ".channel",
                                metric.id(), metric.unit().kind()));
                        today = Optional.empty();
                        cumulative = Optional.empty();
                    } else {
                        today = totals.today(metric.id(), line.channel());
                        cumulative = totals.cumulative(metric.id(), line.channel());
                    }
                    if (level.isPresent() && cumulative.isPresent() && level.get().signum() > 0) {
                        BigDecimal actual = cumulative.get();
                        exactAchievement = direction == Direction.HIGHER_IS_BETTER ? Fraction.percent(actual, level.get())
                                : actual.signum() > 0 ? Fraction.percent(level.get(), actual) : null;
                    }
                }
            }
            Alerting.Facts facts = new Alerting.Facts(path, metric.name(), channelArgument(line), aggregation, direction,
                    exactAchievement, exactPace, aggregation == Aggregation.RATE ? exactValue : null, scale, valueScale);
            Optional<BigDecimal> achievement = Optional.ofNullable(facts.achievement);
            BigDecimal pace = facts.pace;
            AlertStatus status = AlertStatus.NORMAL;
            // Most severe rule first, then in the policy's order: the row's first reason is the one it shows.
            List<Violation> reasons = new ArrayList<>();
            for (AlertStatus severity : List.of(AlertStatus.CRITICAL, AlertStatus.WARNING)) {
                for (AlertRule rule : kpi.alerting().rules()) {
                    if (rule.raises() != severity || !rule.appliesTo(metric.id())) {
                        continue;
                    }
                    List<Violation> fired = Alerting.fire(rule.condition(), facts);
                    if (!fired.isEmpty()) {
                        status = status.max(rule.raises());
                        reasons.addAll(fired);
                    }
                }
            }
            return DashboardRow.builder()
                    .metric(metric.id())
                    .metricName(metric.name())
                    .channel(line.channel())
                    .unit(metric.unit())
                    .today(today)
                    .cumulative(cumulative)
                    .target(target)
                    .achievement(achievement)
                    .pace(pace)
                    .status(status)
                    .reasons(reasons)
                    .analysis(analysis(line))
                    .owner(line.owner())
                    .lateDates(lateDates(metric, line.channel(), period))
                    .build();
        }

        private Optional<BigDecimal> level(KpiTarget line, Metric metric, String path) {
            Target target = line.target();
            if (target instanceof Target.Between
                    && ((Target.Between) target).min().compareTo(((Target.Between) target).max()) > 0) {
                findings.add(Violation.of(KpiViolation.TARGET_RANGE_INVERTED, path + ".target", metric.id(),
                        ((Target.Between) target).min(), ((Target.Between) target).max()));
            }
            Optional<BigDecimal> level = target.level(metric.direction(), Optional.empty());
            if (level.isEmpty()) {
                findings.add(Violation.of(KpiViolation.TARGET_NO_LEVEL, path + ".target", metric.id()));
                return level;
            }
            if (level.get().signum() <= 0) {
                findings.add(Violation.of(KpiViolation.TARGET_ZERO, path + ".target", metric.id(), level.get()));
                return Optional.empty();
            }
            return level;
        }

        private static Optional<BigDecimal> quotient(BigDecimal numerator, BigDecimal denominator, int scale) {
            return denominator.signum() == 0 ? Optional.empty()
                    : Optional.of(numerator.divide(denominator, scale, RoundingMode.HALF_UP));
        }

        private Optional<String> analysis(KpiTarget line) {
            return kpi.acknowledgements().stream()
                    .filter(a -> a.metric().equals(line.metric()) && a.channel().equals(line.channel())
                            && a.date().equals(asOf))
                    .max(Comparator.comparing(Acknowledgement::at))
                    .map(Acknowledgement::analysis);
        }

        private List<LocalDate> lateDates(Metric metric, Optional<Channel> channel, DateRange period) {
            if (metric.aggregation() == Aggregation.RATE) {
                TreeSet<LocalDate> both = new TreeSet<>(late(metric.rate().get().numerator(), channel, period));
                both.addAll(late(metric.rate().get().denominator(), channel, period));
                return List.copyOf(both);
            }
            return late(metric.id(), channel, period);
        }

        private List<LocalDate> late(MetricId metric, Optional<Channel> channel, DateRange period) {
            Cadence cadence = cadences.get(metric);
            LocalDate last = asOf.minusDays(1);
            if (last.isAfter(period.end())) {
                last = period.end();
            }
            if (cadence == null || last.isBefore(period.start())) {
                return List.of();
            }
            DaySet days = totals.days(metric, channel);
            List<LocalDate> missing = new ArrayList<>();
            if (cadence instanceof Cadence.Daily) {
                for (long d : days.missing(period.start().toEpochDay(), last.toEpochDay())) {
                    missing.add(LocalDate.ofEpochDay(d));
                }
                return missing;
            }
            // An expected day is late once its due day has passed with nothing observed from the
            // expected day to the due day.
            for (LocalDate day = period.start(); !day.isAfter(period.end()) && day.isBefore(asOf); day = day.plusDays(1)) {
                if (!cadence.expects(day)) {
                    continue;
                }
                LocalDate due = cadence.dueBy(day, calendar);
                if (due.isBefore(asOf) && days.missing(day.toEpochDay(), due.toEpochDay()).length
                        == due.toEpochDay() - day.toEpochDay() + 1) {
                    missing.add(day);
                }
            }
            return missing;
        }

        private static Object channelArgument(KpiTarget line) {
            return line.channel().<Object>map(Channel::name).orElse(AllChannels.ALL);
        }
    }
}
