package org.xxgkcheck.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Requests to a service on the loopback address, as a publishing system would send them. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    Http(int port) { this.base = "http://127.0.0.1:" + port; }

    record Reply(int status, String body, Map<String, String> headers) {}

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** multipart/form-data with the given fields; a byte[] value is a file part named by its key's file name. */
    Reply form(String path, Map<String, Object> fields) throws IOException, InterruptedException {
        String boundary = "----xxgk" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            b.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (f.getValue() instanceof FilePart p) {
                b.writeBytes(("Content-Disposition: form-data; name=\"" + f.getKey() + "\"; filename=\"" + p.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                b.writeBytes(p.bytes());
            } else {
                b.writeBytes(("Content-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue())
                    .getBytes(StandardCharsets.UTF_8));
            }
            b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build());
    }

    Reply check(String name, byte[] bytes) throws IOException, InterruptedException {
        return form("/api/check", Map.of("file", new FilePart(name, bytes)));
    }

    /** The raw body with the file name in X-File-Name (null: no header). */
    Reply raw(String path, String header, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (header != null) r.header("X-File-Name", header);
        return send(r.build());
    }

    private static Reply send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, String> h = new LinkedHashMap<>();
        res.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        return new Reply(res.statusCode(), res.body(), h);
    }

    record FilePart(String name, byte[] bytes) {}

    static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
