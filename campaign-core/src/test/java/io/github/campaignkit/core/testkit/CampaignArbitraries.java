package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.budget.Budget;
import io.github.campaignkit.core.budget.BudgetChange;
import io.github.campaignkit.core.budget.BudgetLine;
import io.github.campaignkit.core.budget.BudgetPlan;
import io.github.campaignkit.core.budget.SpendEntry;
import io.github.campaignkit.core.campaign.Accepted;
import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.ProfileChange;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.campaign.Transition;
import io.github.campaignkit.core.event.EventChange;
import io.github.campaignkit.core.goal.GoalChange;
import io.github.campaignkit.core.goal.MetricId;
import io.github.campaignkit.core.kpi.Channel;
import io.github.campaignkit.core.kpi.KpiChange;
import io.github.campaignkit.core.kpi.Observation;
import io.github.campaignkit.core.outreach.OutreachChange;
import io.github.campaignkit.core.partner.PartnerChange;
import io.github.campaignkit.core.review.ReviewChange;
import io.github.campaignkit.core.risk.RiskChange;
import io.github.campaignkit.core.rule.Change;
import io.github.campaignkit.core.rule.NamedId;
import io.github.campaignkit.core.rule.Refusal;
import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.schedule.ScheduleChange;
import io.github.campaignkit.core.supply.SupplyChange;
import io.github.campaignkit.core.team.BoardChange;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import io.github.campaignkit.core.team.ModuleId;
import io.github.campaignkit.core.team.TaskId;
import io.github.campaignkit.core.team.TaskStatus;
import io.github.campaignkit.core.team.Team;
import io.github.campaignkit.core.team.TeamChange;
import io.github.campaignkit.core.tracking.IssueId;
import io.github.campaignkit.core.tracking.IssueSeverity;
import io.github.campaignkit.core.tracking.IssueStatus;
import io.github.campaignkit.core.tracking.TrackingChange;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.Tuple.Tuple4;

/**
 * Generators for every type of campaign-core; each generated value is valid by construction.
 *
 * <p>Texts mix Chinese (CJK unified ideographs) and Latin letters, digits, the punctuation the
 * seed templates use and emoji. Generated profiles pass {@link io.github.campaignkit.core.campaign.ProfileRules}
 * without errors; generated campaigns are reached from a planned campaign by commands that the
 * {@linkplain Lifecycle#standard() standard lifecycle} accepted, so their history is real.
 */
public final class CampaignArbitraries {

