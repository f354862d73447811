import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Anonymous clients hammering every public read of the suite through the gateway, for as long as it runs: each client
 * sends, back to back over a kept-alive connection, the next read of the list below (fund status now and at past dates,
 * the statements as JSON and CSV and a line's entries, the contributions table, country profiles, stated figures, and
 * the services' public lists through the gateway's routes), with no token. Each client connects from a loopback address
 * of its own (127.0.0.2, 127.0.0.3, ...; Linux answers the whole of 127.0.0.0/8), so that a limit per client address
 * sees as many clients as there are; with one address they all send from 127.0.0.1.
 * <p>
 * Run by deploy/bench/anonymous-reads: {@code java deploy/bench/AnonymousReads.java <gateway url> <clients> <addresses>
 * <seconds>}. Prints, when it ends, the answers by status (a 429 or 503 is an answer: the point is what the read model
 * does meanwhile) and the requests per second.
 */
public class AnonymousReads {

    private static final int TIMEOUT_MILLIS = 30_000;

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java AnonymousReads.java <gateway url> <clients> <addresses> <seconds>");
            System.exit(2);
        }
        URI gateway = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        int addresses = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        List<Read> reads = publicReads();
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            String from = addresses <= 1 ? "127.0.0.1" : "127.0.0." + (2 + client % Math.min(addresses, 250));
            int first = client;
            Thread thread = new Thread(() -> hammer(gateway, from, reads, first, end, answers, sent), "anonymous-" + client);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Map<String, Long> byStatus = new TreeMap<>();
        answers.forEach((status, count) -> byStatus.put(status, count.sum()));
        System.out.printf("anonymous reads: %d clients from %d address(es), %d s: %d requests (%.0f/s), answers %s%n", clients,
                Math.max(1, Math.min(addresses, 250)), seconds, sent.get(), sent.get() / (double) seconds, byStatus);
    }

    /** Every public read of the gateway and, through its routes, the services' public lists. */
    private static List<Read> publicReads() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        List<String> json = new ArrayList<>(List.of(
                "/api/fund/status",
                "/api/fund/statements",
                "/api/fund/statements/2020",
                "/api/fund/statements/2020/lines/CONTRIBUTIONS_RECEIVED/entries",
                "/api/fund/contributions?groupBy=period,donor",
                "/api/fund/contributions?groupBy=donor",
                "/api/fund/countries/NGA",
                "/api/fund/countries/KEN",
                "/api/fund/stated-figures",
                "/api/donors",
                "/api/contributions",
                "/api/projects",
                "/api/expenditures",
                "/api/recommendations",
                "/api/cost-categories"));
        for (int past = 2010; past < year; past += 2) {
            json.add("/api/fund/status?asOf=" + past + "-12-31");
        }
        List<Read> reads = new ArrayList<>(json.stream().map(path -> new Read(path, "application/json")).toList());
        reads.add(new Read("/api/fund/statements/2020", "text/csv"));
        return reads;
    }

    /** A read: its path and query, and the representation asked for. */
    private record Read(String path, String accept) {
    }

    /** A kept-alive connection from one address. */
    private record Connection(Socket socket, InputStream in, OutputStream out) {

        static Connection open(String from, URI gateway) throws IOException {
            Socket socket = new Socket();
            try {
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                return new Connection(socket, new BufferedInputStream(socket.getInputStream()), socket.getOutputStream());
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static void hammer(URI gateway, String from, List<Read> reads, int first, long end, Map<String, LongAdder> answers,
            AtomicLong sent) {
        int next = first;
        Connection connection = null;
        while (System.nanoTime() < end) {
            Read read = reads.get(next++ % reads.size());
            try {
                if (connection == null) {
                    connection = Connection.open(from, gateway);
                }
                boolean keepAlive = get(connection, gateway, read, answers);
                sent.incrementAndGet();
                if (!keepAlive) {
                    connection.close();
                    connection = null;
                }
            } catch (IOException e) {
                answers.computeIfAbsent("failed: " + e.getClass().getSimpleName(), key -> new LongAdder()).increment();
                sent.incrementAndGet();
                if (connection != null) {
                    connection.close();
                    connection = null;
                }
            }
        }
        if (connection != null) {
            connection.close();
        }
    }

    /** One request and its whole answer; true when the connection may be used again. */
    private static boolean get(Connection connection, URI gateway, Read read, Map<String, LongAdder> answers) throws IOException {
        connection.out().write(("GET " + read.path() + " HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                + "\r\nAccept: " + read.accept() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        connection.out().flush();
        InputStream in = connection.in();
        String status = line(in);
        if (status == null) {
            throw new IOException("connection closed before an answer");
        }
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(in, length);
        } else {
            close = true;
        }
        String[] parts = status.split(" ");
        answers.computeIfAbsent(parts.length > 1 ? parts[1] : status, key -> new LongAdder()).increment();
        return !close;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed mid-answer");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
