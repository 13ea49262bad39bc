/**
 * A campaign's on-site event (seed 002's 产品发布会): the venue booking, the run of show (签到 → 开场 →
 * 致辞 → 讲解 → 互动 → 签约 → 合影) with each segment's start, duration and owner, and the notices
 * (internal 活动协作函 at least 7 days before, external reminder 3 days before, by
 * {@link io.github.campaignkit.core.event.NoticePolicy policy}) as dated items that can be late.
 *
 * <p>{@link io.github.campaignkit.core.event.EventPlan} holds it;
 * {@link io.github.campaignkit.core.event.EventRules} report overlaps, segments outside the booking
 * and late or overdue notices as violations with paths. This package reads {@code team}; it does not
 * know the campaign and never reads the system time.
 */
package io.github.campaignkit.core.event;
