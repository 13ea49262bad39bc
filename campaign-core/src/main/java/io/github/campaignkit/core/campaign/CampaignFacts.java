package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.goal.Metric;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.internal.Percentages;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.risk.Completion;
import io.github.campaignkit.core.risk.Fact;
import io.github.campaignkit.core.risk.Figure;
import io.github.campaignkit.core.risk.TriggerFacts;
import io.github.campaignkit.core.rule.RulePaths;
import io.github.campaignkit.core.schedule.TaskProgress;
import io.github.campaignkit.core.supply.Delivery;
import io.github.campaignkit.core.supply.Material;
import io.github.campaignkit.core.team.Task;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.TaskStatusChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's own records as a risk register's {@link TriggerFacts}, so that a risk's trigger
 * (启动条件) fires from what the campaign recorded: its KPI observations, the task board's status
 * history, the schedule's progress and the supply plan's material deliveries.
 *
 * <ul>
 * <li><b>Metrics</b> are those of the goal sheet's catalogue. A metric's {@link Figure#DAILY daily}
 * figure is the sum of the day's observations over every channel, its {@link Figure#CUMULATIVE
 * cumulative} figure the sum up to and including the day (as the dashboard's 今日数据 and 累计数据);
 * a rate metric's figure is its numerator over its denominator × 100, computed once at the
 * metric's rate scale. A day with no observation of the metric (or of either side of a rate, or a
 * zero denominator) has no figure: a trigger on it does not fire.</li>
 * <li><b>Tasks</b> are those of the task board and of the schedule. A board task is
 * {@link Completion#DONE} as of a day when its status at the end of that day (its last recorded
 * change on or before the day, read in the given zone) is {@link TaskStatus#DONE}, and
 * {@link Completion#NOT_DONE} otherwise  (a task closed without being done is not done; a task with no recorded change has its
 * current status on every day). A task
 * only in the schedule is done as of its recorded actual finish, not done when its progress is
 * recorded without one, and unknown in state when no progress is recorded.</li>
 * <li><b>Materials</b> are those of the supply plan's 物料清单, a trigger's material key being the
 * material's {@linkplain io.github.campaignkit.core.supply.MaterialId id} ({@code M3}, not its name).
 * A material has arrived ({@link Completion#DONE}) as of a day when its delivery's actual date is on
 * or before that day, and has not ({@link Completion#NOT_DONE}) otherwise: delivered later, only
 * promised, or with no delivery promised at all (the supply plan is the record of what arrived, and
 * it says this material had not). A feed of the application's own completes them with
 * {@link #or(TriggerFacts)}.</li>
 * </ul>
 *
 * <p>The facts are read from the campaign value given; they never read a clock, and the same
 * question always gets the same answer. Sources name the records: {@code kpi.observations (抖音后台)},
 * {@code board.tasks[3].history[1]}, {@code schedule.progress[2]}, {@code supply.materials[2].delivery}.
 */
public final class CampaignFacts implements TriggerFacts {

    private final Campaign campaign;
    private final ZoneId zone;

    private CampaignFacts(Campaign campaign, ZoneId zone) {
        this.campaign = campaign;
        this.zone = zone;
    }

    /**
     * The facts of a campaign, task status changes read as days in the given zone.
     *
     * @param campaign the campaign
     * @param zone     the zone the campaign works in (seed 004: Asia/Shanghai)
     * @return the facts
     */
    public static CampaignFacts of(Campaign campaign, ZoneId zone) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(zone, "zone");
        return new CampaignFacts(campaign, zone);
    }

    /**
     * Evaluates the campaign's risk register against its own records: {@link
     * io.github.campaignkit.core.risk.RiskRegister#evaluate} with the profile's phases and these
     * facts (completed by {@code extra}, for feeds the campaign does not record).
     *
     * @param campaign the campaign
     * @param zone     the zone the campaign works in
     * @param extra    further facts, {@link TriggerFacts#none()} for none
     * @param clock    the clock that says when it is; the day is read from it in the campaign's
     *                 zone, not the clock's, as everywhere else in the campaign
     * @return the risks that fire, with their evidence, the triggers that name unknown data and those
     *         whose metric has no figure for a day they look at
     */
    public static io.github.campaignkit.core.risk.TriggerEvaluation evaluateRisks(Campaign campaign, ZoneId zone,
                                                                          TriggerFacts extra, Clock clock) {
        Objects.requireNonNull(extra, "extra");
        Objects.requireNonNull(clock, "clock");
        io.github.campaignkit.core.risk.TriggerEvaluation evaluation = campaign.risks().evaluate(campaign.profile().phases(),
                of(campaign, zone).or(extra), clock.withZone(zone));
        return new io.github.campaignkit.core.risk.TriggerEvaluation(evaluation.at(), evaluation.day(), evaluation.firings(),
                Names.named(evaluation.violations(), campaign));
    }

    @Override
    public boolean knowsMetric(MetricId metric) {
        Objects.requireNonNull(metric, "metric");
        return campaign.goals().metric(metric).isPresent();
    }

    @Override
    public boolean knowsTask(TaskId task) {
        Objects.requireNonNull(task, "task");
        return boardTask(task) >= 0 || campaign.schedule().tasks().stream().anyMatch(t -> t.id().equals(task));
    }

    @Override
    public boolean knowsMaterial(String material) {
        Objects.requireNonNull(material, "material");
        return supplyMaterial(material) >= 0;
    }

    @Override
    public Optional<Fact<BigDecimal>> metric(MetricId metric, Figure figure, LocalDate day) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(day, "day");
        Optional<Metric> known = campaign.goals().metric(metric);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        if (known.get().rate().isEmpty()) {
            return sum(metric, figure, day);
        }
        Optional<Fact<BigDecimal>> top = sum(known.get().rate().get().numerator(), figure, day);
        Optional<Fact<BigDecimal>> bottom = sum(known.get().rate().get().denominator(), figure, day);
        if (top.isEmpty() || bottom.isEmpty() || bottom.get().value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal rate = Percentages.of(top.get().value(), bottom.get().value(), known.get().rateScale());
        return Optional.of(Fact.of(rate, top.get().source() + " / " + bottom.get().source()));
    }

    private Optional<Fact<BigDecimal>> sum(MetricId metric, Figure figure, LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        Set<String> sources = new LinkedHashSet<>();
        boolean any = false;
        for (Observation o : campaign.kpi().observations()) {
            boolean counts = figure == Figure.DAILY ? o.date().equals(day) : !o.date().isAfter(day);
            if (o.metric().equals(metric) && counts) {
                total = total.add(o.value());
                sources.add(o.source());
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(Fact.of(total, "kpi.observations " + metric.value() + " "
                + (figure == Figure.DAILY ? day : "…" + day) + " (" + String.join("、", sources) + ")"));
    }

    @Override
    public Optional<Fact<Completion>> task(TaskId task, LocalDate asOf) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(asOf, "asOf");
        int index = boardTask(task);
        if (index >= 0) {
            return Optional.of(boardState(campaign.board().tasks().get(index), index, asOf));
        }
        List<TaskProgress> progress = campaign.schedule().progress();
        for (int i = 0; i < progress.size(); i++) {
            TaskProgress p = progress.get(i);
            if (p.task().equals(task)) {
                boolean done = p.actualFinish().filter(finish -> !finish.isAfter(asOf)).isPresent();
                return Optional.of(Fact.of(done ? Completion.DONE : Completion.NOT_DONE,
                        RulePaths.indexed("schedule.progress", i)));
            }
        }
        return Optional.empty();
    }

    private Fact<Completion> boardState(Task task, int index, LocalDate asOf) {
        List<TaskStatusChange> history = task.history();
        TaskStatus status = history.isEmpty() ? task.status() : history.get(0).from();
        String source = RulePaths.indexed("board.tasks", index);
        for (int j = 0; j < history.size(); j++) {
            TaskStatusChange change = history.get(j);
            if (LocalDate.ofInstant(change.at(), zone).isAfter(asOf)) {
                break;
            }
            status = change.to();
            source = RulePaths.indexed(RulePaths.indexed("board.tasks", index) + ".history", j);
        }
        return Fact.of(status == TaskStatus.DONE ? Completion.DONE : Completion.NOT_DONE, source);
    }

    @Override
    public Optional<Fact<Completion>> material(String material, LocalDate asOf) {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(asOf, "asOf");
        int index = supplyMaterial(material);
        if (index < 0) {
            return Optional.empty();
        }
        String path = RulePaths.indexed("supply.materials", index);
        Optional<Delivery> delivery = campaign.supply().materials().get(index).delivery();
        if (delivery.isEmpty()) {
            return Optional.of(Fact.of(Completion.NOT_DONE, path));
        }
        boolean arrived = delivery.get().actual().filter(day -> !day.isAfter(asOf)).isPresent();
        return Optional.of(Fact.of(arrived ? Completion.DONE : Completion.NOT_DONE,
                path + (arrived ? ".delivery.actual" : ".delivery")));
    }

    private int supplyMaterial(String key) {
        List<Material> materials = campaign.supply().materials();
        for (int i = 0; i < materials.size(); i++) {
            if (materials.get(i).id().value().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private int boardTask(TaskId task) {
        List<Task> tasks = campaign.board().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id().equals(task)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "CampaignFacts[" + campaign.id() + ", " + zone + "]";
    }
}
