/**
 * Embedding campaignkit in a service: a small HTTP service (the JDK's {@code com.sun.net.httpserver},
 * no framework) that keeps campaigns in a real SQL database as their journal.
 *
 * <ul>
 *   <li>{@link io.github.campaignkit.examples.service.CampaignStore}: an append-only journal table
 *       whose primary key (campaign id, revision) is the optimistic concurrency, and snapshots now
 *       and then; H2 or PostgreSQL ({@link io.github.campaignkit.examples.service.SqlDialect}).</li>
 *   <li>{@link io.github.campaignkit.examples.service.CampaignService}: commands through the
 *       lifecycle, one insert each, campaigns held in memory and caught up only when another writer
 *       has moved them on.</li>
 *   <li>{@link io.github.campaignkit.examples.service.CampaignHttpServer}: the endpoints, every
 *       failure as RFC 9457 problem details.</li>
 *   <li>{@link io.github.campaignkit.examples.service.CampaignServiceExample}: a scripted client
 *       against it, on H2 in file mode.</li>
 * </ul>
 */
package io.github.campaignkit.examples.service;
