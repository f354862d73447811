package org.ohchr.uprfund.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module's configuration as its sources state it: its own {@code application.properties} over the platform's shared
 * settings, and the properties of the {@code @ConfigMapping} interfaces it and the platform declare. What a descriptor
 * sets is checked against it.
 */
record ServiceConfiguration(String module, Properties properties, Set<String> variables) {

    /** The repository's root: the deploy module's parent. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    static final String[] MODULES = {"contributions-service", "projects-service", "recommendations-service", "gateway"};

    /** {@code ${NAME} or ${NAME:default}}: an environment variable a setting reads. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private static final Pattern DATABASE_NAME = Pattern.compile("\\$\\{FUND_DB_NAME:([a-z_]+)}");

    private static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(prefix = \"([a-z.-]+)\"\\)");

    /** A property of a mapping interface: a method without parameters at the interface's own indentation. */
    private static final Pattern MAPPING_PROPERTY = Pattern.compile("(?m)^    [\\w<>, ?]+ (\\w+)\\(\\);");

    static ServiceConfiguration of(String module) {
        Properties properties = new Properties();
        load(properties, ROOT.resolve("platform/service-support/src/main/resources/META-INF/microprofile-config.properties"));
        load(properties, ROOT.resolve(module).resolve("src/main/resources/application.properties"));
        Set<String> variables = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher variable = VARIABLE.matcher(properties.getProperty(key));
            while (variable.find()) {
                variables.add(variable.group(1));
            }
        }
        for (Path sources : List.of(ROOT.resolve("platform/service-support/src/main/java"), ROOT.resolve(module).resolve("src/main/java"))) {
            variables.addAll(mappedVariables(sources));
        }
        return new ServiceConfiguration(module, properties, variables);
    }

    /** The environment variables that set the properties of every {@code @ConfigMapping} interface under a folder. */
    private static Set<String> mappedVariables(Path sources) {
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher prefix = MAPPING_PREFIX.matcher(source);
                if (!prefix.find()) {
                    continue;
                }
                Matcher property = MAPPING_PROPERTY.matcher(source);
                while (property.find()) {
                    variables.add(environmentVariableOf(prefix.group(1) + "." + kebabCase(property.group(1))));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + sources, e);
        }
        return variables;
    }

    /** As SmallRye Config names a property in the environment: upper case, anything else than letters and digits as _. */
    private static String environmentVariableOf(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String kebabCase(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The HTTP port the module listens on by default. */
    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    /**
     * True when the module reads the variable: a setting names it, it sets a property of a mapping interface, or it is
     * a Quarkus property in the environment's spelling.
     */
    boolean reads(String variable) {
        return variables.contains(variable) || variable.startsWith("QUARKUS_");
    }

    /** The name of the module's own database: the default of {@code FUND_DB_NAME} in its datasource's URL. */
    String database() {
        Matcher name = DATABASE_NAME.matcher(properties.getProperty("quarkus.datasource.jdbc.url"));
        if (!name.find()) {
            throw new IllegalStateException(module + " names no database of its own");
        }
        return name.group(1);
    }

    /** The role that owns the module's database and runs its migrations, as deploy/postgres/create-roles.sh makes it. */
    String ownerRole() {
        return database() + "_owner";
    }

    /** The role the module serves its requests as, which owns nothing, as deploy/postgres/create-roles.sh makes it. */
    String applicationRole() {
        return database() + "_app";
    }

    /** True when the module's requests run as an application role, whose password must then be supplied. */
    boolean hasApplicationRole() {
        return properties.containsKey("fund.database.application-role");
    }

    private static void load(Properties properties, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
