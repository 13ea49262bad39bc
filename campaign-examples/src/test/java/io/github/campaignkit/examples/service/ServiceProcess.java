package io.github.campaignkit.examples.service;

import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.json.CampaignJson;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The service in a process of its own, for the test that kills it: snapshots every first-argument
 * revisions; serves the H2 database in the folder given as {@code h2 <folder>}, or PostgreSQL as
 * {@code postgresql <jdbc url>}; prints {@code PORT <n>} once it listens, and runs until killed.
 */
public final class ServiceProcess {

    private ServiceProcess() {
    }

    /**
     * Serves until killed.
     *
     * @param args the snapshot interval, the dialect and where the database is
     * @throws Exception if the service cannot start
     */
    public static void main(String[] args) throws Exception {
        boolean h2 = args[1].equals("h2");
        JdbcConnectionPool pool = h2 ? CampaignServiceExample.database(Path.of(args[2]))
                : EmbeddedPostgresServer.pool(args[2]);
        CampaignService service = new CampaignService(new CampaignStore(pool, h2 ? SqlDialect.H2 : SqlDialect.POSTGRESQL,
                CampaignJson.standard()), Lifecycle.standard(), Clock.systemUTC(), Integer.parseInt(args[0]));
        CampaignHttpServer server = new CampaignHttpServer(service, CampaignJson.standard(), Clock.systemUTC(), 0, 4, 1 << 20);
        System.out.println("PORT " + server.address().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
