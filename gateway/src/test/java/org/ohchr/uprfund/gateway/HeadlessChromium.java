package org.ohchr.uprfund.gateway;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's Chromium, headless ({@code --headless --no-sandbox --disable-gpu --disable-background-networking}), driven
 * through the DevTools protocol: it opens a page, and tests evaluate JavaScript in it, as a user's browser would run it.
 * {@link #find()} is empty where no {@code chromium} is installed.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket page;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

    /** The chromium executable on the PATH, or null when there is none. */
    static Path find() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Starts Chromium with the browser language {@code language} (such as {@code fr-FR}) and opens {@code url}, having
     * first made every page of it record the Content Security Policy violations it meets in {@code window.cspViolations}.
     */
    static HeadlessChromium open(Path executable, String url, String language) throws Exception {
        HeadlessChromium chromium = start(executable, language);
        chromium.command("Page.enable", JSON.createObjectNode());
        chromium.command("Page.addScriptToEvaluateOnNewDocument", JSON.createObjectNode().put("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation', e =>"
                        + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
        chromium.command("Page.navigate", JSON.createObjectNode().put("url", url));
        return chromium;
    }

    private static HeadlessChromium start(Path executable, String language) throws Exception {
        String url = "about:blank";
        Path profile = Files.createTempDirectory("fund-chromium");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-extensions", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--lang=" + language, "--accept-lang=" + language, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        try {
            int port = devToolsPort(profile, process);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?"
                    + URLEncoder.encode(url, StandardCharsets.UTF_8))).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            String socket = JSON.readTree(created.body()).path("webSocketDebuggerUrl").asText();
            return new HeadlessChromium(process, profile, http, socket);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private HeadlessChromium(Process process, Path profile, HttpClient http, String socket) throws Exception {
        this.process = process;
        this.profile = profile;
        this.page = http.newWebSocketBuilder().buildAsync(URI.create(socket), new Listener()).get(30, TimeUnit.SECONDS);
    }

    /** Evaluates a JavaScript expression in the page; answers its value (as JSON), awaiting it if it is a promise. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = command("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("The page could not evaluate " + expression + ": " + result);
        }
        return result.path("result").path("value");
    }

    /** Sends a DevTools command to the page and answers its result. */
    JsonNode command(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", params);
        page.sendText(command.toString(), true).get(10, TimeUnit.SECONDS);
        JsonNode result = answer.get(30, TimeUnit.SECONDS);
        if (result.has("error")) {
            throw new IllegalStateException("DevTools refused " + method + ": " + result);
        }
        return result.path("result");
    }

    /** Evaluates {@code condition} until it is true, or fails after {@code timeout}. */
    void await(String condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            // While the page loads, the document it asks about may not be there yet.
            if (evaluate("(() => { try { return Boolean(" + condition + "); } catch (e) { return false; } })()").asBoolean(false)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The page did not reach " + condition + " within " + timeout + "; its log: "
                + Files.readString(profile.resolve("chromium.log")));
    }

    @Override
    public void close() throws IOException {
        page.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Chromium writes the port it chose into DevToolsActivePort in its profile. */
    private static int devToolsPort(Path profile, Process process) throws Exception {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium stopped: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Chromium did not open its DevTools port within 30 s");
    }

    /** Collects each DevTools message and completes the answer it carries. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode node = JSON.readTree(message.toString());
                    CompletableFuture<JsonNode> answer = node.has("id") ? answers.remove(node.get("id").asInt()) : null;
                    if (answer != null) {
                        answer.complete(node);
                    }
                } catch (IOException e) {
                    // not a message of ours
                } finally {
                    message.setLength(0);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
