package io.github.campaignkit.examples.service;

import io.github.campaignkit.core.campaign.Campaign;
import io.github.campaignkit.core.campaign.CampaignId;
import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.JournalEntry;
import io.github.campaignkit.json.CampaignJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Campaigns kept in a SQL database as their journal, not as a rewritten document: an append-only
 * table of accepted commands, one row per revision, and snapshots of whole campaigns written now
 * and then. A campaign is loaded from its latest snapshot and the commands after it.
 *
 * <pre>
 * campaign_journal  (campaign_id, revision, at, actor, command)   primary key (campaign_id, revision)
 * campaign_snapshot (campaign_id, revision, schema_version, document)   primary key (campaign_id, revision)
 * </pre>
 *
 * <p>The journal's primary key is the optimistic concurrency: two writers that both append the same
 * revision of a campaign cannot both succeed, and {@link #append} tells the loser so instead of
 * throwing. A command costs one insert whatever the campaign's size. Commands and documents are
 * stored as campaign-json writes them, each with its {@code schemaVersion}, so rows written by an
 * older release still read after an upgrade.
 *
 * <p>Thread-safe: each call takes a connection from the data source and gives it back.
 */
public final class CampaignStore {

    /** SQLSTATE of a unique or primary key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource data;
    private final SqlDialect dialect;
    private final CampaignJson json;

    /**
     * A store over a data source, creating its two tables when they do not exist.
     *
     * @param data    where the tables are
     * @param dialect the database's dialect
     * @param json    how campaigns and commands are written and read
     * @throws StoreException if the tables cannot be created
     */
    public CampaignStore(DataSource data, SqlDialect dialect, CampaignJson json) {
        this.data = Objects.requireNonNull(data, "data");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.json = Objects.requireNonNull(json, "json");
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS campaign_journal (campaign_id VARCHAR(128) NOT NULL, "
                    + "revision BIGINT NOT NULL, at TIMESTAMP WITH TIME ZONE NOT NULL, actor VARCHAR(128) NOT NULL, "
                    + "command " + dialect.jsonType() + " NOT NULL, PRIMARY KEY (campaign_id, revision))");
            s.execute("CREATE TABLE IF NOT EXISTS campaign_snapshot (campaign_id VARCHAR(128) NOT NULL, "
                    + "revision BIGINT NOT NULL, schema_version INT NOT NULL, document " + dialect.jsonType()
                    + " NOT NULL, PRIMARY KEY (campaign_id, revision))");
        } catch (SQLException e) {
            throw new StoreException("creating the tables", e);
        }
    }

    /**
     * Stores a new campaign as its first snapshot (a campaign just planned, or one imported from a
     * document of any schema version this library reads).
     *
     * @param campaign the campaign
     * @return false when a campaign with that id is stored already
     * @throws StoreException if the database fails
     */
    public boolean create(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        if (latestRevision(campaign.id()).isPresent()) {
            return false;
        }
        return insertSnapshot(campaign) > 0;
    }

    /**
     * Appends an accepted command's entry: one insert.
     *
     * @param campaign the campaign's id
     * @param entry    the entry, whose revision must be the campaign's next
     * @return false when another writer has stored that revision already (the command was based on
     *     a campaign that has moved on)
     * @throws StoreException if the database fails otherwise
     */
    public boolean append(CampaignId campaign, JournalEntry entry) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(entry, "entry");
        String sql = "INSERT INTO campaign_journal (campaign_id, revision, at, actor, command) VALUES (?, ?, ?, ?, "
                + dialect.jsonParameter() + ")";
        try (Connection c = data.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, campaign.value());
            p.setLong(2, entry.revision());
            p.setTimestamp(3, Timestamp.from(entry.at()));
            p.setString(4, entry.actor().value());
            p.setString(5, json.writeCommand(entry.command()));
            p.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new StoreException("appending revision " + entry.revision() + " of " + campaign.value(), e);
        }
    }

    /**
     * Writes a snapshot of a campaign at its revision; writing one that exists does nothing.
     *
     * @param campaign the campaign
     * @return the length of the document written, in characters (0 when it existed)
     * @throws StoreException if the database fails
     */
    public int snapshot(Campaign campaign) {
        return insertSnapshot(Objects.requireNonNull(campaign, "campaign"));
    }

    /** Inserts a snapshot: the length of its document, or 0 when that revision has one. */
    private int insertSnapshot(Campaign campaign) {
        String sql = "INSERT INTO campaign_snapshot (campaign_id, revision, schema_version, document) VALUES (?, ?, ?, "
                + dialect.jsonParameter() + ")";
        try (Connection c = data.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, campaign.id().value());
            p.setLong(2, campaign.revision());
            p.setInt(3, json.schemaVersion());
            String document = json.write(campaign);
            p.setString(4, document);
            p.executeUpdate();
            return document.length();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return 0;
            }
            throw new StoreException("writing a snapshot of " + campaign.id().value(), e);
        }
    }

    /**
     * Loads a campaign: its latest snapshot, then the commands after it replayed.
     *
     * @param campaign the campaign's id
     * @return the campaign at its latest revision, or empty when none is stored under that id
     * @throws StoreException if the database fails or what it holds cannot be read or replayed
     */
    public Optional<Campaign> load(CampaignId campaign) {
        Objects.requireNonNull(campaign, "campaign");
        Optional<Campaign> snapshot = latestSnapshot(campaign);
        return snapshot.map(from -> catchUp(from));
    }

    /**
     * Brings a campaign held in memory up to date: the commands stored after its revision, replayed.
     *
     * @param campaign the campaign as held
     * @return the campaign at the latest stored revision (the same one when nothing was stored since)
     * @throws StoreException if the database fails or the stored commands do not replay
     */
    public Campaign catchUp(Campaign campaign) {
        Journal after = journal(campaign.id(), campaign.revision());
        return after.replayOnto(campaign).getOrElseThrow(refusal -> new StoreException(
                "replaying the journal of " + campaign.id().value() + ": " + refusal.message(java.util.Locale.ENGLISH),
                null));
    }

    /**
     * The journal entries of a campaign after a revision, oldest first.
     *
     * @param campaign the campaign's id
     * @param after    the revision to start after (0 for the whole journal)
     * @return the entries
     * @throws StoreException if the database fails or a stored command cannot be read
     */
    public Journal journal(CampaignId campaign, long after) {
        String sql = "SELECT revision, at, command FROM campaign_journal WHERE campaign_id = ? AND revision > ? "
                + "ORDER BY revision";
        try (Connection c = data.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, campaign.value());
            p.setLong(2, after);
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet rows = p.executeQuery()) {
                while (rows.next()) {
                    entries.add(new JournalEntry(rows.getLong(1), rows.getTimestamp(2).toInstant(),
                            json.readCommand(rows.getString(3))));
                }
            }
            return Journal.of(entries);
        } catch (SQLException e) {
            throw new StoreException("reading the journal of " + campaign.value(), e);
        }
    }

    /**
     * The latest revision stored for a campaign, in its journal or its snapshots.
     *
     * @param campaign the campaign's id
     * @return the revision, or empty when nothing is stored under that id
     * @throws StoreException if the database fails
     */
    public Optional<Long> latestRevision(CampaignId campaign) {
        return revision("SELECT MAX(r) FROM (SELECT MAX(revision) AS r FROM campaign_journal WHERE campaign_id = ? "
                + "UNION ALL SELECT MAX(revision) AS r FROM campaign_snapshot WHERE campaign_id = ?) AS revisions",
                campaign, 2, "reading the revision of ");
    }

    /**
     * The revision of a campaign's latest snapshot.
     *
     * @param campaign the campaign's id
     * @return the revision, or empty when it has none
     * @throws StoreException if the database fails
     */
    public Optional<Long> latestSnapshotRevision(CampaignId campaign) {
        return revision("SELECT MAX(revision) FROM campaign_snapshot WHERE campaign_id = ?", campaign, 1,
                "reading the snapshots of ");
    }

    /** A query for one revision, its parameters the campaign's id as often as it asks; empty for SQL NULL. */
    private Optional<Long> revision(String sql, CampaignId campaign, int parameters, String doing) {
        try (Connection c = data.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                p.setString(i, campaign.value());
            }
            try (ResultSet rows = p.executeQuery()) {
                rows.next();
                long revision = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(revision);
            }
        } catch (SQLException e) {
            throw new StoreException(doing + campaign.value(), e);
        }
    }

    private Optional<Campaign> latestSnapshot(CampaignId campaign) {
        String sql = "SELECT document FROM campaign_snapshot WHERE campaign_id = ? ORDER BY revision DESC "
                + "FETCH FIRST 1 ROWS ONLY";
        try (Connection c = data.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, campaign.value());
            try (ResultSet rows = p.executeQuery()) {
                return rows.next() ? Optional.of(json.read(rows.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the latest snapshot of " + campaign.value(), e);
        }
    }

    /** A database that failed, or holds what cannot be read back: never a refused command. */
    public static final class StoreException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StoreException(String doing, Throwable cause) {
            super(doing + (cause == null ? "" : ": " + cause.getMessage()), cause);
        }
    }
}
