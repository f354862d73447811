package org.ohchr.uprfund.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.security.auth.module.UnixSystem;

/**
 * Command lines for the PostgreSQL programs of one binaries directory. PostgreSQL refuses to run as root (tests run
 * as root on CI): there, each program runs in a user namespace of its own as {@code nobody}, which every Linux has
 * and initdb needs to exist. Inside it, what root owns is owned by nobody, so nothing needs another owner. As any
 * other user the programs run as they are.
 */
final class PostgresCommands {

    private static final List<String> AS_NOBODY = List.of("unshare", "--user", "--map-user=65534", "--map-group=65534");

    private final Path bin;
    private final List<String> prefix;

    PostgresCommands(Path binaries) {
        this.bin = binaries.resolve("bin");
        this.prefix = new UnixSystem().getUid() == 0 ? AS_NOBODY : List.of();
    }

    List<String> of(String program, String... arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }
}
