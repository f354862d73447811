package org.ohchr.uprfund.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code deploy/postgres/create-roles.sh}, which PostgreSQL runs at its first start under Docker Compose and Kubernetes:
 * the databases it makes a pair of roles for, and the roles it creates.
 */
record RolesScript(List<String> databases, List<String> createRoleStatements) {

    static final Path FILE = ServiceConfiguration.ROOT.resolve("deploy/postgres/create-roles.sh");

    private static final Pattern DATABASES = Pattern.compile("(?m)^for database in ([a-z_ ]+); do$");
    private static final Pattern CREATE_ROLE = Pattern.compile("(?m)^CREATE ROLE .*$");

    static RolesScript read() {
        try {
            String script = Files.readString(FILE);
            Matcher databases = DATABASES.matcher(script);
            if (!databases.find()) {
                throw new IllegalStateException(FILE + " names no databases");
            }
            Matcher createRole = CREATE_ROLE.matcher(script);
            Stream.Builder<String> statements = Stream.builder();
            while (createRole.find()) {
                statements.add(createRole.group());
            }
            return new RolesScript(List.of(databases.group(1).trim().split(" +")), statements.build().toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
    }

    /** The password variable the script reads for a database's role: {@code <DATABASE>_OWNER_PASSWORD} or {@code _APP_}. */
    static String passwordVariable(String database, String kind) {
        return database.toUpperCase(Locale.ROOT) + "_" + kind + "_PASSWORD";
    }
}
