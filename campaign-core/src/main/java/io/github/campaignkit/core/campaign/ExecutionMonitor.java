package io.github.campaignkit.core.campaign;

import io.github.campaignkit.core.event.EventRules;
import io.github.campaignkit.core.review.ReviewPolicy;
import io.github.campaignkit.core.review.ReviewRules;
import io.github.campaignkit.core.rule.Violation;
import io.github.campaignkit.core.schedule.WorkingCalendar;
import io.github.campaignkit.core.supply.SupplyRules;
import io.github.campaignkit.core.team.BoardRules;
import io.github.campaignkit.core.team.TeamPolicy;
import io.github.campaignkit.core.tracking.TrackingPolicy;
import io.github.campaignkit.core.tracking.TrackingRules;
import io.github.campaignkit.core.tracking.WeeklyReport;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Watches a running campaign at a given time: the answer to "what is late right now?". Unlike the
 * gates, which guard a stage change, its findings depend on the clock it is given; nothing reads the
 * system time.
 *
 * <p>It reports, with paths from the campaign: delayed tasks without a remedy plan in time
 * ({@link BoardRules#remedies}); daily reports missing or late on the campaign's
 * {@linkplain #executionDays execution days} ({@link TrackingRules#reports}); issues escalated,
 * unanswered or unresolved past their deadlines ({@link TrackingRules#issues}); material
 * deliveries, as of the clock's day, that are overdue, late against their promise or after the
 * material's need date ({@link SupplyRules#deliveries}, at {@code supply.materials[i].delivery…});
 * notices of the on-site event not sent by their deadline ({@link EventRules#notices(LocalDate)},
 * at {@code event.notices[i].sentOn}); and, once the campaign is in review, an evaluation report
 * not issued by its due date ({@link ReviewRules#overdue}, 3 working days after the end by
 * default, on the campaign's {@linkplain Campaign#calendar() calendar}). The clock's day is read in the tracking policy's {@linkplain TrackingPolicy#zone() zone}.
 * Instances are immutable and thread-safe.
 */
public final class ExecutionMonitor {

    private static final ExecutionMonitor STANDARD = new ExecutionMonitor(TeamPolicy.standard(),
            TrackingPolicy.standard(), ReviewPolicy.standard());

    private final TeamPolicy teamPolicy;
    private final TrackingPolicy trackingPolicy;
    private final ReviewPolicy reviewPolicy;

    private ExecutionMonitor(TeamPolicy teamPolicy, TrackingPolicy trackingPolicy, ReviewPolicy reviewPolicy) {
        this.teamPolicy = teamPolicy;
        this.trackingPolicy = trackingPolicy;
        this.reviewPolicy = reviewPolicy;
    }

    /**
     * The monitor with the standard team and tracking policies (the seeds' deadlines).
     *
     * @return the monitor
     */
    public static ExecutionMonitor standard() {
        return STANDARD;
    }

    /**
     * This monitor with another team policy (the remedy window).
     *
     * @param policy the policy
     * @return a new monitor
     */
    public ExecutionMonitor withTeamPolicy(TeamPolicy policy) {
        return new ExecutionMonitor(Objects.requireNonNull(policy, "policy"), trackingPolicy, reviewPolicy);
    }

    /**
     * This monitor with another tracking policy (report deadline, issue routes).
     *
     * @param policy the policy
     * @return a new monitor
     */
    public ExecutionMonitor withTrackingPolicy(TrackingPolicy policy) {
        return new ExecutionMonitor(teamPolicy, Objects.requireNonNull(policy, "policy"), reviewPolicy);
    }

    /**
     * This monitor with another review policy (when the evaluation report is due).
     *
     * @param policy the policy
     * @return a new monitor
     */
    public ExecutionMonitor withReviewPolicy(ReviewPolicy policy) {
        return new ExecutionMonitor(teamPolicy, trackingPolicy, Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Everything late in the campaign at the clock's time.
     *
     * @param campaign the campaign
     * @param clock    the clock giving the time of the evaluation
     * @return every violation found: remedy plans, then reports, then issues, then material
     *         deliveries ({@code supply.delivery.overdue}, {@code supply.delivery.after-need-date},
     *         and the warning {@code supply.delivery.late}), then notices not sent in time
     *         ({@code event.notice.overdue}), then, for a campaign in review, an evaluation report
     *         past its due date ({@code review.evaluation.overdue})
     */
    public Seq<Violation> check(Campaign campaign, Clock clock) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(clock, "clock");
        Clock zoned = clock.withZone(trackingPolicy.zone());
        LocalDate today = today(clock);
        return Names.named(BoardRules.remedies(campaign.board(), teamPolicy,
                (from, within) -> plusWorkingTime(from, within, campaign.calendar(), zoned.getZone()), zoned).map(v -> v.under("board"))
                .appendAll(TrackingRules.reports(campaign.tracking(), campaign.team(), reportingDays(campaign, clock),
                        trackingPolicy, zoned).map(v -> v.under("tracking")))
                .appendAll(TrackingRules.issues(campaign.tracking(), campaign.team(), trackingPolicy, zoned)
                        .map(v -> v.under("tracking")))
                .appendAll(SupplyRules.deliveries(today).under("supply").check(campaign.supply()))
                .appendAll(EventRules.notices(today).under("event").check(campaign.event()))
                .appendAll(campaign.stage() != Stage.REVIEW ? io.vavr.collection.List.empty()
                        : ReviewRules.overdue(campaign.profile().window(), reviewPolicy.orCalendar(campaign.calendar()), today)
                        .under("review").check(campaign.review())), campaign);
    }

    /**
     * The end of a span of working time on the campaign's calendar, read in a zone
     * ({@link WorkingCalendar#plusWorkingTime}); where the calendar cannot answer (a day it does not
     * cover), the plain span.
     */
    private static Instant plusWorkingTime(Instant from, Duration within, WorkingCalendar calendar, ZoneId zone) {
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        try {
            return calendar.plusWorkingTime(start, within).atZone(zone).toInstant();
        } catch (IllegalArgumentException beyondCoverage) {
            return from.plus(within);
        }
    }

    /**
     * The execution days a daily report is owed on: all of them, or, when the tracking policy says
     * {@linkplain TrackingPolicy#workingDaysOnly() working days only}, those the campaign's calendar
     * works (a day it does not cover counts as owed).
     */
    private List<LocalDate> reportingDays(Campaign campaign, Clock clock) {
        List<LocalDate> days = executionDays(campaign, clock);
        if (!trackingPolicy.workingDaysOnly()) {
            return days;
        }
        WorkingCalendar calendar = campaign.calendar();
        List<LocalDate> working = new ArrayList<>();
        for (LocalDate day : days) {
            if (!calendar.covers(day) || calendar.isWorkingDay(day)) {
                working.add(day);
            }
        }
        return working;
    }

    /**
     * The days a daily report is owed for, up to the clock's day: the days of the campaign window on
     * whose report deadline the campaign was in {@link Stage#EXECUTION}, according to its history
     * (a campaign in execution without a recorded history counts as executing all along).
     *
     * @param campaign the campaign
     * @param clock    the clock giving today
     * @return the days, in order
     */
    public List<LocalDate> executionDays(Campaign campaign, Clock clock) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(clock, "clock");
        LocalDate today = today(clock);
        LocalDate last = campaign.profile().window().end().isBefore(today) ? campaign.profile().window().end() : today;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = campaign.profile().window().start(); !day.isAfter(last); day = day.plusDays(1)) {
            Instant due = day.atTime(trackingPolicy.reportDueAt()).atZone(trackingPolicy.zone()).toInstant();
            if (stageAt(campaign, due) == Stage.EXECUTION) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * The weekly roll-up (周进度报告) of the campaign's daily reports for the seven days from
     * {@code first}.
     *
     * @param campaign the campaign
     * @param first    the first day of the week
     * @return the roll-up
     */
    public WeeklyReport weekly(Campaign campaign, LocalDate first) {
        Objects.requireNonNull(campaign, "campaign");
        return WeeklyReport.week(campaign.tracking().reports(), first);
    }

    /** The clock's day in the tracking policy's zone. */
    private LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), trackingPolicy.zone());
    }

    private static Stage stageAt(Campaign campaign, Instant at) {
        List<StageChange> history = campaign.history();
        if (history.isEmpty()) {
            return campaign.stage();
        }
        Stage stage = history.get(0).from();
        for (StageChange change : history) {
            if (change.at().isAfter(at)) {
                break;
            }
            stage = change.to();
        }
        return stage;
    }
}
