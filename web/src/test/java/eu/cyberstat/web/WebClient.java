package eu.cyberstat.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a screen for the tests: keeps the session cookie, follows no redirect by
 * itself (the tests check them), and fills the CSRF token of the last page into the forms it
 * sends, as a browser would from the page's hidden field.
 */
public final class WebClient {

    /** A response and its page. */
    public record Page(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public Document html() {
            return Jsoup.parse(body);
        }

        public String csrf() {
            Element field = html().selectFirst("input[name=csrf]");
            return field == null ? null : field.attr("value");
        }

        /** The page's visible text, as a reader would read it. */
        public String text() {
            return html().text();
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    public WebClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Page get(String path, String... headers) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            named.put(headers[i], headers[i + 1]);
        }
        return exchange("GET", path, named, null);
    }

    /** The bytes of a download (status 200 expected). */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError(path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a form with the CSRF token of the last page read (unless the fields name one). */
    public Page post(String path, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        if (csrf != null) {
            form.put("csrf", csrf);
        }
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] == null) {
                form.remove(fields[i]);
            } else {
                form.put(fields[i], fields[i + 1]);
            }
        }
        return postRaw(path, encode(form));
    }

    /**
     * Sends a file as a browser's upload form does (multipart/form-data, field {@code file}), with the
     * CSRF token of the last page read and the other {@code fields} given.
     */
    public Page upload(String path, String fileName, byte[] content, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        if (csrf != null) {
            form.put("csrf", csrf);
        }
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        Multipart body = Multipart.of(form, fileName, content);
        return exchange("POST", path, Map.of("Content-Type", body.contentType()), body.bytes());
    }

    public Page postRaw(String path, String body) {
        return exchange("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A request as a browser sends it. One the portal may refuse for its size (a body over 64 KB, a
     * header over 4 KB) goes over a plain socket (see {@link RawExchange}), so that the refusal is read
     * before Jetty's close can reset the connection.
     */
    private Page exchange(String method, String path, Map<String, String> headers, byte[] body) {
        boolean oversized = (body != null && body.length > 64 * 1024)
                || headers.values().stream().anyMatch(v -> v.length() > 4 * 1024);
        if (oversized) {
            Map<String, String> withCookie = new LinkedHashMap<>(headers);
            String cookie = cookies.getCookieStore().get(URI.create(base)).stream().map(HttpCookie::toString)
                    .collect(Collectors.joining("; "));
            if (!cookie.isEmpty()) {
                withCookie.put("Cookie", cookie);
            }
            return remember(RawExchange.send(URI.create(base), method, path, withCookie, body));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Opens the login page, sends the form, and returns the answer (a redirect when it worked),
     * having followed the redirect as a browser does: the page it lands on gives the new session's
     * CSRF token.
     */
    public Page login(String name, String password) {
        get("/login");
        Page answer = post("/login", "name", name, "password", password, "next", "/");
        Page page = answer;
        for (int hops = 0; page.status() == 303 && hops < 5; hops++) {
            page = get(page.header("Location").orElseThrow());
        }
        return answer;
    }

    public Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().contains("cyberstat-session"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Sends a request built by the test (an API call with a token, a chunked body). */
    public Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return remember(new Page(r.statusCode(), r.headers().map(), r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the CSRF token of an HTML page, as a browser keeps the page's hidden field. */
    private Page remember(Page page) {
        String token = page.header("Content-Type").orElse("").startsWith("text/html") ? page.csrf() : null;
        if (token != null) {
            csrf = token;
        }
        return page;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
