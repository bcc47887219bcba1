package org.xxgkcheck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.cli.RootCommand;
import org.xxgkcheck.understand.HostileInputs;

/** The JSON API as a publishing system uses it, against the service on a free loopback port. */
class ServeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LIMIT = 8 * TestServer.MB;

    private static TestServer service;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        service = new TestServer(LIMIT, 2, 100);
        http = service.http;
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** `check --format json …` in this JVM: stdout, which must be a whole JSON document. */
    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never", "--no-cache"));
        all.addAll(List.of(args));
        RootCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<Path> fixtureReports() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("fixtures/reports", "fixtures/formats")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The one place the two may differ: the CLI names a file by the path it was given, the API by the upload's name. */
    static JsonNode withFile(JsonNode doc, String file) {
        JsonNode copy = doc.deepCopy();
        ((ObjectNode) copy.get("results").get(0)).put("file", file);
        return copy;
    }

    @Test
    void the_json_of_every_fixture_report_is_the_command_lines() throws Exception {
        List<Path> files = fixtureReports();
        assertEquals(17, files.size(), files.toString());
        JsonNode batch = JSON.readTree(cli(files.stream().map(Path::toString).toArray(String[]::new)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (Path f : files) replies.add(pool.submit(() -> http.check(f.getFileName().toString(), Files.readAllBytes(f))));
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                Http.Reply r = replies.get(i).get();
                assertEquals(200, r.status(), f + ": " + r.body());
                assertTrue(r.headers().get("content-type").startsWith("application/json"), r.headers().toString());
                JsonNode expected = JSON.createObjectNode().set("tool", batch.get("tool"));
                ((ObjectNode) expected).set("results", JSON.createArrayNode().add(batch.get("results").get(i)));
                assertEquals(withFile(expected, f.getFileName().toString()), JSON.readTree(r.body()), f.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_bytes_are_the_command_lines_but_for_the_file_name() throws Exception {
        Path f = Path.of("fixtures/formats/minimal.docx");
        String expected = cli(f.toString()).replace("\"file\" : \"fixtures/formats/minimal.docx\"", "\"file\" : \"minimal.docx\"");
        assertEquals(expected, http.check("minimal.docx", Files.readAllBytes(f)).body());
    }

    @Test
    void last_years_report_and_a_profile_as_with_the_previous_and_profile_options() throws Exception {
        Path carry = Path.of("fixtures/rules/table/X-CARRY-carried-in-not-carried-out.txt");
        Path last = Path.of("fixtures/rules/previous/linjiang-2022.txt");
        Path other = Path.of("fixtures/reports/000_e0ddddd15fe580f0.txt");
        JsonNode batch = JSON.readTree(cli("--profile", "inspection", "--previous", last.toString(), carry.toString(), other.toString()));
        Http.Reply paired = http.form("/api/check", Http.fields("file", new Http.FilePart("carry.txt", Files.readAllBytes(carry)),
            "previous", new Http.FilePart("linjiang-2022.txt", Files.readAllBytes(last)), "profile", "inspection"));
        Http.Reply inspection = http.form("/api/check", Http.fields("file", new Http.FilePart("000.txt", Files.readAllBytes(other)),
            "profile", "inspection"));
        for (int i = 0; i < 2; i++) {
            Http.Reply r = i == 0 ? paired : inspection;
            assertEquals(200, r.status(), r.body());
            JsonNode expected = JSON.createObjectNode().set("tool", batch.get("tool"));
            ((ObjectNode) expected).set("results", JSON.createArrayNode().add(batch.get("results").get(i)));
            assertEquals(withFile(expected, i == 0 ? "carry.txt" : "000.txt"), JSON.readTree(r.body()));
        }
        assertTrue(paired.body().contains("\"ruleId\" : \"X-CARRY\""), paired.body());
        // gate keeps only what must be fixed before publishing; an empty profile means every rule as written
        Http.Reply gate = http.form("/api/check", Http.fields("file", new Http.FilePart("000.txt", Files.readAllBytes(other)), "profile", "gate"));
        Http.Reply all = http.form("/api/check", Http.fields("file", new Http.FilePart("000.txt", Files.readAllBytes(other)), "profile", ""));
        assertTrue(all.body().contains("\"ruleId\" : \"NAR-OVERVIEW-5TOPICS\""), all.body());
        assertFalse(gate.body().contains("\"ruleId\" : \"NAR-OVERVIEW-5TOPICS\""), gate.body());
        assertEquals("error", findings(gate, "NAR-FEE").get(0).get("severity").asText());
        assertEquals("warning", findings(all, "NAR-FEE").get(0).get("severity").asText());
        Http.Reply bad = http.form("/api/check", Http.fields("file", new Http.FilePart("000.txt", Files.readAllBytes(other)), "profile", "nope"));
        assertError(bad, 400, "bad-profile", "没有名为“nope”的规则方案。可用的方案：gate、inspection。");
    }

    @Test
    void a_raw_body_is_named_by_its_header() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("fixtures/formats/minimal.pdf"));
        Http.Reply raw = http.raw("/api/check", "%E7%A4%BA%E4%BE%8B%E5%8E%BF.pdf", pdf);
        assertEquals(200, raw.status(), raw.body());
        JsonNode multipart = JSON.readTree(http.check("示例县.pdf", pdf).body());
        assertEquals(multipart, JSON.readTree(raw.body()));
        assertEquals("示例县.pdf", multipart.get("results").get(0).get("file").asText());
        assertError(http.raw("/api/check", null, pdf), 400, "no-file", null);
    }

    @Test
    void bad_requests_get_their_status_and_a_chinese_message() throws Exception {
        assertError(http.form("/api/check", Http.fields("note", "x")), 400, "no-file", "没有收到报告文件");
        assertError(http.form("/api/check", Http.fields("file", new Http.FilePart("", new byte[0]))), 400, "no-file", null);
        assertError(http.check("report.exe", "MZ".getBytes(StandardCharsets.US_ASCII)), 415, "unsupported-format",
            "不支持的文件格式：只能检查 .txt .md .html .htm .docx .pdf 文件（report.exe）。");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertError(http.check("report.txt", png), 415, "unsupported-format", "文件扩展名为 .txt，但内容是图片");
        Http.Reply unreadable = assertError(http.check("report.pdf", "这只是一段文字。".getBytes(StandardCharsets.UTF_8)), 422, "unreadable",
            "无法读取报告：扩展名是 .pdf，但内容不是 PDF");
        assertEquals("input", JSON.readTree(unreadable.body()).get("problems").get(0).get("kind").asText());
        assertError(http.get("/no/such/page"), 404, "not-found", "没有这个地址。");
        Http.Reply tooBig = http.check("big.txt", new byte[(int) LIMIT + 1]);
        assertError(tooBig, 413, "too-large", "文件过大：每份报告不能超过 8 MB。");
        assertEquals("0", metric("xxgk_errors_total{status=\"500\"}"));
    }

    static List<JsonNode> findings(Http.Reply r, String ruleId) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(r.body()).get("results").get(0).get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals(ruleId)) out.add(f);
        });
        return out;
    }

    static Http.Reply assertError(Http.Reply r, int status, String code, String messageStart) throws Exception {
        assertEquals(status, r.status(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals(status, j.get("status").asInt());
        assertEquals(code, j.get("error").asText());
        if (messageStart != null) assertTrue(j.get("message").asText().startsWith(messageStart), j.get("message").asText());
        return r;
    }

    @Test
    void fifty_requests_at_once_are_all_answered_correctly() throws Exception {
        List<Path> files = List.of(Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt"), Path.of("fixtures/formats/minimal.docx"),
            Path.of("fixtures/formats/minimal.html"), Path.of("fixtures/formats/minimal.pdf"));
        Map<Path, String> expected = new LinkedHashMap<>();
        for (Path f : files) expected.put(f, http.check(f.getFileName().toString(), Files.readAllBytes(f)).body());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 50; i++) {
                Path f = files.get(i % files.size());
                byte[] bytes = Files.readAllBytes(f);
                Callable<Boolean> call = () -> {
                    go.await();
                    Http.Reply r = http.check(f.getFileName().toString(), bytes);
                    return r.status() == 200 && r.body().equals(expected.get(f));
                };
                answers.add(pool.submit(call));
            }
            go.countDown();
            int right = 0;
            for (Future<Boolean> a : answers) if (a.get()) right++;
            assertEquals(50, right);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_200_mb_upload_is_refused_without_being_read() throws Exception {
        long size = 200 * TestServer.MB;
        String boundary = "xxgkBoundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\r\n%PDF-1.7\n")
            .getBytes(StandardCharsets.US_ASCII);
        String form = "multipart/form-data; boundary=" + boundary;
        // With its length declared: refused from the header, before any of the body is read.
        RawUpload.Answer declared = RawUpload.send(service.port(), "/api/check", form, "", head, size, true);
        assertEquals(413, declared.status(), declared.statusLine());
        assertTrue(declared.sent() < 32 * TestServer.MB, "sent " + declared.sent());
        // Without a length (chunked): the form parser stops at the limit; the rest is never taken.
        RawUpload.Answer chunked = RawUpload.send(service.port(), "/api/check", form, "", head, size, false);
        assertEquals(413, chunked.status(), chunked.statusLine());
        assertTrue(chunked.sent() < LIMIT + 32 * TestServer.MB, "sent " + chunked.sent());
        // The same for a raw body.
        RawUpload.Answer raw = RawUpload.send(service.port(), "/api/check", "application/pdf", "X-File-Name: big.pdf\r\n",
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size, false);
        assertEquals(413, raw.status(), raw.statusLine());
        assertTrue(raw.sent() < LIMIT + 32 * TestServer.MB, "sent " + raw.sent());
        assertEquals(200, http.get("/healthz").status());
        assertUploadFolderEmpty();
    }

    @Test
    void hostile_files_get_a_4xx_and_the_service_goes_on() throws Exception {
        Map<String, byte[]> inputs = HostileInputs.all();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("scanned.pdf", "422 没有可读取的文字层");
        expected.put("encrypted.pdf", "422 PDF 已加密");
        expected.put("content-bomb.pdf", "422 PDF 页面内容解压后超过 64 MB");
        expected.put("truncated.pdf", "422 PDF 文件不完整");
        expected.put("damaged.pdf", "422 PDF 文件已损坏");
        expected.put("not-a-pdf.pdf", "422 内容不是 PDF");
        expected.put("zip-bomb.docx", "422 压缩炸弹");
        expected.put("many-entries.docx", "422 文件过多");
        expected.put("truncated.docx", "422 DOCX 文件不完整");
        expected.put("spreadsheet.docx", "422 不是 Word 文档");
        expected.put("word97.htm", "415 旧版 Word 97-2003 二进制文档");
        expected.put("no-report.html", "422 网页中找不到年度报告正文");
        expected.put("empty.txt", "422 文件为空");
        assertEquals(expected.keySet(), inputs.keySet());
        byte[] good = Files.readAllBytes(Path.of("fixtures/formats/minimal.txt"));
        for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
            Http.Reply r = http.check(in.getKey(), in.getValue());
            String want = expected.get(in.getKey());
            assertEquals(Integer.parseInt(want.substring(0, 3)), r.status(), in.getKey() + ": " + r.body());
            assertTrue(JSON.readTree(r.body()).get("message").asText().contains(want.substring(4)), in.getKey() + ": " + r.body());
            assertEquals(200, http.get("/healthz").status());
        }
        assertEquals(200, http.check("minimal.txt", good).status());
        assertUploadFolderEmpty();
    }

    @Test
    void a_full_line_is_answered_busy_at_once() throws Exception {
        try (TestServer one = new TestServer(LIMIT, 1, 0)) {
            // A slow upload holds the only place: its headers are sent, its body is still coming.
            try (java.net.Socket slow = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), one.port())) {
                slow.getOutputStream().write(("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nX-File-Name: a.txt\r\n"
                    + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                slow.getOutputStream().flush();
                long until = System.currentTimeMillis() + 10_000;
                while (!one.http.get("/metrics").body().contains("xxgk_requests_admitted 1") && System.currentTimeMillis() < until) {
                    Thread.sleep(20);
                }
                Http.Reply busy = one.http.check("minimal.txt", Files.readAllBytes(Path.of("fixtures/formats/minimal.txt")));
                assertError(busy, 503, "busy", "检查服务正忙，请稍后再试。");
                assertEquals("5", busy.headers().get("retry-after"));
            }
            // The place is free again once the slow client is gone.
            long until = System.currentTimeMillis() + 10_000;
            int status = 0;
            while (System.currentTimeMillis() < until && (status = one.http.check("minimal.txt",
                Files.readAllBytes(Path.of("fixtures/formats/minimal.txt"))).status()) == 503) {
                Thread.sleep(50);
            }
            assertEquals(200, status);
        }
    }

    @Test
    void reading_has_the_per_request_time_limit() throws Exception {
        try (TestServer hasty = new TestServer(LIMIT, 1, 1, java.time.Duration.ofMillis(1))) {
            Http.Reply r = hasty.http.check("minimal.pdf", Files.readAllBytes(Path.of("fixtures/formats/minimal.pdf")));
            assertError(r, 422, "unreadable", "无法读取报告：读取超时（超过 0 秒）");
            assertEquals(200, hasty.http.get("/healthz").status());
        }
    }

    @Test
    void health_rules_and_metrics() throws Exception {
        Http.Reply health = http.get("/healthz");
        assertEquals(200, health.status());
        assertEquals(TestRules.book().rules().size(), JSON.readTree(health.body()).get("rules").asInt());
        JsonNode rules = JSON.readTree(http.get("/api/rules").body());
        assertEquals(TestRules.book().rules().size(), rules.size());
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertTrue(ids.containsAll(List.of("SEC-MISSING", "T3-BALANCE", "T4-SUM", "NAR-FEE")), ids.toString());

        double before = Double.parseDouble(metric("xxgk_reports_checked_total"));
        double tooLargeBefore = Double.parseDouble(metric("xxgk_errors_total{status=\"413\"}"));
        assertEquals(200, http.check("minimal.md", Files.readAllBytes(Path.of("fixtures/formats/minimal.md"))).status());
        assertEquals(413, http.check("big.txt", new byte[(int) LIMIT + 10]).status());
        Http.Reply m = http.get("/metrics");
        assertTrue(m.headers().get("content-type").startsWith("text/plain; version=0.0.4"), m.headers().toString());
        assertTrue(Double.parseDouble(metric("xxgk_reports_checked_total")) >= before + 1);
        assertTrue(Double.parseDouble(metric("xxgk_errors_total{status=\"413\"}")) >= tooLargeBefore + 1);
        double p50 = Double.parseDouble(metric("xxgk_check_latency_seconds{quantile=\"0.5\"}"));
        double p95 = Double.parseDouble(metric("xxgk_check_latency_seconds{quantile=\"0.95\"}"));
        assertTrue(p50 > 0 && p50 <= p95 && p95 < 60, p50 + " " + p95);
        assertTrue(m.body().contains("# TYPE xxgk_check_latency_seconds summary"), m.body());
    }

    @Test
    void a_file_name_reaches_neither_a_path_nor_the_log_as_sent() throws Exception {
        byte[] txt = Files.readAllBytes(Path.of("fixtures/formats/minimal.txt"));
        // In a form: a path and a right-to-left override in the name.
        Http.Reply r = http.check("../../etc/伪造\u202e日志.txt", txt);
        assertEquals(200, r.status(), r.body());
        assertEquals("伪造日志.txt", JSON.readTree(r.body()).get("results").get(0).get("file").asText());
        // In the raw header, percent-encoded: a terminal escape, and line breaks that would forge a second log line.
        Http.Reply raw = http.raw("/api/check", "..%2F%1B%5B31m%E4%BC%AA%E9%80%A0%0A200%20OK%0D.txt", txt);
        assertEquals(200, raw.status(), raw.body());
        assertEquals("[31m伪造200 OK.txt", JSON.readTree(raw.body()).get("results").get(0).get("file").asText());
        for (String line : service.log) {
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x202e), "unescaped: " + line);
        }
        assertTrue(service.log.stream().anyMatch(l -> l.endsWith("\"伪造日志.txt\"")), service.log.toString());
        assertUploadFolderEmpty();
    }

    static String metric(String name) throws Exception {
        for (String line : http.get("/metrics").body().split("\n")) {
            if (line.startsWith(name + " ")) return line.substring(name.length() + 1).strip();
        }
        throw new AssertionError("no metric " + name);
    }

    /** Every upload is deleted when its request ends (waits briefly: the parts go when Jetty completes the request). */
    static void assertUploadFolderEmpty() throws Exception {
        long until = System.currentTimeMillis() + 5_000;
        List<Path> left;
        do {
            try (Stream<Path> s = Files.list(service.server.uploadFolder())) {
                left = s.toList();
            }
            if (left.isEmpty()) return;
            Thread.sleep(50);
        } while (System.currentTimeMillis() < until);
        throw new AssertionError("uploads left behind: " + left);
    }
}
