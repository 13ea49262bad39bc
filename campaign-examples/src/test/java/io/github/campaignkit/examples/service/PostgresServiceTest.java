package io.github.campaignkit.examples.service;

import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The service's tests on PostgreSQL (the JSON columns are {@code jsonb}), a real server started
 * in-process from Maven Central's binaries for this class and emptied before each test.
 */
class PostgresServiceTest extends CampaignServiceContract {

    private static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    /** The journal is jsonb, so SQL can ask it what kinds of commands a campaign received. */
    @org.junit.jupiter.api.Test
    void theJournalIsJsonbThatSqlCanQuery() throws Exception {
        JdbcConnectionPool pool = pool();
        CampaignService service = new CampaignService(new CampaignStore(pool, SqlDialect.POSTGRESQL,
                io.github.campaignkit.json.CampaignJson.standard()), io.github.campaignkit.core.campaign.Lifecycle.standard(),
                java.time.Clock.systemUTC(), 100);
        io.github.campaignkit.core.campaign.Campaign campaign = io.github.campaignkit.core.testkit.Seed004Kpi.campaign();
        service.create(campaign);
        service.execute(campaign.id(), io.github.campaignkit.core.campaign.CampaignCommand.by(
                io.github.campaignkit.core.testkit.Seed004Kpi.ZHANG, io.github.campaignkit.core.kpi.KpiChange.RaiseAlerts.of(
                        io.github.campaignkit.core.testkit.Seed004Kpi.DASHBOARD_DAY)));
        service.close();
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            try (var rows = s.executeQuery("SELECT data_type FROM information_schema.columns WHERE table_name = "
                    + "'campaign_journal' AND column_name = 'command'")) {
                org.assertj.core.api.Assertions.assertThat(rows.next()).isTrue();
                org.assertj.core.api.Assertions.assertThat(rows.getString(1)).isEqualTo("jsonb");
            }
            try (var rows = s.executeQuery("SELECT command -> 'command' -> 'change' ->> 'type', version() FROM campaign_journal")) {
                org.assertj.core.api.Assertions.assertThat(rows.next()).isTrue();
                org.assertj.core.api.Assertions.assertThat(rows.getString(1)).isEqualTo("kpi.raise-alerts");
                org.assertj.core.api.Assertions.assertThat(rows.getString(2)).startsWith("PostgreSQL ");
            }
        } finally {
            pool.dispose();
        }
    }

    @Override
    SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    JdbcConnectionPool open(Path folder) throws Exception {
        postgres.clear();
        return postgres.pool();
    }

    private static JdbcConnectionPool pool() {
        return postgres.pool();
    }

    @Override
    List<String> processArguments(Path folder) {
        return List.of("postgresql", postgres.jdbcUrl());
    }

    @Override
    JdbcConnectionPool reopen(Path folder) {
        return postgres.pool();
    }
}
