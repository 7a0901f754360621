package eu.cyberstat.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 exchange over a plain socket, for the requests the portal refuses for their size.
 *
 * <p>Jetty answers such a request (413, 431) without reading all of it and then closes the
 * connection; the bytes still unread make the close a TCP reset, which can reach the client before
 * the answer does. So a body is announced with {@code Expect: 100-continue} and sent only if the
 * server asks for it, as curl does; a refusal then arrives before any of the body. (The JDK's
 * HttpClient can do this too, but on Java 17 it can wait for ever when the answer is not 100,
 * JDK-8286171: a CI run hung so on PortalSecurityTest's 413.) An
 * oversized header cannot be announced: a reset before any answer is retried a few times. Every
 * read has a time bound, so an exchange never hangs.
 */
final class RawExchange {

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int TRIES = 5;

    private RawExchange() {
    }

    static WebClient.Page send(URI base, String method, String path, Map<String, String> headers, byte[] body) {
        SocketException reset = null;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            try {
                return once(base, method, path, headers, body);
            } catch (SocketException closedBeforeAnAnswer) {
                reset = closedBeforeAnAnswer;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new UncheckedIOException(method + " " + path + ": the connection was reset before an answer, "
                + TRIES + " times", reset);
    }

    private static WebClient.Page once(URI base, String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\nExpect: 100-continue\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            WebClient.Page answer = read(in);
            if (answer.status() == 100 && body != null) {
                out.write(body);
                out.flush();
                answer = read(in);
            }
            return answer;
        }
    }

    private static WebClient.Page read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new SocketException("closed before an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        if (status == 100) {
            return new WebClient.Page(status, headers, "");
        }
        byte[] content;
        if (headers.containsKey("Content-Length")) {
            content = in.readNBytes(Integer.parseInt(headers.get("Content-Length").get(0)));
        } else if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
            content = chunked(in);
        } else {
            content = in.readAllBytes();
        }
        return new WebClient.Page(status, new LinkedHashMap<>(headers), new String(content, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                break;
            }
            content.writeBytes(in.readNBytes(length));
            line(in);
        }
        return content.toByteArray();
    }

    /** A line ending in CRLF, without it; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
