package dev.passkeyautopilot.it.harness;

/** The database a suite's Keycloak runs on. */
public enum Database {
    /** A fresh PostgreSQL database per run on 127.0.0.1:5432 (what production looks like). */
    POSTGRES,
    /** Keycloak's dev-file H2 inside the server's work directory (what the demo uses); survives restarts. */
    H2
}
