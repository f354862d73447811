package org.ohchr.uprfund.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ohchr.uprfund.platform.outbox.FundEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a producing service publishes, read from its own build output: the CloudEvents types its event classes declare,
 * and the JSON Schemas it ships ({@code META-INF/resources/events/*.json}, each naming the type it describes in
 * {@code x-cloudevent-type}). A test compares the two, so that no event goes out without a schema and no schema
 * describes an event that no longer exists.
 */
public final class EventCatalogue {

    public static final String SCHEMA_FOLDER = "META-INF/resources/events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventCatalogue() {
    }

    /**
     * Type -> event class, for every concrete {@link FundEvent} in {@code eventPackage}, as compiled into the module's
     * classes directories (its test classes, in the same package, are passed over).
     */
    public static Map<String, Class<?>> declaredTypes(String eventPackage) {
        Map<String, Class<?>> types = new TreeMap<>();
        for (Path folder : folders(eventPackage.replace('.', '/'))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = file.getFileName().toString();
                    Class<?> type = Class.forName(eventPackage + "." + name.substring(0, name.length() - ".class".length()));
                    if (FundEvent.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                        types.put((String) type.getField("TYPE").get(null), type);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("An event class must declare public static final String TYPE: " + e.getMessage(), e);
            }
        }
        return types;
    }

    /** Type -> schema file name, for every schema the module ships. */
    public static Map<String, String> schemas() {
        Map<String, String> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder(SCHEMA_FOLDER))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    JsonNode type = JSON.readTree(in).path("x-cloudevent-type");
                    schemas.put(type.isTextual() ? type.asText() : "(no x-cloudevent-type in " + file.getFileName() + ")",
                            file.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    private static Path folder(String resource) {
        List<Path> found = folders(resource);
        if (found.isEmpty()) {
            throw new AssertionError("No folder " + resource + " on the class path of the module under test");
        }
        return found.get(0);
    }

    /** The folders of that name on the class path, in class path order; jars are passed over. */
    private static List<Path> folders(String resource) {
        List<Path> folders = new ArrayList<>();
        try {
            Enumeration<URL> urls = EventCatalogue.class.getClassLoader().getResources(resource);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("file".equals(url.getProtocol())) {
                    folders.add(Path.of(url.toURI()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
        return folders;
    }
}
