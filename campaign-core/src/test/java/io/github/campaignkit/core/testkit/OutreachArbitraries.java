package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.goal.Goal;
import io.github.campaignkit.core.goal.GoalSheet;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.outreach.ChannelKind;
import io.github.campaignkit.core.outreach.ChannelRow;
import io.github.campaignkit.core.outreach.CreativeItem;
import io.github.campaignkit.core.outreach.CreativeModule;
import io.github.campaignkit.core.outreach.OutreachPlan;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the outreach package. {@link #plansFor} gives plans that pass the outreach rules
 * for a campaign's goals, window, phases and preparation.
 */
public final class OutreachArbitraries {

    private static final String[] FORMS = {"联合直播", "短视频", "社群裂变", "门店联动体验", "信息流广告", "海报", "H5"};

    private OutreachArbitraries() {
    }

    /**
     * Channels from the seeds' names.
     *
     * @return the generator
     */
    public static Arbitrary<Channel> channels() {
        return Arbitraries.of("抖音", "微博", "社群", "合作方门店", "信息流", "SEM", "线下快闪店").map(Channel::of);
    }

    /**
     * Rows of any content, metrics and timing.
     *
     * @return the generator
     */
    public static Arbitrary<ChannelRow> channelRows() {
        return Combinators.combine(channels(), Arbitraries.of(ChannelKind.class), Arbitraries.of(FORMS),
                        Arbitraries.of(PhaseKind.class), CampaignArbitraries.dateRanges().optional(),
                        CampaignArbitraries.memberIds(), GoalArbitraries.metricIds().list().ofMaxSize(3))
                .as(ChannelRow::new);
    }

    /**
     * Creative items of any module, dated or not.
     *
     * @return the generator
     */
    public static Arbitrary<CreativeItem> creativeItems() {
        return Combinators.combine(Arbitraries.of(CreativeModule.class), CampaignArbitraries.texts(),
                        CampaignArbitraries.texts(), CampaignArbitraries.texts().optional(),
                        CampaignArbitraries.memberIds(), CampaignArbitraries.dates().optional())
                .as(CreativeItem::new);
    }

    /**
     * Plans of any rows and items (not necessarily passing the rules).
     *
     * @return the generator
     */
    public static Arbitrary<OutreachPlan> plans() {
        return Combinators.combine(channelRows().list().ofMaxSize(5), creativeItems().list().ofMaxSize(5))
                .as(OutreachPlan::new);
    }

    /**
     * Plans that pass {@link io.github.campaignkit.core.outreach.OutreachRules#matrix} and {@link
     * io.github.campaignkit.core.outreach.OutreachRules#creative} without an error: one row per goal
     * serving its metric (and sometimes others of the catalogue), running inside its phase when the
     * campaign plans it (inside the window otherwise), plus creative items due in the days before
     * the window opens, not before preparation starts. Without goals the matrix is empty.
     *
     * @param goals            the goal sheet
     * @param window           the campaign window
     * @param phases           the campaign's phases
     * @param preparationStart the first day of preparation, if known
     * @return the generator
     */
    public static Arbitrary<OutreachPlan> plansFor(GoalSheet goals, DateRange window, List<Phase> phases,
                                                   Optional<LocalDate> preparationStart) {
        List<MetricId> catalogue = new ArrayList<>();
        goals.metrics().forEach(m -> catalogue.add(m.id()));
        List<Arbitrary<ChannelRow>> rows = new ArrayList<>();
        for (Goal goal : goals.goals()) {
            rows.add(rowServing(goal.metric(), catalogue, window, phases));
        }
        Arbitrary<List<ChannelRow>> matrix = rows.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(rows).as(list -> list);
        LocalDate opening = window.start();
        Optional<LocalDate> first = preparationStart.filter(d -> d.isBefore(opening));
        Arbitrary<LocalDate> dues = Arbitraries.integers().between(1, 10).map(k -> {
            LocalDate due = opening.minusDays(k);
            return first.isPresent() && due.isBefore(first.get()) ? first.get() : due;
        });
        Arbitrary<CreativeItem> item = Combinators.combine(Arbitraries.of(CreativeModule.class),
                        CampaignArbitraries.texts(), CampaignArbitraries.texts(), CampaignArbitraries.texts().optional(),
                        CampaignArbitraries.memberIds(), dues)
                .as((module, point, content, alternative, owner, due) -> new CreativeItem(module, point, content,
                        alternative, owner, Optional.of(due)));
        return Combinators.combine(matrix, item.list().ofMaxSize(5)).as(OutreachPlan::new);
    }

    private static Arbitrary<ChannelRow> rowServing(MetricId metric, List<MetricId> catalogue, DateRange window,
                                                    List<Phase> phases) {
        Arbitrary<Phase> phase = phases.isEmpty() ? Arbitraries.of(PhaseKind.class).map(k -> Phase.of(k, window))
                : Arbitraries.of(phases);
        return Combinators.combine(channels(), Arbitraries.of(ChannelKind.class), Arbitraries.of(FORMS), phase,
                        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                        CampaignArbitraries.memberIds(), Arbitraries.of(catalogue).list().ofMaxSize(2))
                .as((channel, kind, form, p, a, b, owner, more) -> {
                    long days = p.range().days();
                    long from = Math.min(a, b) % days;
                    long to = Math.max(from, Math.max(a, b) % days);
                    Set<MetricId> metrics = new LinkedHashSet<>();
                    metrics.add(metric);
                    metrics.addAll(more);
                    return new ChannelRow(channel, kind, form, p.kind(), Optional.of(DateRange.of(
                            p.range().start().plusDays(from), p.range().start().plusDays(to))), owner,
                            new ArrayList<>(metrics));
                });
    }
}
