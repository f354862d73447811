package org.ohchr.uprfund.gateway;

import org.eclipse.microprofile.config.ConfigProvider;
import org.ohchr.uprfund.platform.database.DatabaseCreator;
import org.ohchr.uprfund.platform.database.ServiceMain;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * How the gateway starts: as every service does ({@link ServiceMain}), or, with the argument {@code rebuild}, as the
 * rebuild command ({@link RebuildCommand}): without consumers of its own and on a port of its own choosing, so that it
 * runs beside the gateway in service.
 */
@QuarkusMain(name = "gateway")
public final class GatewayMain {

    public static final String REBUILD = "rebuild";

    private GatewayMain() {
    }

    public static void main(String... args) {
        if (args.length == 0 || !REBUILD.equals(args[0])) {
            ServiceMain.main(args);
            return;
        }
        System.setProperty("fund.read-model.consume", "false");
        System.setProperty("quarkus.http.port", "0");
        try {
            DatabaseCreator.fromConfig(ConfigProvider.getConfig()).ensureDatabaseExists();
        } catch (DatabaseCreator.DatabaseUnavailableException e) {
            System.err.println("gateway rebuild: " + e.getMessage());
            System.exit(2);
        }
        Quarkus.run(RebuildCommand.class, (exitCode, failure) -> {
            if (failure != null) {
                System.err.println("gateway rebuild: " + failure);
            }
            System.exit(exitCode);
        }, args);
    }
}
