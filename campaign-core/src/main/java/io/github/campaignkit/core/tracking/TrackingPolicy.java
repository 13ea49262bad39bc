package io.github.campaignkit.core.tracking;

import io.github.campaignkit.core.internal.Checks;
import io.github.campaignkit.core.rule.InvalidValueException;
import io.github.campaignkit.core.rule.ValueViolation;
import io.github.campaignkit.core.team.TeamRole;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The deadlines of execution tracking. The {@linkplain #standard() standard policy} has the seeds'
 * values: daily reports due at 17:00 (seed 004) in Asia/Shanghai, every day of the week, from every
 * module lead; small issues to the module lead, answered within 30 minutes (the seeds say "on the
 * spot"); big issues to the overall lead within 2 hours (seed 004); urgent issues to the module lead
 * within 1 hour and resolved within 24 hours (seed 001).
 *
 * @param reportDueAt   the local time a day's report is due
 * @param zone          the zone the campaign's days and deadlines are in, and times in messages shown
 * @param reportDuty    who owes a report each reporting day
 * @param reportingDays the days of the week reports are due on, at least one
 * @param workingDaysOnly whether reports are owed only on the working days of the campaign's
 *                      calendar: a team that does not report on public holidays but does on
 *                      make-up working days (调休上班) leaves {@code reportingDays} at every day and
 *                      sets this; the seeds report every day of the execution phase, so the
 *                      standard policy does not
 * @param small         the route of small issues
 * @param big           the route of big issues
 * @param urgent        the route of urgent issues
 */
@Value.Builder
public record TrackingPolicy(LocalTime reportDueAt, ZoneId zone, ReportDuty reportDuty, Set<DayOfWeek> reportingDays,
                             boolean workingDaysOnly, IssueRoute small, IssueRoute big, IssueRoute urgent) {

    private static final TrackingPolicy STANDARD = new TrackingPolicy(LocalTime.of(17, 0), ZoneId.of("Asia/Shanghai"),
            ReportDuty.MODULE_LEADS, EnumSet.allOf(DayOfWeek.class), false,
            IssueRoute.of(TeamRole.MODULE_LEAD, Duration.ofMinutes(30)),
            IssueRoute.of(TeamRole.OVERALL_LEAD, Duration.ofHours(2)),
            IssueRoute.of(TeamRole.MODULE_LEAD, Duration.ofHours(1), Duration.ofHours(24)));

    /**
     * Checks the components and copies the set.
     *
     * @throws NullPointerException     if a component is null, naming it
     * @throws IllegalArgumentException if there is no reporting day
     */
    public TrackingPolicy {
        Objects.requireNonNull(reportDueAt, "reportDueAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(reportDuty, "reportDuty");
        reportingDays = Checks.set(reportingDays, "reportingDays");
        Objects.requireNonNull(small, "small");
        Objects.requireNonNull(big, "big");
        Objects.requireNonNull(urgent, "urgent");
        if (reportingDays.isEmpty()) {
            throw InvalidValueException.of(ValueViolation.EMPTY, "reportingDays");
        }
    }

    /**
     * The seeds' policy, see the class description.
     *
     * @return the standard policy
     */
    public static TrackingPolicy standard() {
        return STANDARD;
    }

    /**
     * A builder for a policy.
     *
     * @return a new builder
     */
    public static TrackingPolicyBuilder builder() {
        return new TrackingPolicyBuilder();
    }

    /**
     * A builder that starts from this policy, to change a few values.
     *
     * @return a builder holding every component of this policy
     */
    public TrackingPolicyBuilder toBuilder() {
        return new TrackingPolicyBuilder().from(this);
    }

    /**
     * The route of issues of a severity.
     *
     * @param severity the severity
     * @return its route
     */
    public IssueRoute route(IssueSeverity severity) {
        Objects.requireNonNull(severity, "severity");
        switch (severity) {
            case SMALL:
                return small;
            case BIG:
                return big;
            default:
                return urgent;
        }
    }
}
