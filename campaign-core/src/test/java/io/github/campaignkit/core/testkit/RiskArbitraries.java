package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.risk.Band;
import io.github.campaignkit.core.risk.Cell;
import io.github.campaignkit.core.risk.Comparison;
import io.github.campaignkit.core.risk.Completion;
import io.github.campaignkit.core.risk.Evidence;
import io.github.campaignkit.core.risk.Fact;
import io.github.campaignkit.core.risk.Figure;
import io.github.campaignkit.core.risk.Fired;
import io.github.campaignkit.core.risk.Firing;
import io.github.campaignkit.core.risk.HeatMap;
import io.github.campaignkit.core.risk.Indicator;
import io.github.campaignkit.core.risk.Measure;
import io.github.campaignkit.core.risk.Rating;
import io.github.campaignkit.core.risk.RatingScale;
import io.github.campaignkit.core.risk.Reading;
import io.github.campaignkit.core.risk.Risk;
import io.github.campaignkit.core.risk.RiskAlert;
import io.github.campaignkit.core.risk.RiskCategory;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.risk.RiskId;
import io.github.campaignkit.core.risk.RiskLevel;
import io.github.campaignkit.core.risk.RiskMatrix;
import io.github.campaignkit.core.risk.RiskRegister;
import io.github.campaignkit.core.risk.RiskStatus;
import io.github.campaignkit.core.risk.RiskStatusChange;
import io.github.campaignkit.core.risk.ScaleLevel;
import io.github.campaignkit.core.risk.ScoredRisk;
import io.github.campaignkit.core.risk.ScoringModel;
import io.github.campaignkit.core.risk.Trigger;
import io.github.campaignkit.core.risk.TriggerEvaluation;
import io.github.campaignkit.core.risk.TriggerPeriod;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.TaskId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the risk package: scales, matrices (every one valid by construction: monotone
 * scores, bands that cover each cell once), triggers, readings, risks with real status histories,
 * registers, evaluations and what is derived from them. Texts mix Chinese and Latin.
 */
public final class RiskArbitraries {

    private RiskArbitraries() {
    }

