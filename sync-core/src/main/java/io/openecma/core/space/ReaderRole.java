package io.openecma.core.space;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The role scim-ingress reads the connector space with: it may log in and SELECT, nothing else, so
 * a flaw in the ingress cannot change what sync-core decided. Set up at every start once a password
 * is configured ({@code OPENECMA_DB_READER_PASSWORD}): created when missing (or its password set
 * when sync-core's database user may), and given SELECT on every table, today's and those later
 * migrations create. Without a password nothing is done and the ingress reads as it is configured.
 */
@ApplicationScoped
public class ReaderRole {

    private static final Logger LOG = Logger.getLogger(ReaderRole.class);

    // format() quotes the names and the password inside PostgreSQL; they travel as bound parameters
    private static final String SET_UP = """
            DO $$
            DECLARE
              reader text := current_setting('openecma.reader_user');
              secret text := current_setting('openecma.reader_password');
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = reader) THEN
                EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', reader, secret);
              ELSE
                BEGIN
                  EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', reader, secret);
                EXCEPTION WHEN insufficient_privilege THEN
                  RAISE NOTICE 'the password of role % is kept: not allowed to change it', reader;
                END;
              END IF;
              EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), reader);
              EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), reader);
              EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), reader);
              EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I',
                             current_schema(), reader);
            END $$""";

    @Inject
    EntityManager em;
    @ConfigProperty(name = "openecma.db.reader.user", defaultValue = "openecma_reader")
    String user;
    @ConfigProperty(name = "openecma.db.reader.password")
    Optional<String> password;

    void onStart(@Observes StartupEvent event) {
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.info("no reader role configured (OPENECMA_DB_READER_PASSWORD): scim-ingress reads with the "
                    + "database user it is given");
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SELECT set_config('openecma.reader_user', ?1, true), "
                                + "set_config('openecma.reader_password', ?2, true)")
                        .setParameter(1, user).setParameter(2, password.get()).getSingleResult();
                em.createNativeQuery(SET_UP).executeUpdate();
            });
            LOG.infof("reader role %s may read the connector space and nothing else", user);
        } catch (RuntimeException e) {
            // the ingress then cannot log in and stays not ready, which says where to look
            LOG.errorf("the reader role %s could not be set up (%s); create it as a database administrator: "
                    + "CREATE ROLE %s LOGIN PASSWORD '...'; GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s; "
                    + "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %s", user, e.getMessage(),
                    user, user, user);
        }
    }
}
