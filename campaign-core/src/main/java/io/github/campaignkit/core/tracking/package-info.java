/**
 * What a running campaign records and how it is watched: {@link
 * io.github.campaignkit.core.tracking.DailyReport daily reports} (进度日报) rolled up into {@link
 * io.github.campaignkit.core.tracking.WeeklyReport weekly reports}, the {@link
 * io.github.campaignkit.core.tracking.LogEntry execution log} (执行日志) and the {@link
 * io.github.campaignkit.core.tracking.Issue issue log}, held together by {@link
 * io.github.campaignkit.core.tracking.Tracking}.
 *
 * <p>A {@link io.github.campaignkit.core.tracking.TrackingPolicy} sets the deadlines (reports at
 * 17:00; small issues to the module lead, big ones to the overall lead within 2 hours, urgent ones
 * answered within 1 hour and fixed within 24). {@link io.github.campaignkit.core.tracking.Escalations}
 * derives who handles an issue and when it went up a tier; {@link
 * io.github.campaignkit.core.tracking.TrackingRules} reports what is missing, late or overdue at the
 * time of a given {@link java.time.Clock}. This package reads {@code team}; nothing here reads the
 * system time.
 */
package io.github.campaignkit.core.tracking;
