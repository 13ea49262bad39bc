package io.github.campaignkit.examples.service;

import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;

/** The service's tests on H2 in file mode, as the example runs it. */
class H2ServiceTest extends CampaignServiceContract {

    @Override
    SqlDialect dialect() {
        return SqlDialect.H2;
    }

    @Override
    JdbcConnectionPool open(Path folder) {
        return CampaignServiceExample.database(folder);
    }

    @Override
    List<String> processArguments(Path folder) {
        return List.of("h2", folder.toString());
    }

    @Override
    JdbcConnectionPool reopen(Path folder) {
        return CampaignServiceExample.database(folder);
    }
}
