/**
 * Time in a campaign: {@link io.github.campaignkit.core.schedule.DateRange date ranges}, the
 * campaign's {@link io.github.campaignkit.core.schedule.Phase phases} (预热期 warm-up, 爆发期 burst,
 * 延续期 continuation), and the schedule with its working calendar that builds on them.
 */
package io.github.campaignkit.core.schedule;
