import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What idle subscribers of the gateway's event stream cost fund status: {@code GET /api/fund/status} measured by a
 * closed loop of clients (each sends its next request when the last answered) first alone, then with
 * {@code <subscribers>} clients holding {@code /api/fund/events} open, idle, and then {@code <extra>} more past them,
 * each of which must get a problem (a 503 of type application/problem+json with Retry-After) once the stream's cap is
 * reached; then alone again, once they closed (the spread of two measures alone shows the machine's noise). Each
 * subscriber sends an X-Forwarded-For of its own (addresses of 198.18.0.0/15, set aside for benchmarks),
 * as clients behind the proxy in front of the gateway would: the gateway takes it from 127.0.0.1, a trusted proxy by
 * default.
 * <p>
 * Run by deploy/bench/event-subscribers: {@code java EventSubscribers.java <gateway url> <subscribers> <extra>
 * <clients> <measured seconds> <warm-up seconds>}. Prints the figures; exit 1 when fund status fails, a subscriber is
 * refused before the cap, or a refused one does not get a problem.
 */
public class EventSubscribers {

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: java EventSubscribers.java <gateway url> <subscribers> <extra> <clients> <measured seconds>"
                    + " <warm-up seconds>");
            System.exit(2);
        }
        URI gateway = URI.create(args[0]);
        int subscribers = Integer.parseInt(args[1]);
        int extra = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        Duration measured = Duration.ofSeconds(Long.parseLong(args[4]));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(args[5]));
        URI status = gateway.resolve("/api/fund/status");

        Latencies.of(status, clients, warmUp);
        Latencies alone = Latencies.of(status, clients, measured);
        System.out.println("fund status alone:               " + alone);

        try (Subscribers open = Subscribers.open(gateway, subscribers + extra)) {
            System.out.printf(Locale.ROOT, "subscribers: %d asked, %d open (200), %d refused with a problem (503, Retry-After), %d other%n",
                    subscribers + extra, open.accepted, open.refusedWithProblem, open.other);
            Latencies.of(status, clients, warmUp);
            Latencies with = Latencies.of(status, clients, measured);
            int stillOpen = open.stillOpen();
            System.out.println("fund status with them open:      " + with);
            System.out.printf(Locale.ROOT, "subscribers still open after the load: %d%n", stillOpen);
            open.close();
            Latencies after = Latencies.of(status, clients, measured);
            System.out.println("fund status alone again, after:  " + after);
            System.out.printf(Locale.ROOT, "ratio with/alone: p50 %.2f, p99 %.2f, requests/s %.2f (against alone again: p99 %.2f)%n",
                    with.p50 / alone.p50, with.p99 / alone.p99, with.perSecond / alone.perSecond, with.p99 / after.p99);
            System.out.printf(Locale.ROOT, "FIGURES alone_p50_ms=%.3f alone_p99_ms=%.3f with_p50_ms=%.3f with_p99_ms=%.3f open=%d refused=%d other=%d%n",
                    alone.p50, alone.p99, with.p50, with.p99, open.accepted, open.refusedWithProblem, open.other);
            if (alone.failures > 0 || with.failures > 0 || after.failures > 0 || open.other > 0) {
                System.err.println("EventSubscribers: fund status failed, or a subscriber got something other than the stream or a problem");
                System.exit(1);
            }
        }
    }

    /** Latencies of a closed loop of clients. */
    static final class Latencies {

        final double p50;
        final double p99;
        final double perSecond;
        final long failures;

        private Latencies(long[] nanos, int count, long failures, Duration over) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            this.p50 = count == 0 ? Double.NaN : sorted[(int) Math.min(count - 1, Math.ceil(count * 0.50) - 1)] / 1e6;
            this.p99 = count == 0 ? Double.NaN : sorted[(int) Math.min(count - 1, Math.ceil(count * 0.99) - 1)] / 1e6;
            this.perSecond = count / (over.toNanos() / 1e9);
            this.failures = failures;
        }

        static Latencies of(URI url, int clients, Duration over) throws Exception {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build();
            long end = System.nanoTime() + over.toNanos();
            List<long[]> perClient = new ArrayList<>();
            List<int[]> counts = new ArrayList<>();
            AtomicLong failures = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                long[] mine = new long[1 << 20];
                int[] count = new int[1];
                perClient.add(mine);
                counts.add(count);
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            failures.incrementAndGet();
                        }
                        if (count[0] < mine.length) {
                            mine[count[0]++] = System.nanoTime() - started;
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(over.toSeconds() + 60, TimeUnit.SECONDS);
            int total = counts.stream().mapToInt(count -> count[0]).sum();
            long[] all = new long[total];
            int at = 0;
            for (int c = 0; c < clients; c++) {
                System.arraycopy(perClient.get(c), 0, all, at, counts.get(c)[0]);
                at += counts.get(c)[0];
            }
            return new Latencies(all, total, failures.get(), over);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.3f ms, p99 %.3f ms, %.0f requests/s, %d failed", p50, p99, perSecond, failures);
        }
    }

    /** Subscribers holding the stream open, on one selector; each reads (and drops) what the stream sends. */
    static final class Subscribers implements AutoCloseable {

        private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(60);

        private final Selector selector;
        private final Map<SocketChannel, StringBuilder> heads = new HashMap<>();
        private final List<SocketChannel> streams = new ArrayList<>();
        private final Thread drainer;
        int accepted;
        int refusedWithProblem;
        int other;

        private Subscribers(Selector selector) {
            this.selector = selector;
            this.drainer = new Thread(this::drain, "subscribers");
            this.drainer.setDaemon(true);
        }

        static Subscribers open(URI gateway, int count) throws IOException {
            Subscribers subscribers = new Subscribers(Selector.open());
            InetSocketAddress address = new InetSocketAddress(gateway.getHost(), gateway.getPort() < 0 ? 80 : gateway.getPort());
            // Connected a few at a time, each subscription answered before the next batch: the order of the subscriptions is
            // the order of their answers, so that only those past the cap are refused.
            int batch = 50;
            for (int from = 0; from < count; from += batch) {
                List<SocketChannel> asked = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + batch); i++) {
                    SocketChannel channel = SocketChannel.open(address);
                    String request = "GET /api/fund/events HTTP/1.1\r\nHost: " + gateway.getAuthority() + "\r\nAccept: text/event-stream\r\n"
                            + "X-Forwarded-For: 198.18." + (i / 250) + "." + (i % 250 + 1) + "\r\n\r\n";
                    channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
                    channel.configureBlocking(false);
                    channel.register(subscribers.selector, SelectionKey.OP_READ);
                    subscribers.heads.put(channel, new StringBuilder());
                    asked.add(channel);
                }
                subscribers.awaitHeads(asked);
            }
            subscribers.drainer.start();
            return subscribers;
        }

        /** Reads until each of {@code asked} has its status line and headers; sorts them into open, refused and other. */
        private void awaitHeads(List<SocketChannel> asked) throws IOException {
            long end = System.nanoTime() + ANSWERED_WITHIN.toNanos();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            List<SocketChannel> waiting = new ArrayList<>(asked);
            while (!waiting.isEmpty() && System.nanoTime() < end) {
                selector.select(1000);
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel channel = (SocketChannel) key.channel();
                    buffer.clear();
                    int read = channel.read(buffer);
                    StringBuilder head = heads.get(channel);
                    if (read < 0) {
                        key.cancel();
                        channel.close();
                        if (head != null && waiting.remove(channel)) {
                            sort(channel, head.toString(), true);
                        }
                        continue;
                    }
                    if (head != null && waiting.contains(channel)) {
                        head.append(new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1));
                        if (head.indexOf("\r\n\r\n") >= 0 && (!head.toString().startsWith("HTTP/1.1 503") || head.indexOf("}") >= 0)) {
                            waiting.remove(channel);
                            sort(channel, head.toString(), false);
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
            other += waiting.size();
        }

        private void sort(SocketChannel channel, String head, boolean closed) throws IOException {
            String lower = head.toLowerCase(Locale.ROOT);
            if (head.startsWith("HTTP/1.1 200") && !closed) {
                accepted++;
                streams.add(channel);
            } else if (head.startsWith("HTTP/1.1 503") && lower.contains("content-type: application/problem+json")
                    && lower.contains("retry-after:")) {
                refusedWithProblem++;
                channel.close();
            } else {
                other++;
                channel.close();
            }
            heads.remove(channel);
        }

        /** Keeps reading what the open streams send (keep-alives, changes), so that none backs up. */
        private void drain() {
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            try {
                while (selector.isOpen()) {
                    selector.select(1000);
                    for (SelectionKey key : selector.selectedKeys()) {
                        buffer.clear();
                        if (((SocketChannel) key.channel()).read(buffer) < 0) {
                            key.cancel();
                            key.channel().close();
                        }
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException | RuntimeException e) {
                // closed
            }
        }

        int stillOpen() {
            return (int) streams.stream().filter(SocketChannel::isOpen).count();
        }

        @Override
        public void close() throws IOException {
            if (!selector.isOpen()) {
                return;
            }
            selector.close();
            for (SocketChannel channel : streams) {
                channel.close();
            }
        }
    }
}