    /**
     * Risk ids.
     *
     * @return the generator
     */
    public static Arbitrary<RiskId> riskIds() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(1, 20).map(i -> "R" + i)),
                Tuple.of(2, CampaignArbitraries.identifiers())).map(RiskId::of);
    }

    /**
     * Rating codes of any scale.
     *
     * @return the generator
     */
    public static Arbitrary<Rating> ratings() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(Rating.VERY_LOW, Rating.LOW, Rating.MEDIUM, Rating.HIGH, Rating.VERY_HIGH)),
                Tuple.of(1, CampaignArbitraries.identifiers().map(Rating::of)));
    }

    /**
     * Indicators, mostly the seeds' readings.
     *
     * @return the generator
     */
    public static Arbitrary<Indicator> indicators() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("降雨概率", "舆情负面指数", "设备测试异常项", "rain-probability")),
                Tuple.of(1, CampaignArbitraries.identifiers())).map(Indicator::of);
    }

    /**
     * Metric ids, mostly the seeds' metrics.
     *
     * @return the generator
     */
    public static Arbitrary<MetricId> metricIds() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("曝光量", "线索量", "转化率", "exposure", "leads")),
                Tuple.of(1, CampaignArbitraries.identifiers())).map(MetricId::of);
    }

    /**
     * Task ids.
     *
     * @return the generator
     */
    public static Arbitrary<TaskId> taskIds() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("物料印刷/采购", "高校场地对接", "T01")),
                Tuple.of(1, CampaignArbitraries.identifiers())).map(TaskId::of);
    }

    /**
     * Material keys.
     *
     * @return the generator
     */
    public static Arbitrary<String> materials() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("快闪店物料", "定制礼品", "展架")),
                Tuple.of(1, CampaignArbitraries.identifiers()));
    }

    /**
     * Decimals from −10.00 to 2,000,000 with scale 0 to 2, for thresholds, figures and readings.
     *
     * @return the generator
     */
    public static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(-1_000, 200_000_000), Arbitraries.integers().between(0, 2))
                .as(BigDecimal::valueOf);
    }

    /**
     * Single scale levels with their labels.
     *
     * @return the generator
     */
    public static Arbitrary<ScaleLevel> scaleLevels() {
        return ratingScales().flatMap(scale -> Arbitraries.of(scale.levels()));
    }

    /**
     * Rating scales: the three- and five-level scales, and scales of 1 to 6 levels of their own.
     *
     * @return the generator
     */
    public static Arbitrary<RatingScale> ratingScales() {
        Arbitrary<RatingScale> custom = Combinators.combine(Arbitraries.integers().between(1, 6),
                        CampaignArbitraries.texts().filter(t -> t.codePoints().anyMatch(c -> c >= 0x4e00)),
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8))
                .as((size, zh, en) -> {
                    List<ScaleLevel> levels = new ArrayList<>();
                    for (int i = 1; i <= size; i++) {
                        levels.add(ScaleLevel.of("L" + i, zh + i, en + " " + i));
                    }
                    return new RatingScale(levels);
                });
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(RatingScale.threeLevel())),
                Tuple.of(1, Arbitraries.just(RatingScale.fiveLevel())), Tuple.of(2, custom));
    }

    /**
     * Scoring models for a matrix of the given size; every one scores monotonically.
     *
     * @param likelihoods the number of likelihood levels
     * @param impacts     the number of impact levels
     * @return the generator
     */
    public static Arbitrary<ScoringModel> scoringModels(int likelihoods, int impacts) {
        Arbitrary<BigDecimal> weights = Combinators.combine(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 2)).as((u, s) -> BigDecimal.valueOf(u, s));
        Arbitrary<ScoringModel> weighted = Combinators.combine(weights, weights).as(ScoringModel::weighted);
        Arbitrary<ScoringModel> table = monotoneTables(likelihoods, impacts).map(t -> t);
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(ScoringModel.product())),
                Tuple.of(1, Arbitraries.just(ScoringModel.sum())), Tuple.of(1, weighted), Tuple.of(1, table));
    }

    /**
     * Score tables of any shape up to 5 × 5, monotone.
     *
     * @return the generator
     */
    public static Arbitrary<ScoringModel.Table> scoreTables() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
                .flatAs(RiskArbitraries::monotoneTables);
    }

    /**
     * Tables whose scores never fall as likelihood or impact rises: each cell is the larger of its
     * lower neighbours plus a step of 0 to 5.
     *
     * @param likelihoods the number of rows
     * @param impacts     the number of columns
     * @return the generator
     */
    public static Arbitrary<ScoringModel.Table> monotoneTables(int likelihoods, int impacts) {
        return Arbitraries.integers().between(0, 5).list().ofSize(likelihoods * impacts)
                .map(steps -> monotoneTable(likelihoods, impacts, steps));
    }

    private static ScoringModel.Table monotoneTable(int likelihoods, int impacts, List<Integer> steps) {
        BigDecimal[][] s = new BigDecimal[likelihoods][impacts];
        for (int l = 0; l < likelihoods; l++) {
            for (int i = 0; i < impacts; i++) {
                BigDecimal floor = BigDecimal.ZERO;
                if (l > 0) {
                    floor = floor.max(s[l - 1][i]);
                }
                if (i > 0) {
                    floor = floor.max(s[l][i - 1]);
                }
                s[l][i] = floor.add(BigDecimal.valueOf(steps.get((l * impacts + i) % steps.size())));
            }
        }
        return ScoringModel.tabulate(likelihoods, impacts, (l, i) -> s[l - 1][i - 1]);
    }

    /**
     * Band configurations that cover every cell of a matrix exactly once: contiguous score ranges,
     * or any assignment of cells to levels.
     *
     * @param likelihood the likelihood scale
     * @param impact     the impact scale
     * @param scoring    the scoring model
     * @return the generator
     */
    public static Arbitrary<List<Band>> bandsFor(RatingScale likelihood, RatingScale impact, ScoringModel scoring) {
        int cells = likelihood.size() * impact.size();
        Arbitrary<List<Band>> byScore = Arbitraries.integers().between(0, cells - 1).set().ofMaxSize(2)
                .map(cuts -> bandsByScore(likelihood, impact, scoring, cuts));
        Arbitrary<List<Band>> byCell = Arbitraries.of(RiskLevel.class).list().ofSize(cells)
                .map(levels -> bandsByCell(likelihood, impact, levels));
        return Arbitraries.frequencyOf(Tuple.of(2, byScore), Tuple.of(1, byCell));
    }

    /** Contiguous groups of the distinct scores, cut before the given positions, as score bands. */
    private static List<Band> bandsByScore(RatingScale likelihood, RatingScale impact, ScoringModel scoring,
                                           Set<Integer> cutSet) {
        TreeSet<BigDecimal> scores = new TreeSet<>();
        for (int l = 1; l <= likelihood.size(); l++) {
            for (int i = 1; i <= impact.size(); i++) {
                scores.add(scoring.score(Cell.of(l, i)));
            }
        }
        List<BigDecimal> distinct = new ArrayList<>(scores);
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int cut : cutSet) {
            if (cut > 0 && cut < distinct.size()) {
                starts.add(cut);
            }
        }
        List<Integer> from = new ArrayList<>(starts);
        RiskLevel[] levels = from.size() == 1 ? new RiskLevel[] {RiskLevel.MEDIUM}
                : from.size() == 2 ? new RiskLevel[] {RiskLevel.LOW, RiskLevel.HIGH} : RiskLevel.values();
        List<Band> bands = new ArrayList<>();
        for (int g = 0; g < from.size(); g++) {
            int to = g + 1 < from.size() ? from.get(g + 1) - 1 : distinct.size() - 1;
            bands.add(Band.scores(levels[g], distinct.get(from.get(g)), distinct.get(to)));
        }
        return bands;
    }

    /** Each cell at the level given for it, one cell band per level used. */
    private static List<Band> bandsByCell(RatingScale likelihood, RatingScale impact, List<RiskLevel> levels) {
        Map<RiskLevel, List<Cell>> grouped = new EnumMap<>(RiskLevel.class);
        int c = 0;
        for (int l = 1; l <= likelihood.size(); l++) {
            for (int i = 1; i <= impact.size(); i++) {
                grouped.computeIfAbsent(levels.get(c++ % levels.size()), k -> new ArrayList<>()).add(Cell.of(l, i));
            }
        }
        List<Band> bands = new ArrayList<>();
        grouped.forEach((level, in) -> bands.add(new Band.Cells(level, in)));
        return bands;
    }

    /**
     * Matrices: mostly the 3 × 3 default, also 5 × 5 and configurations of their own; all valid.
     *
     * @return the generator
     */
    public static Arbitrary<RiskMatrix> riskMatrices() {
        Arbitrary<BigDecimal> weights = Combinators.combine(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 2)).as((u, sc) -> BigDecimal.valueOf(u, sc));
        Arbitrary<RiskMatrix> custom = Combinators.combine(ratingScales(), ratingScales(),
                        Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3)),
                        Combinators.combine(weights, weights).as(Tuple::of),
                        Arbitraries.integers().between(0, 5).list().ofSize(36),
                        Arbitraries.frequency(Tuple.of(2, true), Tuple.of(1, false)),
                        Arbitraries.integers().between(0, 35).set().ofMaxSize(2),
                        Arbitraries.of(RiskLevel.class).list().ofSize(36))
                .as((l, i, model, w, steps, byScore, cuts, levels) -> {
                    ScoringModel scoring = model == 0 ? ScoringModel.product() : model == 1 ? ScoringModel.sum()
                            : model == 2 ? ScoringModel.weighted(w.get1(), w.get2())
                            : monotoneTable(l.size(), i.size(), steps);
                    List<Band> bands = byScore ? bandsByScore(l, i, scoring, cuts) : bandsByCell(l, i, levels);
                    return new RiskMatrix(l, i, scoring, bands);
                });
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(RiskMatrix.threeByThree())),
                Tuple.of(1, Arbitraries.just(RiskMatrix.fiveByFive())), Tuple.of(3, custom));
    }

    /**
     * Cells up to 6 × 6.
     *
     * @return the generator
     */
    public static Arbitrary<Cell> cells() {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 6))
                .as(Cell::of);
    }

    /**
     * Bands of both kinds.
     *
     * @return the generator
     */
    public static Arbitrary<Band> bands() {
        return riskMatrices().flatMap(m -> Arbitraries.of(m.bands()));
    }

    /**
     * Measures, some drawing on a budget line.
     *
     * @return the generator
     */
    public static Arbitrary<Measure> measures() {
        return Combinators.combine(CampaignArbitraries.texts(), CampaignArbitraries.memberIds(),
                        Arbitraries.of("应急备用金", "抖音同城投放", "定制礼品").optional())
                .as(Measure::new);
    }

    /**
     * Periods of every kind.
     *
     * @return the generator
     */
    public static Arbitrary<TriggerPeriod> periods() {
        return Arbitraries.oneOf(
                CampaignArbitraries.dates().map(TriggerPeriod::on),
                Combinators.combine(Arbitraries.of(PhaseKind.class), Arbitraries.integers().between(1, 10))
                        .as(TriggerPeriod::dayOf),
                Arbitraries.of(PhaseKind.class).map(TriggerPeriod::during),
                CampaignArbitraries.dateRanges().map(TriggerPeriod::between));
    }

    /**
     * Single conditions (no and / or).
     *
     * @return the generator
     */
    public static Arbitrary<Trigger> leafTriggers() {
        return Arbitraries.oneOf(
                Combinators.combine(metricIds(), Arbitraries.of(Figure.class), periods(), Arbitraries.of(Comparison.class),
                        decimals()).as(Trigger::metric),
                Combinators.combine(taskIds(), CampaignArbitraries.dates()).as(Trigger::taskNotDoneBy),
                Combinators.combine(materials(), CampaignArbitraries.dates()).as(Trigger::materialNotDeliveredBy),
                Combinators.combine(indicators(), periods(), Arbitraries.of(Comparison.class), decimals())
                        .as(Trigger::reading));
    }

    /**
     * Triggers: single conditions and all-of / any-of combinations up to 3 levels deep.
     *
     * @return the generator
     */
    public static Arbitrary<Trigger> triggers() {
        return Arbitraries.recursive(RiskArbitraries::leafTriggers, inner -> Arbitraries.frequencyOf(
                Tuple.of(2, inner),
                Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3).map(Trigger.AllOf::new)),
                Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3).map(Trigger.AnyOf::new))), 0, 2);
    }

    /**
     * Readings.
     *
     * @return the generator
     */
    public static Arbitrary<Reading> readings() {
        return Combinators.combine(indicators(), CampaignArbitraries.dates(), decimals(), CampaignArbitraries.instants(),
                CampaignArbitraries.texts()).as(Reading::new);
    }

    /**
     * Evidence of every kind.
     *
     * @return the generator
     */
    public static Arbitrary<Evidence> evidence() {
        Arbitrary<String> sources = CampaignArbitraries.texts();
        return Arbitraries.oneOf(
                Combinators.combine(metricIds(), Arbitraries.of(Figure.class), CampaignArbitraries.dates(), decimals(),
                        Arbitraries.of(Comparison.class), decimals(), sources).as(Evidence.MetricObserved::new),
                Combinators.combine(taskIds(), CampaignArbitraries.dates(), sources).as(Evidence.TaskNotDone::new),
                Combinators.combine(materials(), CampaignArbitraries.dates(), sources)
                        .as(Evidence.MaterialNotDelivered::new),
                Combinators.combine(indicators(), CampaignArbitraries.dates(), decimals(), Arbitraries.of(Comparison.class),
                        decimals(), CampaignArbitraries.instants(), sources).as(Evidence.ReadingRecorded::new));
    }

    /**
     * Facts about figures.
     *
     * @return the generator
     */
    public static Arbitrary<Fact<BigDecimal>> facts() {
        return Combinators.combine(decimals(), CampaignArbitraries.texts()).as(Fact::new);
    }

    /**
     * Facts about completion.
     *
     * @return the generator
     */
    public static Arbitrary<Fact<Completion>> completionFacts() {
        return Combinators.combine(Arbitraries.of(Completion.class), CampaignArbitraries.texts()).as(Fact::new);
    }

    /**
     * Status histories: walks from {@code IDENTIFIED} through allowed moves, a note on every move
     * away from {@code TRIGGERED}, evidence on some moves to it.
     *
     * @param maxChanges the most changes
     * @param mayEndTriggered whether the history may end in {@code TRIGGERED}
     * @return the generator
     */
    public static Arbitrary<List<RiskStatusChange>> histories(int maxChanges, boolean mayEndTriggered) {
        return Combinators.combine(Arbitraries.integers().between(0, 7).list().ofMaxSize(maxChanges),
                        CampaignArbitraries.instants(), CampaignArbitraries.memberIds(), CampaignArbitraries.texts(),
                        evidence().list().ofMaxSize(2))
                .as((choices, start, by, note, evidence) -> {
                    List<RiskStatusChange> changes = new ArrayList<>();
                    RiskStatus status = RiskStatus.IDENTIFIED;
                    Instant at = start;
                    for (int choice : choices) {
                        List<RiskStatus> next = new ArrayList<>(status.successors());
                        if (next.isEmpty()) {
                            break;
                        }
                        RiskStatus to = next.get(choice % next.size());
                        boolean resolving = status == RiskStatus.TRIGGERED;
                        changes.add(new RiskStatusChange(status, to, at, by,
                                resolving || choice % 2 == 0 ? Optional.of(note) : Optional.empty(),
                                to == RiskStatus.TRIGGERED ? evidence : List.of()));
                        status = to;
                        at = at.plusSeconds(3_600L * (choice + 1));
                    }
                    if (!mayEndTriggered && status == RiskStatus.TRIGGERED) {
                        changes.add(new RiskStatusChange(status, RiskStatus.MITIGATED, at, by, Optional.of(note),
                                List.of()));
                    }
                    return changes;
                });
    }

    /**
     * Status changes.
     *
     * @return the generator
     */
    public static Arbitrary<RiskStatusChange> riskStatusChanges() {
        return histories(5, true).filter(h -> !h.isEmpty()).flatMap(h -> Arbitraries.of(h));
    }

    /** A risk without its matrix: ratings are indices into whatever scales the register has. */
    private record Draft(String scenario, RiskCategory category, int likelihood, int impact, List<Measure> measures,
                         Optional<MemberId> owner, Optional<Trigger> trigger, Optional<java.time.LocalDate> reviewOn,
                         List<RiskStatusChange> changes) {

        Risk on(RiskMatrix matrix, RiskId id) {
            Rating l = matrix.likelihood().levels().get(likelihood % matrix.likelihood().size()).rating();
            Rating i = matrix.impact().levels().get(impact % matrix.impact().size()).rating();
            return new Risk(id, scenario, category, l, i, measures, owner, trigger, reviewOn, changes);
        }
    }

    private static Arbitrary<Draft> drafts(boolean mayEndTriggered) {
        Arbitrary<net.jqwik.api.Tuple.Tuple4<String, RiskCategory, Integer, Integer>> head = Combinators.combine(
                CampaignArbitraries.texts(), Arbitraries.of(RiskCategory.class), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 5)).as(Tuple::of);
        Arbitrary<net.jqwik.api.Tuple.Tuple4<List<Measure>, Optional<MemberId>, Optional<Trigger>,
                Optional<java.time.LocalDate>>> tail = Combinators.combine(measures().list().ofMaxSize(3),
                CampaignArbitraries.memberIds().optional(), triggers().optional(),
                CampaignArbitraries.dates().optional()).as(Tuple::of);
        return Combinators.combine(head, tail, histories(4, mayEndTriggered)).as((h, t, changes) -> new Draft(
                h.get1(), h.get2(), h.get3(), h.get4(), t.get1(), t.get2(), t.get3(), t.get4(), changes));
    }

    /**
     * Risks of any register, rated on a generated matrix, with real histories.
     *
     * @return the generator
     */
    public static Arbitrary<Risk> risks() {
        return Combinators.combine(riskMatrices(), riskIds(), drafts(true)).as((m, id, d) -> d.on(m, id));
    }

    /**
     * Registers of 0 to 5 risks in every status, with readings.
     *
     * @return the generator
     */
    public static Arbitrary<RiskRegister> riskRegisters() {
        return registers(true, 5, 4);
    }

    /**
     * Registers a campaign can move through every gate with: no risk left triggered, every high
     * risk with an owner, a measure and a trigger. Smaller than {@link #riskRegisters()} (up to 3
     * risks and 2 readings), since every generated campaign carries one.
     *
     * @return the generator
     */
    public static Arbitrary<RiskRegister> plannedRegisters() {
        return registers(false, 3, 2).map(RiskArbitraries::completeHighRisks);
    }

    private static RiskRegister completeHighRisks(RiskRegister register) {
        RiskRegister done = register;
        for (Risk risk : register.entries()) {
            if (register.levelOf(risk).filter(l -> l == RiskLevel.HIGH).isPresent()) {
                Risk complete = risk;
                if (risk.owner().isEmpty()) {
                    complete = complete.withOwner(MemberId.of("owner-" + risk.id().value().length()));
                }
                if (risk.measures().isEmpty()) {
                    complete = complete.withMeasures(List.of(Measure.of("启动应急预案", complete.owner().orElseThrow())));
                }
                if (risk.trigger().isEmpty()) {
                    complete = complete.withTrigger(Trigger.reading(Indicator.of("降雨概率"),
                            TriggerPeriod.during(PhaseKind.BURST), Comparison.AT_LEAST, BigDecimal.valueOf(60)));
                }
                done = done.with(complete);
            }
        }
        return done;
    }

    private static Arbitrary<RiskRegister> registers(boolean mayEndTriggered, int maxRisks, int maxReadings) {
        Arbitrary<List<net.jqwik.api.Tuple.Tuple2<RiskId, Draft>>> entries = Combinators.combine(riskIds(),
                drafts(mayEndTriggered)).as(Tuple::of).list().ofMaxSize(maxRisks)
                .uniqueElements(net.jqwik.api.Tuple.Tuple2::get1);
        return Combinators.combine(riskMatrices(), entries, readings().list().ofMaxSize(maxReadings))
                .as((matrix, drafts, readings) -> {
                    List<Risk> risks = new ArrayList<>();
                    for (net.jqwik.api.Tuple.Tuple2<RiskId, Draft> d : drafts) {
                        risks.add(d.get2().on(matrix, d.get1()));
                    }
                    return new RiskRegister(risks, matrix, readings);
                });
    }

    /**
     * Firings.
     *
     * @return the generator
     */
    public static Arbitrary<Firing> firings() {
        return Combinators.combine(riskIds(), evidence().list().ofMinSize(1).ofMaxSize(3)).as(Firing::new);
    }

    /**
     * Evaluations with firings of distinct risks and some violations.
     *
     * @return the generator
     */
    public static Arbitrary<TriggerEvaluation> evaluations() {
        return Combinators.combine(CampaignArbitraries.instants(), firings().list().ofMaxSize(3)
                                .uniqueElements(Firing::risk),
                        CampaignArbitraries.violations().list().ofMaxSize(2))
                .as((at, firings, violations) -> new TriggerEvaluation(at, at.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        firings, io.vavr.collection.List.ofAll(violations)));
    }

    /**
     * Alerts.
     *
     * @return the generator
     */
    public static Arbitrary<RiskAlert> alerts() {
        return Combinators.combine(riskIds(), CampaignArbitraries.texts(), Arbitraries.of(RiskCategory.class),
                        Arbitraries.of(RiskLevel.class).optional(), CampaignArbitraries.memberIds().optional(),
                        measures().list().ofMaxSize(3), CampaignArbitraries.instants(), evidence().list().ofMaxSize(2))
                .as(RiskAlert::new);
    }

    /**
     * Results of firing: a register and alerts.
     *
     * @return the generator
     */
    public static Arbitrary<Fired> fireds() {
        return Combinators.combine(riskRegisters(), alerts().list().ofMaxSize(2)).as(Fired::new);
    }

    /**
     * Scored risks, from registers.
     *
     * @return the generator
     */
    public static Arbitrary<ScoredRisk> scoredRisks() {
        return riskRegisters().map(RiskRegister::scored).filter(s -> !s.isEmpty()).flatMap(Arbitraries::of);
    }

    /**
     * Heat maps, from registers.
     *
     * @return the generator
     */
    public static Arbitrary<HeatMap> heatMaps() {
        return riskRegisters().map(RiskRegister::heatMap);
    }

    /**
     * The lifecycle's risk commands against a planned campaign.
     *
     * @return the generator
     */
    public static Arbitrary<CampaignCommand> riskCommands() {
        return Combinators.combine(CampaignArbitraries.memberIds(), Arbitraries.longs().between(0, 9).optional(),
                        riskRegisters(), evaluations(), riskIds(), Arbitraries.of(RiskStatus.class),
                        CampaignArbitraries.texts().optional())
                .flatAs((actor, revision, register, evaluation, risk, status, note) -> Arbitraries.of(
                        new CampaignCommand(actor, revision, new RiskChange.ReviseRisks(register)),
                        new CampaignCommand(actor, revision, RiskChange.FireRisks.of(evaluation)),
                        new CampaignCommand(actor, revision, new RiskChange.ChangeRiskStatus(risk, status, note))));
    }
}
