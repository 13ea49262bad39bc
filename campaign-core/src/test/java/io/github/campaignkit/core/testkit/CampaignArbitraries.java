package io.github.campaignkit.core.testkit;

import io.github.campaignkit.core.campaign.AgeRange;
import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignCommand;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.CampaignKind;
import io.github.campaignkit.core.campaign.CampaignProfile;
import io.github.campaignkit.core.campaign.CampaignScale;
import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.core.campaign.Stage;
import io.github.campaignkit.core.campaign.StageChange;
import io.github.campaignkit.core.campaign.TargetAudience;
import io.github.campaignkit.core.rule.Severity;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.DateRange;
import io.github.campaignkit.core.schedule.Phase;
import io.github.campaignkit.core.schedule.PhaseKind;
import io.github.campaignkit.core.team.Department;
import io.github.campaignkit.core.team.MemberId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for every type of campaign-core; each generated value is valid by construction.
 *
 * <p>Texts mix Chinese (CJK unified ideographs) and Latin letters, digits and the punctuation the
 * seed templates use. Generated profiles pass {@link io.github.campaignkit.core.campaign.ProfileRules}
 * without errors; generated campaigns are reached from a planned campaign by commands that the
 * {@linkplain Lifecycle#standard() standard lifecycle} accepted, so their history is real.
 */
public final class CampaignArbitraries {

    /** The first day generated dates fall on. */
    public static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);
    /** The last day generated dates fall on. */
    public static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

    private static final String CJK_PUNCTUATION = "·、，。：！？“”（）";

    private CampaignArbitraries() {
    }

    /**
     * Non-blank texts of 1 to 24 characters, Chinese and Latin mixed, with inner spaces and
     * punctuation but no surrounding white space.
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
        return Combinators.combine(edge, body, edge).as((a, b, c) -> a + b + c)
                .flatMap(s -> Arbitraries.of(s, s.substring(0, 1)));
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
        int days = (int) window.days();
        int kinds = Math.min(days, PhaseKind.values().length);
        return Arbitraries.integers().between(0, kinds).flatMap(count -> {
            if (count == 0) {
                return Arbitraries.just(List.<Phase>of());
            }
            // 2 × count distinct cut points in [0, days): each phase is [cut 2i, cut 2i+1].
            return Arbitraries.integers().between(0, days - 1).list().ofSize(2 * count)
                    .map(cuts -> {
                        List<Integer> sorted = new ArrayList<>(cuts);
                        sorted.sort(null);
                        return sorted;
                    })
                    .filter(cuts -> strictlyIncreasingPairs(cuts))
                    .flatMap(cuts -> Arbitraries.of(PhaseKind.values()).set().ofSize(count).map(set -> {
                        List<PhaseKind> ordered = new ArrayList<>(set);
                        ordered.sort(null);
                        List<Phase> phases = new ArrayList<>();
                        for (int i = 0; i < count; i++) {
                            phases.add(Phase.of(ordered.get(i), DateRange.of(
                                    window.start().plusDays(cuts.get(2 * i)),
                                    window.start().plusDays(cuts.get(2 * i + 1)))));
                        }
                        return phases;
                    }));
        });
    }

    private static boolean strictlyIncreasingPairs(List<Integer> cuts) {
        for (int i = 2; i < cuts.size(); i += 2) {
            if (cuts.get(i) <= cuts.get(i - 1)) {
                return false;
            }
        }
        return true;
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
        return dateRanges().flatMap(window -> Combinators.combine(
                        texts(), texts(), texts().optional(), Arbitraries.of(CampaignKind.class),
                        Arbitraries.of(CampaignScale.class), phasesWithin(window), audiences(),
                        departments().list().uniqueElements().ofMinSize(1).ofMaxSize(4))
                .flatAs((name, theme, slogan, kind, scale, phases, audience, departments) ->
                        Combinators.combine(memberIds(),
                                        Arbitraries.of("满减", "抽奖", "拼团", "打卡", "直播", "签到")
                                                .list().uniqueElements().ofMaxSize(3))
                                .as((lead, mechanics) -> new CampaignProfile(name, theme, slogan, kind, scale,
                                        window, phases, audience, departments, lead, mechanics))));
    }

    /**
     * Campaigns just planned: {@link Stage#PLANNING}, revision 0, no history, with a schedule
     * ready for their window (see {@link ScheduleArbitraries#readyWithin}).
     *
     * @return the generator
     */
    public static Arbitrary<Campaign> plannedCampaigns() {
        return Combinators.combine(campaignIds(), profiles()).as(Campaign::plan)
                .flatMap(c -> ScheduleArbitraries.readyWithin(c.profile().window()).map(c::withSchedule));
    }

    /**
     * Campaigns in any stage, reached from a planned campaign by up to 12 commands of its overall
     * lead that the standard lifecycle accepted; histories and revisions are real.
     *
     * @return the generator
     */
    public static Arbitrary<Campaign> campaigns() {
        return plannedCampaigns().flatMap(start -> Combinators.combine(
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(6, StepKind.ADVANCE),
                                net.jqwik.api.Tuple.of(2, StepKind.HOLD), net.jqwik.api.Tuple.of(2, StepKind.RESUME),
                                net.jqwik.api.Tuple.of(1, StepKind.CANCEL)).list().ofMaxSize(12), instants())
                .as((steps, at) -> {
                    Clock clock = Clock.fixed(at, ZoneOffset.UTC);
                    Campaign campaign = start;
                    MemberId lead = start.profile().overallLead();
                    for (StepKind step : steps) {
                        campaign = Lifecycle.standard().apply(campaign, step.command(lead), clock)
                                .getOrElse(campaign);
                    }
                    return campaign;
                }));
    }

    /**
     * Commands of every kind for a campaign, issued by its overall lead or by someone else, with
     * or without a stated revision (the campaign's own, or another).
     *
     * @param campaign the campaign the commands are meant for
     * @return the generator
     */
    public static Arbitrary<CampaignCommand> commands(Campaign campaign) {
        Arbitrary<MemberId> actors = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(campaign.profile().overallLead())),
                net.jqwik.api.Tuple.of(1, memberIds()));
        Arbitrary<Optional<Long>> revisions = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Optional.<Long>empty())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Optional.of(campaign.revision()))),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, campaign.revision() + 3).map(Optional::of)));
        return Combinators.combine(Arbitraries.of(StepKind.class), actors, revisions, texts())
                .as((kind, actor, revision, text) -> kind.command(actor, revision, text, campaign));
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

    /** The kinds of step the campaign generator and the command generator draw from. */
    private enum StepKind {
        ADVANCE, HOLD, RESUME, CANCEL, REVISE, REVISE_SCHEDULE;

        CampaignCommand command(MemberId lead) {
            return command(lead, Optional.empty(), "原因", null);
        }

        CampaignCommand command(MemberId actor, Optional<Long> revision, String text, Campaign campaign) {
            CampaignProfile profile = campaign == null ? null : campaign.profile();
            switch (this) {
                case ADVANCE:
                    return new CampaignCommand.Advance(actor, revision, Optional.of(text));
                case HOLD:
                    return new CampaignCommand.Hold(actor, text, revision);
                case RESUME:
                    return new CampaignCommand.Resume(actor, revision, Optional.empty());
                case CANCEL:
                    // Cancelling ends a generated campaign; keep it rarer by resuming instead half the time.
                    return text.length() % 2 == 0 ? new CampaignCommand.Cancel(actor, text, revision)
                            : new CampaignCommand.Resume(actor, revision, Optional.empty());
                case REVISE_SCHEDULE:
                    return campaign == null ? new CampaignCommand.Advance(actor, revision, Optional.empty())
                            : new CampaignCommand.ReviseSchedule(actor, campaign.schedule(), revision);
                default:
                    return profile == null ? new CampaignCommand.Advance(actor, revision, Optional.empty())
                            : new CampaignCommand.ReviseProfile(actor, profile, revision);
            }
        }
    }
}
