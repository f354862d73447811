package org.ohchr.uprfund.testing;

import org.testcontainers.DockerClientFactory;

/** Decides whether test fixtures run in containers: only when asked for and when a Docker engine answers. */
final class DockerAvailability {

    private DockerAvailability() {
    }

    static boolean containersRequested() {
        boolean requested = Boolean.parseBoolean(System.getenv().getOrDefault("FUND_TEST_CONTAINERS", "false"));
        return requested && DockerClientFactory.instance().isDockerAvailable();
    }
}
