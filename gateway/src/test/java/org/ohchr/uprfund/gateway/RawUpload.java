package org.ohchr.uprfund.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.RestAssured;

/**
 * An upload written by hand on a socket to the application under test, for what an HTTP client library does not let a
 * test do: send the headers of a large body and stop there, send a body in parts at the test's pace, or keep sending
 * chunks that never end, while reading the answer whenever it comes.
 */
final class RawUpload implements AutoCloseable {

    /** A small send buffer: what the client can push without the server reading stays small too. */
    private static final int SEND_BUFFER = 64 * 1024;

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final long started = System.nanoTime();
    private final AtomicLong sent = new AtomicLong();

    private RawUpload(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    /** Connects and sends the request line and {@code headers}; no body yet. */
    static RawUpload start(String method, String path, Map<String, String> headers) {
        try {
            Socket socket = new Socket();
            socket.setSendBufferSize(SEND_BUFFER);
            socket.connect(new java.net.InetSocketAddress("localhost", RestAssured.port), 5_000);
            RawUpload upload = new RawUpload(socket);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            upload.out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            upload.out.flush();
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + method + " " + path, e);
        }
    }

    /** Sends part of a body as it is (a declared length's bytes). */
    RawUpload send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            sent.addAndGet(bytes.length);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not send its body", e);
        }
    }

    /**
     * Sends 64 KB chunks ({@code Transfer-Encoding: chunked}) without ever sending the last one, until the connection
     * fails or {@code most} bytes are sent; meant for a thread of its own. Returns the bytes of body sent.
     */
    long sendChunksWithoutEnd(long most) {
        byte[] data = new byte[64 * 1024];
        java.util.Arrays.fill(data, (byte) 'x');
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try {
            while (sent.get() < most) {
                out.write(size);
                out.write(data);
                out.write(crlf);
                sent.addAndGet(data.length);
            }
        } catch (IOException closed) {
            // The server closed the connection: what was sent is counted.
        }
        return sent.get();
    }

    /** The bytes of body written to the socket so far. */
    long sent() {
        return sent.get();
    }

    /** Reads the answer, waiting at most {@code within} for each read. */
    Answer answer(Duration within) {
        try {
            socket.setSoTimeout(Math.toIntExact(within.toMillis()));
            String statusLine = line();
            long millis = (System.nanoTime() - started) / 1_000_000;
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
            }
            int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
            byte[] body = in.readNBytes(length);
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8), millis);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("No answer within " + within.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The answer could not be read", e);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The connection closed before the answer's head ended");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** The status, headers and body of an answer, and how long after the upload started its status line came. */
    record Answer(int status, Map<String, String> headers, String body, long millis) {

        String header(String name) {
            return headers.get(name);
        }
    }
}
