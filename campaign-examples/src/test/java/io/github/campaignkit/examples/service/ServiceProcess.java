package io.github.campaignkit.examples.service;

import io.github.campaignkit.core.campaign.Lifecycle;
import io.github.campaignkit.json.CampaignJson;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The service in a process of its own, for the test that kills it: serves the H2 database in the
 * folder given as the first argument, snapshots every second-argument revisions, prints
 * {@code PORT <n>} once it listens, and runs until killed.
 */
public final class ServiceProcess {

    private ServiceProcess() {
    }

    /**
     * Serves until killed.
     *
     * @param args the database folder and the snapshot interval
     * @throws Exception if the service cannot start
     */
    public static void main(String[] args) throws Exception {
        JdbcConnectionPool pool = CampaignServiceExample.database(Path.of(args[0]));
        CampaignService service = new CampaignService(new CampaignStore(pool, SqlDialect.H2, CampaignJson.standard()),
                Lifecycle.standard(), Clock.systemUTC(), Integer.parseInt(args[1]));
        CampaignHttpServer server = new CampaignHttpServer(service, CampaignJson.standard(), Clock.systemUTC(), 0, 4, 1 << 20);
        System.out.println("PORT " + server.address().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
