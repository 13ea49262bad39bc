package io.github.campaignkit.examples.service;

/**
 * What differs between the SQL databases {@link CampaignStore} runs on: the type of the columns that
 * hold JSON and how a parameter is bound to one. Everything else is standard SQL.
 */
public enum SqlDialect {

    /** H2 2.x: JSON kept as text in a {@code CHARACTER LARGE OBJECT}, read back byte for byte. */
    H2("CHARACTER LARGE OBJECT", "?"),
    /** PostgreSQL: {@code jsonb}, so the journal can be queried in SQL; bound with a cast. */
    POSTGRESQL("jsonb", "CAST(? AS jsonb)");

    private final String jsonType;
    private final String jsonParameter;

    SqlDialect(String jsonType, String jsonParameter) {
        this.jsonType = jsonType;
        this.jsonParameter = jsonParameter;
    }

    /**
     * The column type of a JSON document.
     *
     * @return the SQL type
     */
    public String jsonType() {
        return jsonType;
    }

    /**
     * The placeholder of a JSON parameter in an {@code INSERT}.
     *
     * @return the SQL fragment
     */
    public String jsonParameter() {
        return jsonParameter;
    }
}