    /** The first day generated dates fall on. */
    public static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);
    /** The last day generated dates fall on. */
    public static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

    private static final String CJK_PUNCTUATION = "·、，。：！？“”（）";
    private static final int CUT_SCALE = 1_000_000;

    private CampaignArbitraries() {
    }

    /**
     * Emoji as users type them: single code points beyond the Basic Multilingual Plane, a skin-tone
     * modifier, a flag (two regional indicators), a variation selector and a ZWJ family.
     */
    private static final String[] EMOJI = {"🎉", "🔥", "😀", "🧧", "🚀", "👍🏽", "🇨🇳", "❤️", "👨‍👩‍👧", "✨"};

    /**
     * Non-blank texts: 1 to 24 characters of Chinese and Latin mixed, with inner spaces and
     * punctuation but no surrounding white space; one text in four also carries an emoji (whole
     * code points and sequences, never a lone surrogate), so it may be a few UTF-16 units longer.
     *
     * @return the generator
     */
    public static Arbitrary<String> texts() {
        Arbitrary<String> body = Arbitraries.strings()
                .withCharRange('\u4e00', '\u9fa5')
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars(CJK_PUNCTUATION + " -%")
                .ofMinLength(0).ofMaxLength(22);
        Arbitrary<Character> edge = Arbitraries.chars().range('\u4e00', '\u9fa5').range('a', 'z');
        Arbitrary<String> plain = Combinators.combine(edge, body, edge, Arbitraries.of(true, false))
                .as((a, b, c, whole) -> whole ? a + b + c : String.valueOf(a));
        Arbitrary<String> withEmoji = Combinators.combine(plain, Arbitraries.of(EMOJI), Arbitraries.integers()
                        .between(0, Integer.MAX_VALUE))
                .as((text, emoji, at) -> {
                    int cut = text.offsetByCodePoints(0, at % (text.codePointCount(0, text.length()) + 1));
                    return text.substring(0, cut) + emoji + text.substring(cut);
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, plain), net.jqwik.api.Tuple.of(1, withEmoji));
    }

    /**
     * Identifier values: 1 to 24 characters of Latin letters, digits, {@code -_.} and Chinese.
     *
     * @return the generator
     */
    public static Arbitrary<String> identifiers() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withCharRange('\u4e00', '\u9fa5')
                .withChars("-_.")
                .ofMinLength(1).ofMaxLength(24);
    }

    /**
     * Campaign ids.
     *
     * @return the generator
     */
    public static Arbitrary<CampaignId> campaignIds() {
        return identifiers().map(CampaignId::of);
    }

    /**
     * Member ids.
     *
     * @return the generator
     */
    public static Arbitrary<MemberId> memberIds() {
        return identifiers().map(MemberId::of);
    }

    /**
     * Departments, mostly from the seeds' names.
     *
     * @return the generator
     */
    public static Arbitrary<Department> departments() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("市场部", "品牌部", "销售部", "产品部", "财务部", "法务部",
                        "客服部", "Marketing", "Sales")),
                net.jqwik.api.Tuple.of(1, identifiers())).map(Department::of);
    }

    /**
     * Days between {@link #EARLIEST} and {@link #LATEST}.
     *
     * @return the generator
     */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, java.time.temporal.ChronoUnit.DAYS.between(EARLIEST, LATEST))
                .map(EARLIEST::plusDays);
    }

    /**
     * Date ranges of 1 to 120 days.
     *
     * @return the generator
     */
    public static Arbitrary<DateRange> dateRanges() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 119))
                .as((start, extra) -> DateRange.of(start, start.plusDays(extra)));
    }

    /**
     * Instants over the same span as {@link #dates()}, to the second.
     *
     * @return the generator
     */
    public static Arbitrary<Instant> instants() {
        long from = EARLIEST.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long to = LATEST.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }

    /**
     * Phases that divide the given window: some of warm-up, burst, continuation, in order, inside
     * the window, not overlapping (possibly with days between them).
     *
     * @param window the campaign window
     * @return the generator
     */
    public static Arbitrary<List<Phase>> phasesWithin(DateRange window) {
        return Combinators.combine(phaseKinds(), phaseCuts()).as((kinds, cuts) -> phases(window, kinds, cuts));
    }

    private static Arbitrary<Set<PhaseKind>> phaseKinds() {
        return Arbitraries.subsetOf(PhaseKind.values());
    }

    private static Arbitrary<List<Integer>> phaseCuts() {
        return Arbitraries.integers().between(0, CUT_SCALE - 1).list().ofSize(2 * PhaseKind.values().length);
    }

    /**
     * The phases of the given kinds (as many as the window has days for) placed in the window by
     * cut points drawn from {@code [0, CUT_SCALE)}: scaled to {@code [0, days - count]} and sorted,
     * phase i is {@code [cut 2i + i, cut 2i+1 + i]}, so each phase starts after the one before
     * ends and the last ends by the window's last day. Built directly rather than filtered (a
     * filter rejects most draws in short windows) and without flatMap (slow in jqwik).
     */
    private static List<Phase> phases(DateRange window, Set<PhaseKind> kindSet, List<Integer> rawCuts) {
        int days = (int) window.days();
        List<PhaseKind> kinds = new ArrayList<>(kindSet);
        kinds.sort(null);
        int count = Math.min(days, kinds.size());
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < 2 * count; i++) {
            cuts.add((int) ((long) rawCuts.get(i) * (days - count + 1) / CUT_SCALE));
        }
        cuts.sort(null);
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            phases.add(Phase.of(kinds.get(i), DateRange.of(window.start().plusDays(cuts.get(2 * i) + i),
                    window.start().plusDays(cuts.get(2 * i + 1) + i))));
        }
        return phases;
    }

    /**
     * Age ranges within 0–150.
     *
     * @return the generator
     */
    public static Arbitrary<AgeRange> ageRanges() {
        return Combinators.combine(Arbitraries.integers().between(0, AgeRange.MAX_AGE),
                        Arbitraries.integers().between(0, AgeRange.MAX_AGE))
                .as((a, b) -> AgeRange.of(Math.min(a, b), Math.max(a, b)));
    }

    /**
     * Target audiences with a description, sometimes ages, habits and media.
     *
     * @return the generator
     */
    public static Arbitrary<TargetAudience> audiences() {
        return Combinators.combine(texts(), ageRanges().optional(), texts().list().ofMaxSize(3),
                        Arbitraries.of("抖音", "小红书", "微信", "微博", "B站", "线下", "TikTok").list().uniqueElements()
                                .ofMaxSize(4))
                .as(TargetAudience::new);
    }

    /**
     * Profiles that pass the profile rules without an error.
     *
     * @return the generator
     */
    public static Arbitrary<CampaignProfile> profiles() {
        Arbitrary<Tuple3<DateRange, List<Phase>, MemberId>> windows = Combinators.combine(dateRanges(), phaseKinds(),
                        phaseCuts(), memberIds())
                .as((window, kinds, cuts, lead) -> Tuple.of(window, phases(window, kinds, cuts), lead));
        Arbitrary<List<String>> mechanics = Arbitraries.of("满减", "抽奖", "拼团", "打卡", "直播", "签到").list()
                .uniqueElements().ofMaxSize(3);
        Arbitrary<Tuple4<String, String, Optional<String>, CampaignKind>> words = Combinators.combine(texts(), texts(),
                texts().optional(), Arbitraries.of(CampaignKind.class)).as(Tuple::of);
        return Combinators.combine(windows, words, Arbitraries.of(CampaignScale.class), audiences(),
                        departments().list().uniqueElements().ofMinSize(1).ofMaxSize(4), mechanics)
                .as((window, word, scale, audience, departments, mechanic) -> new CampaignProfile(word.get1(),
                        word.get2(), word.get3(), word.get4(), scale, window.get1(), window.get2(), audience,
                        departments, window.get3(), mechanic));
    }

    /**
     * Campaigns just planned, as a service restores them from a stored snapshot at revision 0
     * ({@code Campaign.builder()}, not commands: their approved budgets and signed goals carry the
     * approvals and signatures they were generated with; {@link #walksFrom} continues from one through
     * the one door): {@link Stage#PLANNING}, revision 0, no history, with a valid team
     * around the profile's overall lead, a valid board of not-started tasks with their RACI
     * matrix, an {@linkplain BudgetArbitraries#approvedBudgets() approved budget} that passes its
     * policy and a risk register that passes every gate ({@link RiskArbitraries#plannedRegisters()}),
     * goals that pass the SMART check against the window, signed by every participating
     * department, and KPI tracking over the goals' metric catalogue, so that the standard
     * lifecycle lets them leave planning, and a schedule ready for their window (see
     * {@link ScheduleArbitraries#readyWithin}), a supply plan ready against their budget
     * ({@link SupplyArbitraries#readyPlans}) and an on-site event ready or none
     * ({@link EventArbitraries#readyPlans}) so that they may leave preparation. Their partner plan
     * matches the budget's cost-sharing agreement ({@link PartnerArbitraries#plansFor}) and their
     * channel matrix serves every goal, with creative work due during preparation
     * ({@link OutreachArbitraries#plansFor}). Configure it with {@link CampaignArbitrary#withPolicy},
     * {@link CampaignArbitrary#inCurrency}, {@link CampaignArbitrary#withTasks} and
     * {@link CampaignArbitrary#inStage}.
     *
     * @return the generator
     */
    public static CampaignArbitrary plannedCampaigns() {
        return new CampaignArbitrary();
    }

    /**
     * A campaign in a few lines, for a failure report: what it is, where it stands and how large
     * each part is, never the whole value (whose {@code toString()} runs to kilobytes). jqwik prints
     * generated campaigns this way (see {@link CampaignReportingFormat}).
     *
     * @param campaign the campaign
     * @return the description, at most a few hundred characters for any campaign
     */
    public static String describe(Campaign campaign) {
        io.github.campaignkit.core.budget.BudgetPlan plan = campaign.budget().plan();
        io.github.campaignkit.core.budget.BudgetPolicy policy = plan.policy();
        return "Campaign " + campaign.id() + " \"" + cut(campaign.profile().name()) + "\", " + campaign.stage()
                + campaign.heldStage().map(h -> " (held in " + h + ")").orElse("") + ", revision " + campaign.revision()
                + "\n  window " + campaign.profile().window() + ", " + campaign.profile().phases().size() + " phases, lead "
                + campaign.profile().overallLead() + ", " + campaign.profile().departments().size() + " departments"
                + "\n  team " + campaign.team().members().size() + " members in " + campaign.team().modules().size()
                + " modules; board " + campaign.board().tasks().size() + " tasks; schedule "
                + campaign.schedule().tasks().size() + " tasks"
                + "\n  budget " + plan.total() + " in " + plan.lines().size() + " lines, " + campaign.budget().approval().status()
                + ", policy reserve " + policy.contingencyMin().toPlainString() + "–" + policy.contingencyMax().toPlainString()
                + "%, " + campaign.budget().spend().size() + " spend entries"
                + "\n  goals " + campaign.goals().goals().size() + " (" + campaign.goals().results().size() + " results); KPI "
                + campaign.kpi().targets().size() + " lines, " + campaign.kpi().observations().size() + " observations; risks "
                + campaign.risks().entries().size() + "; suppliers " + campaign.supply().suppliers().size() + ", materials "
                + campaign.supply().materials().size() + "; partners " + campaign.partners().partners().size();
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /**
     * Campaigns just planned without goals or KPI tracking: the planning gate refuses them until
     * goals are set and signed.
     *
     * @return the generator
     */
    public static Arbitrary<Campaign> bareCampaigns() {
        return Combinators.combine(campaignIds(), profiles()).as(Campaign::plan);
    }

    /**
     * Campaigns in any stage, reached from a planned campaign by up to 20 commands that the
     * standard lifecycle accepted, 37 minutes apart: stage changes by the overall lead, tasks moved
     * to done, daily reports, log entries, issues raised, decided and resolved by the team, and
     * steps that record the actual spend of every budget line and settle shared costs (through
     * budget commands), so that campaigns can also leave review. Histories, revisions and tracking
     * records are real. Goals are re-signed along the way, and once in review a campaign has a
     * result for every goal, an evaluation of every chosen supplier, and its evaluation report and
     * retrospective recorded through commands ({@link #recordReview}), as the review gates require.
     *
     * @return the generator
     */
    public static Arbitrary<Campaign> campaigns() {
        Arbitrary<StepKind> kinds = Arbitraries.frequency(net.jqwik.api.Tuple.of(6, StepKind.ADVANCE),
                net.jqwik.api.Tuple.of(2, StepKind.HOLD), net.jqwik.api.Tuple.of(2, StepKind.RESUME),
                net.jqwik.api.Tuple.of(1, StepKind.CANCEL), net.jqwik.api.Tuple.of(4, StepKind.TASK),
                net.jqwik.api.Tuple.of(2, StepKind.REPORT), net.jqwik.api.Tuple.of(1, StepKind.LOG),
                net.jqwik.api.Tuple.of(1, StepKind.RAISE), net.jqwik.api.Tuple.of(1, StepKind.DECIDE),
                net.jqwik.api.Tuple.of(1, StepKind.RESOLVE), net.jqwik.api.Tuple.of(2, StepKind.CLOSE_BUDGET),
                net.jqwik.api.Tuple.of(1, StepKind.SIGN));
        Arbitrary<int[]> steps = Combinators.combine(kinds, Arbitraries.integers().between(0, 10_000))
                .as((kind, pick) -> new int[] {kind.ordinal(), pick});
        return plannedCampaigns().flatMap(start -> Combinators.combine(steps.list().ofMaxSize(20), instants(),
                        GoalArbitraries.withResults(start.goals()))
                .as((list, at, finished) -> {
                    Campaign campaign = start;
                    for (int i = 0; i < list.size(); i++) {
                        Clock clock = Clock.fixed(at.plus(java.time.Duration.ofMinutes(37L * i)), ZoneOffset.UTC);
                        StepKind kind = StepKind.values()[list.get(i)[0]];
                        if (kind == StepKind.CLOSE_BUDGET) {
                            // Not while on hold: spend recorded then could compute a return on investment the lead
                            // typed, which the lead cannot re-record until the campaign resumes.
                            if (campaign.stage() != Stage.ON_HOLD) {
                                campaign = closeBudget(campaign, clock);
                            }
                        } else {
                            CampaignCommand command = kind.forward(campaign, list.get(i)[1]);
                            campaign = Lifecycle.standard().apply(campaign, command, clock).getOrElse(campaign);
                        }
                        if (reviewed(campaign) && campaign.goals().results().isEmpty()) {
                            campaign = Lifecycle.standard().apply(campaign, CampaignCommand.by(
                                    campaign.profile().overallLead(), GoalChange.RecordResults.of(
                                            resultsFor(campaign, finished.results()))),
                                    clock).getOrElse(campaign);
                        }
                        if (campaign.stage() == Stage.REVIEW) {
                            // Spend recorded or a result typed since: the lead re-records what the data now give.
                            campaign = recordResults(campaign, clock);
                        }
                        if (reviewed(campaign)) {
                            campaign = SupplyArbitraries.evaluateChosen(campaign, clock);
                        }
                        if (campaign.stage() == Stage.REVIEW && campaign.review().evaluation().isEmpty()) {
                            campaign = recordReview(campaign, clock);
                        }
                    }
                    return campaign;
                }));
    }

    /**
     * A walk through the one door: a campaign as {@linkplain #plannedCampaigns() planned}, the
     * journal of the commands the standard lifecycle accepted from it, and the campaign they led to.
     *
     * @param start   the campaign the walk starts from (a snapshot at its revision)
     * @param journal the entries of the commands accepted, oldest first
     * @param end     the campaign after the last of them
     */
    public record Walk(Campaign start, Journal journal, Campaign end) {
    }

    /**
     * Walks of 3 to 40 commands from a planned campaign, 37 minutes apart, of every kind the
     * campaign generator issues (stage changes, tasks, daily reports, log entries, issues, goal
     * signatures, KPI data in batches of up to three rows, budget actuals and settlement), each
     * executed by the standard lifecycle; refused commands leave no entry. The journal's entries
     * have consecutive revisions from the start's.
     *
     * @return the generator
     */
    public static Arbitrary<Walk> walks() {
        return plannedCampaigns().flatMap(CampaignArbitraries::walksFrom);
    }

    /**
     * Walks of 3 to 40 commands from the given campaign, as {@link #walks()} makes them.
     *
     * @param start the campaign the walks start from
     * @return the generator
     */
    public static Arbitrary<Walk> walksFrom(Campaign start) {
        Arbitrary<int[]> steps = Combinators.combine(Arbitraries.of(StepKind.ADVANCE, StepKind.HOLD, StepKind.RESUME,
                        StepKind.CANCEL, StepKind.TASK, StepKind.REPORT, StepKind.LOG, StepKind.RAISE, StepKind.DECIDE,
                        StepKind.RESOLVE, StepKind.SIGN, StepKind.OBSERVE, StepKind.OBSERVE, StepKind.ALERTS),
                        Arbitraries.integers().between(0, 10_000))
                .as((kind, pick) -> new int[] {kind.ordinal(), pick});
        return Combinators.combine(steps.list().ofMinSize(3).ofMaxSize(40), instants())
                .as((list, at) -> {
                    Campaign campaign = start;
                    Journal journal = Journal.empty();
                    for (int i = 0; i < list.size(); i++) {
                        Clock clock = Clock.fixed(at.plus(java.time.Duration.ofMinutes(37L * i)), ZoneOffset.UTC);
                        CampaignCommand command = StepKind.values()[list.get(i)[0]].forward(campaign, list.get(i)[1]);
                        Either<Refusal, Accepted> result = Lifecycle.standard().execute(campaign, command, clock);
                        if (result.isRight()) {
                            campaign = result.get().campaign();
                            journal = journal.append(result.get());
                        }
                    }
                    return new Walk(start, journal, campaign);
                });
    }

    /**
     * Walks from a campaign's creation: every part of a planned campaign entered through the door
     * (team, board, budget, risks, goals, KPI plan and data, schedule, partners, outreach, supply,
     * event, then each department's signature), then a generated walk: the journal holds every
     * entry since {@link Campaign#plan}, so that replaying it onto the created campaign, or storing it
     * and reading it back, must give the end.
     *
     * @return the generator
     */
    public static Arbitrary<Walk> walksFromCreation() {
        return plannedCampaigns().flatMap(planned -> {
            Campaign created = Campaign.plan(planned.id(), planned.profile());
            MemberId lead = planned.profile().overallLead();
            java.util.List<Change> changes = new java.util.ArrayList<>(java.util.List.of(
                    TeamChange.ReviseTeam.of(planned.team()), BoardChange.ReviseBoard.of(planned.board()),
                    new BudgetChange.Revise(planned.budget().plan()), RiskChange.ReviseRisks.of(planned.risks().template()),
                    GoalChange.ReviseGoals.of(planned.goals().toBuilder().signOffs(java.util.List.of())
                            .results(java.util.List.of()).build()),
                    KpiChange.RevisePlan.from(planned.kpi()), KpiChange.RecordObservations.of(planned.kpi().observations()),
                    ScheduleChange.ReviseSchedule.of(planned.schedule()), PartnerChange.RevisePartners.of(planned.partners()),
                    OutreachChange.ReviseOutreach.of(planned.outreach()), SupplyChange.ReviseSupply.of(planned.supply()),
                    EventChange.ReviseEvent.of(planned.event())));
            planned.profile().departments().forEach(d -> changes.add(GoalChange.SignGoals.of(d)));
            Clock clock = Clock.fixed(Instant.parse("2024-04-01T01:00:00Z"), ZoneOffset.UTC);
            Campaign campaign = created;
            Journal journal = Journal.empty();
            for (Change change : changes) {
                Accepted accepted = Lifecycle.standard().execute(campaign, CampaignCommand.by(lead, change), clock)
                        .getOrElseThrow(refusal -> new AssertionError(change.type() + " refused: "
                                + refusal.message(java.util.Locale.ENGLISH)));
                campaign = accepted.campaign();
                journal = journal.append(accepted);
            }
            Journal entered = journal;
            return walksFrom(campaign).map(walk -> new Walk(created,
                    Journal.of(entered.entries().appendAll(walk.journal().entries())), walk.end()));
        });
    }

    /**
     * Campaigns taken from planning to {@link Stage#CLOSED} through the standard lifecycle by their
     * overall lead: advanced to execution, every task done, advanced to review, every goal's result
     * recorded, the budget's actuals recorded and shared costs settled, the review recorded
     * ({@link #recordReview}), then closed. Each campaign carries the data of every stage.
     *
     * @return the generator
     */
    public static Arbitrary<Campaign> closedCampaigns() {
        return plannedCampaigns().inStage(Stage.CLOSED);
    }

    /**
     * The campaign after its overall lead recorded, through the standard lifecycle, its
     * {@linkplain ReviewArbitraries#completeReview complete review}: the evaluation report of its
     * goals (with their results) and a retrospective that analyses every unmet goal with an action
     * item. Commands the lifecycle refuses (outside review) are skipped.
     *
     * @param campaign the campaign, in review with its goals' results recorded
     * @param clock    the clock the commands run at
     * @return the campaign with its review recorded as far as the lifecycle allowed
     */
    public static Campaign recordReview(Campaign campaign, Clock clock) {
        io.github.campaignkit.core.review.Review review = ReviewArbitraries.completeReview(campaign);
        MemberId lead = campaign.profile().overallLead();
        Campaign current = Lifecycle.standard().apply(campaign, CampaignCommand.by(lead, ReviewChange.RecordEvaluation.of(review.evaluation().orElseThrow())), clock).getOrElse(campaign);
        return Lifecycle.standard().apply(current, CampaignCommand.by(lead, ReviewChange.RecordRetrospective.of(review.retrospective().orElseThrow())), clock).getOrElse(current);
    }

    private static boolean reviewed(Campaign campaign) {
        return campaign.stage() == Stage.REVIEW || campaign.heldStage().filter(s -> s == Stage.REVIEW).isPresent();
    }

    /**
     * The campaign after its overall lead recorded, through the standard lifecycle, the budgeted
     * amount as the actual of every baseline line that has no actual yet (paid by the first
     * partner when costs are shared) and settled shared costs. Commands the lifecycle refuses
     * (say, on a terminal campaign) are skipped.
     *
     * @param campaign the campaign
     * @param clock    the clock the commands run at
     * @return the campaign with its budget closed as far as the lifecycle allowed
     */
    public static Campaign closeBudget(Campaign campaign, Clock clock) {
        MemberId lead = campaign.profile().overallLead();
        Budget budget = campaign.budget();
        Optional<BudgetPlan> baseline = budget.baseline();
        if (baseline.isEmpty()) {
            return campaign;
        }
        Campaign current = campaign;
        for (BudgetLine line : baseline.get().lines()) {
            if (budget.actual(line.id()).isEmpty()) {
                SpendEntry entry = new SpendEntry(line.id(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                        line.amount(), Optional.empty(), Optional.of("按预算支出"),
                        budget.costSharing().map(s -> s.partners().get(0)));
                current = Lifecycle.standard().apply(current, CampaignCommand.by(lead,
                        new BudgetChange.RecordSpend(entry)), clock).getOrElse(current);
            }
        }
        return Lifecycle.standard().apply(current, CampaignCommand.by(lead, new BudgetChange.Settle()), clock)
                .getOrElse(current);
    }

    /**
     * The campaign after its overall lead recorded, through the standard lifecycle, an actual for
     * every goal that has none yet (an actual of 1 with a note: the review gate asks that an actual
     * exists, not what it is), so that the campaign may leave review. A command the lifecycle refuses
     * (a held or terminal campaign) leaves the campaign as it is.
     *
     * @param campaign the campaign
     * @param clock    the clock the command runs at
     * @return the campaign with a result for every goal, none disagreeing with the campaign's data
     */
    public static Campaign recordResults(Campaign campaign, Clock clock) {
        java.util.List<io.github.campaignkit.core.goal.GoalResult> all = new ArrayList<>();
        for (io.github.campaignkit.core.goal.Goal goal : campaign.goals().goals()) {
            all.add(campaign.goals().result(goal.id()).orElse(
                    io.github.campaignkit.core.goal.GoalResult.of(goal.id(), java.math.BigDecimal.ONE, "按实际记录")));
        }
        // Missing results, and recorded actuals that the campaign's data now give (their analysis kept).
        java.util.List<io.github.campaignkit.core.goal.GoalResult> changed = new ArrayList<>(resultsFor(campaign, all));
        changed.removeIf(r -> campaign.goals().result(r.goal()).filter(r::equals).isPresent());
        return changed.isEmpty() ? campaign : Lifecycle.standard().apply(campaign, CampaignCommand.by(
                campaign.profile().overallLead(), GoalChange.RecordResults.of(changed)), clock).getOrElse(campaign);
    }

    /**
     * The results a user records for a campaign: the drawn ones, except that a goal whose actual the
     * campaign's data give (a tracked metric, a computed return on investment) gets its analysis
     * only, as {@link io.github.campaignkit.core.goal.GoalResult#ofAnalysis} says a user records it.
     *
     * @param campaign the campaign about to record them
     * @param drawn    the drawn results
     * @return the results to record
     */
    public static java.util.List<io.github.campaignkit.core.goal.GoalResult> resultsFor(Campaign campaign,
            java.util.List<io.github.campaignkit.core.goal.GoalResult> drawn) {
        // Evaluated with the drawn results in place: a recorded revenue gives a return on investment.
        io.github.campaignkit.core.goal.GoalSheet sheet = campaign.goals();
        for (io.github.campaignkit.core.goal.GoalResult r : drawn) {
            sheet = sheet.withResult(r);
        }
        io.github.campaignkit.core.goal.Evaluation evaluation = Campaign.builder().from(campaign).goals(sheet).build()
                .evaluation();
        java.util.List<io.github.campaignkit.core.goal.GoalResult> results = new ArrayList<>();
        for (io.github.campaignkit.core.goal.GoalResult r : drawn) {
            boolean given = evaluation.row(r.goal()).flatMap(io.github.campaignkit.core.goal.EvaluationRow::source)
                    .filter(s -> s != io.github.campaignkit.core.goal.ActualSource.RECORDED).isPresent();
            results.add(given ? io.github.campaignkit.core.goal.GoalResult.ofAnalysis(r.goal(), r.analysis()) : r);
        }
        return results;
    }

    /**
     * Commands of every kind for a campaign, issued by its overall lead or by someone else, with
     * or without a stated revision (the campaign's own, or another).
     *
     * @param campaign the campaign the commands are meant for
     * @return the generator
     */
    public static Arbitrary<CampaignCommand> commands(Campaign campaign) {
        Arbitrary<CampaignCommand> stageCommands = Combinators.combine(Arbitraries.of(StepKind.class),
                        actors(campaign), revisions(campaign), texts())
                .as((kind, actor, revision, text) -> kind.command(actor, revision, text, campaign));
        Arbitrary<CampaignCommand> budgetCommands = Combinators.combine(actors(campaign), BudgetArbitraries.changes(),
                        revisions(campaign))
                .as((actor, change, revision) -> new CampaignCommand(actor, revision, change));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, stageCommands), net.jqwik.api.Tuple.of(1, budgetCommands));
    }

    /**
     * Stages.
     *
     * @return the generator
     */
    public static Arbitrary<Stage> stages() {
        return Arbitraries.of(Stage.class);
    }

    /**
     * Accepted stage changes (from an open stage to another stage).
     *
     * @return the generator
     */
    public static Arbitrary<StageChange> stageChanges() {
        return Combinators.combine(Arbitraries.of(Stage.PLANNING, Stage.PREPARATION, Stage.EXECUTION, Stage.REVIEW),
                        stages(), instants(), memberIds(), texts().optional())
                .as((from, to, at, actor, note) -> new StageChange(from, to == from ? Stage.CANCELLED : to, at,
                        actor, note));
    }

    /**
     * Violations with codes from a small vocabulary, any severity, paths and arguments.
     *
     * @return the generator
     */
    public static Arbitrary<Violation> violations() {
        return Combinators.combine(Arbitraries.of("custom.rule.one", "custom.rule-two", "campaign.profile.name.blank"),
                        Arbitraries.of(Severity.class), Arbitraries.of("", "name", "phases[1].range", "lines[3].unitPrice"),
                        texts().list().ofMaxSize(3))
                .as((code, severity, path, args) -> new Violation(code, severity, path, new ArrayList<>(args)));
    }

    /**
     * Ids shown with their names, as messages name members, tasks and metrics: Chinese or blank
     * names, ids of every kind of text an id may hold.
     *
     * @return the generator
     */
    public static Arbitrary<NamedId> namedIds() {
        return Combinators.combine(texts(), Arbitraries.oneOf(texts(), Arbitraries.just(""))).as(NamedId::new);
    }

    /**
     * Commands of one kind for a campaign, issued by its overall lead or by someone else, with or
     * without a stated revision.
     *
     * @param campaign the campaign the commands are meant for
     * @param type     the kind of command
     * @param <T>      the command type
     * @return the generator
     */
    public static Arbitrary<CampaignCommand> commands(Campaign campaign, Class<? extends Change> type) {
        StepKind kind = java.util.Arrays.stream(StepKind.values())
                .filter(k -> type.isInstance(k.change("ab", campaign)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("type: not a change type: " + type));
        return Combinators.combine(actors(campaign), revisions(campaign), texts())
                .as((actor, revision, text) -> kind.command(actor, revision,
                        text.length() % 2 == 0 ? text : text + "。", campaign));
    }

    /**
     * One change of every kind this kit knows for the campaign (budget changes aside, which
     * {@link BudgetArbitraries#changes()} generates), each built as {@link #commands(Campaign)} builds
     * them: a test that every kind is routed and checked can start from here.
     *
     * @param campaign the campaign the changes are meant for
     * @return one change per kind
     */
    public static java.util.List<Change> changesOfEveryKind(Campaign campaign) {
        java.util.List<Change> all = new ArrayList<>();
        for (StepKind kind : StepKind.values()) {
            all.add(kind.change("理由", campaign));
        }
        return all;
    }

    private static Arbitrary<MemberId> actors(Campaign campaign) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(campaign.profile().overallLead())),
                net.jqwik.api.Tuple.of(1, memberIds()));
    }

    private static Arbitrary<Optional<Long>> revisions(Campaign campaign) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Optional.<Long>empty())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Optional.of(campaign.revision()))),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, campaign.revision() + 3).map(Optional::of)));
    }

    /** The kinds of step the campaign generator and the command generator draw from. */
    private enum StepKind {
        ADVANCE, HOLD, RESUME, CANCEL, REVISE, TASK, REPORT, LOG, RAISE, DECIDE, RESOLVE, REMEDY, TEAM, BOARD,
        CLOSE_BUDGET, SIGN, GOALS, RESULTS, KPI_PLAN, OBSERVE, ALERTS, ACKNOWLEDGE, RISKS, FIRE_RISKS, RISK_STATUS,
        REVISE_SCHEDULE, SUPPLY, CHOOSE, DELIVER, EVALUATE, EVENT, PARTNERS, OUTREACH, EVALUATION, RETROSPECTIVE;

        /** A command that moves the campaign on, by someone allowed to issue it. */
        CampaignCommand forward(Campaign campaign, int pick) {
            MemberId lead = campaign.profile().overallLead();
            java.util.List<io.github.campaignkit.core.team.Member> members = campaign.team().members();
            MemberId member = members.isEmpty() ? lead : members.get(pick % members.size()).id();
            switch (this) {
                case HOLD:
                    return CampaignCommand.hold(lead, "原因" + pick);
                case RESUME:
                    return CampaignCommand.resume(lead);
                case CANCEL:
                    return pick % 2 == 0 ? CampaignCommand.cancel(lead, "取消" + pick) : CampaignCommand.resume(lead);
                case TASK: {
                    Optional<io.github.campaignkit.core.team.Task> open = campaign.board().tasks().stream()
                            .filter(t -> !t.status().isFinished()).findFirst();
                    if (open.isEmpty()) {
                        return CampaignCommand.advance(lead);
                    }
                    TaskStatus next = open.get().status() == TaskStatus.NOT_STARTED && pick % 3 == 0
                            ? TaskStatus.IN_PROGRESS : TaskStatus.DONE;
                    return CampaignCommand.by(lead, BoardChange.ChangeTaskStatus.of(open.get().id(), next));
                }
                case REPORT: {
                    DateRange window = campaign.profile().window();
                    return CampaignCommand.by(member, TrackingChange.SubmitReport.builder()
                            .date(window.start().plusDays(pick % window.days()))
                            .addDone("完成事项" + pick).addPlan("明日计划")
                            .problems(pick % 2 == 0 ? java.util.List.of("存在问题" + pick) : java.util.List.of())
                            .resources(pick % 3 == 0 ? java.util.List.of("需协调资源") : java.util.List.of())
                            .build());
                }
                case LOG:
                    return CampaignCommand.by(member, TrackingChange.RecordLogEntry.builder().action("关键动作" + pick)
                            .problem(pick % 2 == 0 ? Optional.of("问题" + pick) : Optional.empty()).build());
                case RAISE: {
                    if (campaign.team().modules().isEmpty()) {
                        return CampaignCommand.advance(lead);
                    }
                    return CampaignCommand.by(member, TrackingChange.RaiseIssue.of(IssueId.of("Q-" + (campaign.tracking().issues().size() + 1)),
                            campaign.team().modules().get(pick % campaign.team().modules().size()).id(),
                            IssueSeverity.values()[pick % IssueSeverity.values().length], "问题描述" + pick));
                }
                case DECIDE:
                case RESOLVE: {
                    Optional<io.github.campaignkit.core.tracking.Issue> open = campaign.tracking().issues().stream()
                            .filter(i -> i.status() != IssueStatus.RESOLVED).findFirst();
                    if (open.isEmpty()) {
                        return CampaignCommand.advance(lead);
                    }
                    return this == DECIDE ? CampaignCommand.by(lead, TrackingChange.DecideIssue.of(open.get().id(), "决定" + pick))
                            : CampaignCommand.by(lead, TrackingChange.ResolveIssue.of(open.get().id(), "已解决" + pick));
                }
                case OBSERVE: {
                    java.util.List<io.github.campaignkit.core.goal.Metric> counted = campaign.goals().metrics().stream()
                            .filter(m -> m.aggregation() != io.github.campaignkit.core.goal.Aggregation.RATE)
                            .collect(java.util.stream.Collectors.toList());
                    if (counted.isEmpty()) {
                        return CampaignCommand.advance(lead);
                    }
                    DateRange window = campaign.profile().window();
                    java.util.List<Observation> batch = new ArrayList<>();
                    for (int k = 0; k <= pick % 3; k++) {
                        batch.add(Observation.of(counted.get((pick + k) % counted.size()).id(),
                                Channel.of("渠道" + k), window.start().plusDays((pick / 3) % window.days()),
                                java.math.BigDecimal.valueOf(pick % 500), "后台导出"));
                    }
                    return CampaignCommand.by(member, KpiChange.RecordObservations.of(batch));
                }
                case ALERTS:
                    return CampaignCommand.by(member, KpiChange.RaiseAlerts.of(campaign.profile().window().start()
                            .plusDays(pick % campaign.profile().window().days())));
                case SIGN:
                    return campaign.profile().departments().isEmpty() ? CampaignCommand.advance(lead)
                            : CampaignCommand.by(lead, GoalChange.SignGoals.of(campaign.profile().departments().get(
                                    pick % campaign.profile().departments().size())));
                default:
                    return CampaignCommand.advance(lead);
            }
        }

        CampaignCommand command(MemberId actor, Optional<Long> revision, String text, Campaign campaign) {
            return new CampaignCommand(actor, revision, change(text, campaign));
        }

        /** A change of this kind for the campaign, built from the text; accepted or not. */
        Change change(String text, Campaign campaign) {
            TaskId task = campaign.board().tasks().isEmpty() ? TaskId.of("T1") : campaign.board().tasks().get(0).id();
            IssueId issue = campaign.tracking().issues().isEmpty() ? IssueId.of("Q-1")
                    : campaign.tracking().issues().get(0).id();
            MetricId metric = campaign.goals().metrics().isEmpty() ? MetricId.of("m-" + text.length())
                    : campaign.goals().metrics().get(text.length() % campaign.goals().metrics().size()).id();
            LocalDate day = campaign.profile().window().start().plusDays(text.length() % 5);
            switch (this) {
                case ADVANCE:
                    return Transition.Advance.withNote(text);
                case HOLD:
                    return new Transition.Hold(text);
                case RESUME:
                    return new Transition.Resume(Optional.empty());
                case CANCEL:
                    // Cancelling ends a generated campaign; keep it rarer by resuming instead half the time.
                    return text.length() % 2 == 0 ? new Transition.Cancel(text) : new Transition.Resume(Optional.empty());
                case REVISE:
                    return ProfileChange.ReviseProfile.of(campaign.profile());
                case TEAM:
                    return TeamChange.ReviseTeam.of(campaign.team());
                case BOARD:
                    return BoardChange.ReviseBoard.of(campaign.board());
                case TASK:
                    return new BoardChange.ChangeTaskStatus(task,
                            TaskStatus.values()[text.length() % TaskStatus.values().length],
                            text.length() % 2 == 0 ? Optional.of(text) : Optional.empty());
                case REMEDY:
                    return BoardChange.PlanRemedy.of(task, text);
                case REPORT:
                    return new TrackingChange.SubmitReport(campaign.profile().window().start(), java.util.List.of(text),
                            java.util.List.of(), java.util.List.of(), java.util.List.of(text), java.util.List.of());
                case LOG:
                    return new TrackingChange.RecordLogEntry(text, Optional.empty(), Optional.of(text), Optional.empty());
                case RAISE:
                    return TrackingChange.RaiseIssue.of(IssueId.of("Q-" + text.length()),
                            campaign.team().modules().isEmpty() ? ModuleId.PLANNING : campaign.team().modules().get(0).id(),
                            IssueSeverity.values()[text.length() % IssueSeverity.values().length], text);
                case DECIDE:
                    return TrackingChange.DecideIssue.of(issue, text);
                case RESOLVE:
                    return TrackingChange.ResolveIssue.of(issue, text);
                case CLOSE_BUDGET:
                    return new BudgetChange.Settle();
                case SIGN:
                    return GoalChange.SignGoals.of(campaign.profile().departments().isEmpty()
                            ? Department.of(text) : campaign.profile().departments().get(
                                    text.length() % campaign.profile().departments().size()));
                case GOALS:
                    return GoalChange.ReviseGoals.of(campaign.goals());
                case RESULTS:
                    return GoalChange.RecordResults.of(campaign.goals().goals().isEmpty()
                            ? java.util.List.of()
                            : java.util.List.of(io.github.campaignkit.core.goal.GoalResult.of(
                                    campaign.goals().goals().get(0).id(), java.math.BigDecimal.valueOf(text.length()), text)));
                case KPI_PLAN:
                    return KpiChange.RevisePlan.from(campaign.kpi());
                case OBSERVE:
                    return KpiChange.RecordObservations.of(Observation.of(metric, Channel.of("渠道" + text.length() % 3),
                            day, java.math.BigDecimal.valueOf(text.length()), "后台导出"));
                case ALERTS:
                    return KpiChange.RaiseAlerts.of(day);
                case ACKNOWLEDGE:
                    return new KpiChange.AcknowledgeAlert(metric, Optional.empty(), day, text);
                case RISKS:
                    return RiskChange.ReviseRisks.of(campaign.risks());
                case FIRE_RISKS:
                    return RiskChange.FireRisks.of(campaign.risks().evaluate(campaign.profile().phases(),
                            io.github.campaignkit.core.risk.TriggerFacts.none(),
                            Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)));
                case RISK_STATUS:
                    return RiskChange.ChangeRiskStatus.of(campaign.risks().entries().isEmpty()
                                    ? io.github.campaignkit.core.risk.RiskId.of("R-" + text.length())
                                    : campaign.risks().entries().get(0).id(),
                            io.github.campaignkit.core.risk.RiskStatus.values()[text.length()
                                    % io.github.campaignkit.core.risk.RiskStatus.values().length], text);
                case REVISE_SCHEDULE:
                    return ScheduleChange.ReviseSchedule.of(campaign.schedule());
                case SUPPLY:
                    return SupplyChange.ReviseSupply.of(campaign.supply());
                case EVENT:
                    return EventChange.ReviseEvent.of(campaign.event());
                case PARTNERS:
                    return PartnerChange.RevisePartners.of(campaign.partners());
                case OUTREACH:
                    return OutreachChange.ReviseOutreach.of(campaign.outreach());
                case CHOOSE: {
                    Optional<io.github.campaignkit.core.supply.SupplierNeed> need = campaign.supply().needs().stream()
                            .filter(n -> !n.quotes().isEmpty()).findFirst();
                    return SupplyChange.ChooseSupplier.of(
                            need.map(io.github.campaignkit.core.supply.SupplierNeed::id)
                                    .orElse(io.github.campaignkit.core.supply.NeedId.of("N-" + text.length())),
                            need.map(n -> n.quotes().get(text.length() % n.quotes().size()).supplier())
                                    .orElse(io.github.campaignkit.core.supply.SupplierId.of("S-" + text.length())),
                            text);
                }
                case DELIVER:
                    return SupplyChange.RecordDelivery.of(campaign.supply().materials().isEmpty()
                            ? io.github.campaignkit.core.supply.MaterialId.of("M-" + text.length())
                            : campaign.supply().materials().get(0).id(), day);
                case EVALUATE: {
                    io.github.campaignkit.core.supply.SupplierId supplier = campaign.supply().suppliers().isEmpty()
                            ? io.github.campaignkit.core.supply.SupplierId.of("S-" + text.length())
                            : campaign.supply().suppliers().get(text.length() % campaign.supply().suppliers().size()).id();
                    return SupplyChange.EvaluateSupplier.of(
                            io.github.campaignkit.core.supply.SupplierEvaluation.builder().supplier(supplier)
                                    .evaluatedOn(campaign.profile().window().end())
                                    .evaluatedBy(campaign.profile().overallLead())
                                    .addScores(io.github.campaignkit.core.supply.CriterionScore.of(
                                            io.github.campaignkit.core.supply.SupplierCriterion.QUALITY,
                                            text.length() % 3 == 0 ? "90" : "100", "88"))
                                    .comment(text).build());
                }
                case EVALUATION:
                    return ReviewChange.RecordEvaluation.of(ReviewArbitraries.completeReview(campaign).evaluation()
                            .orElseThrow());
                case RETROSPECTIVE:
                    return ReviewChange.RecordRetrospective.of(ReviewArbitraries.completeReview(campaign)
                            .retrospective().orElseThrow());
                default:
                    throw new IllegalStateException("no change for " + this);
            }
        }
    }
}
