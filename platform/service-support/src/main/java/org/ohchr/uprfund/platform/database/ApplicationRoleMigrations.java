package org.ohchr.uprfund.platform.database;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Runs the migrations as the owner when the service's requests run as an application role of their own, and gives that
 * role, after every migration, the row privileges it needs and nothing more ({@link ApplicationRoleGrants}).
 */
@Singleton
public class ApplicationRoleMigrations implements FlywayConfigurationCustomizer {

    private final DatabaseRolesConfig roles;
    private final String jdbcUrl;
    private final Optional<String> applicationPassword;

    ApplicationRoleMigrations(DatabaseRolesConfig roles, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> applicationPassword) {
        this.roles = roles;
        this.jdbcUrl = jdbcUrl;
        this.applicationPassword = applicationPassword;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        roles.applicationRole()
                .filter(role -> !role.equals(roles.ownerUser()))
                .ifPresent(role -> configuration
                        .dataSource(jdbcUrl, roles.ownerUser(), roles.ownerPassword().orElse(null))
                        .callbacks(new ApplicationRoleGrants(role, applicationPassword.orElse(null))));
    }
}
