package org.xxgkcheck.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.xxgkcheck.rules.RuleBook;

/**
 * The `serve` service: the page for clerks (GET /, the form posts back to /), the JSON API (POST /api/check,
 * GET /api/rules), GET /healthz and GET /metrics. The rule book is compiled before the service starts and is only
 * read by requests. Uploads go to a private temporary folder made at start and removed at stop; Jetty deletes each
 * request's parts when the request ends, and a raw body spooled here is deleted by the request itself.
 */
public final class Server implements AutoCloseable {
    private static final String JSON = "application/json; charset=utf-8";
    /** Room for the multipart framing and the small form fields around the two files. */
    private static final long FORM_SLACK = 1L << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ServeOptions options;
    private final CheckService service;
    private final Gate gate;
    private final Metrics metrics = new Metrics();
    private final Path uploads;
    private final Javalin app;
    private final Page page;

    private Server(RuleBook book, ServeOptions options) throws IOException {
        this.options = options;
        this.service = new CheckService(book, options);
        this.gate = new Gate(options.workers(), options.queue(), options.queueWait());
        this.uploads = Files.createTempDirectory("xxgk-serve-");
        this.page = new Page(book, options.maxUpload());
        long max = options.maxUpload();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.host = options.bind();
            config.jetty.port = options.port();
            config.jetty.multipartConfig.cacheDirectory(uploads.toString());
            config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(2 * max + FORM_SLACK, SizeUnit.BYTES);
            config.routes.get("/", ctx -> ctx.html(page.render(service.defaultProfile(), null, null)));
            config.routes.post("/", this::pageCheck);
            config.routes.post("/api/check", this::apiCheck);
            config.routes.get("/api/rules", this::rules);
            config.routes.get("/healthz", ctx -> ctx.contentType(JSON).result("{\"status\":\"ok\",\"rules\":" + book.rules().size() + "}"));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.prometheus(gate.running(), gate.admitted())));
            config.routes.error(404, ctx -> error(ctx, new ApiError(404, "not-found", "没有这个地址。")));
            config.routes.error(405, ctx -> error(ctx, new ApiError(405, "method-not-allowed", "这个地址不接受该请求方法。")));
            config.routes.exception(Exception.class, (e, ctx) -> {
                ApiError a = failure(e);
                if (options.debug()) options.log().accept("调试：" + LogText.of(String.valueOf(e)));
                error(ctx, a);
                log(ctx, a.status, System.nanoTime(), null);
            });
        });
    }

    /** Starts the service on the configured address; the rule book was compiled by the caller. */
    public static Server start(RuleBook book, ServeOptions options) throws IOException {
        Server s = new Server(book, options);
        try {
            s.app.start();
        } catch (RuntimeException e) {
            s.deleteUploads();
            throw e;
        }
        return s;
    }

    public int port() { return app.port(); }

    /** The private folder uploads are written to while their request runs (empty between requests). */
    public Path uploadFolder() { return uploads; }

    @Override
    public void close() {
        app.stop();
        deleteUploads();
    }

    private void apiCheck(Context ctx) {
        long start = System.nanoTime();
        try {
            CheckService.Outcome o = run(ctx);
            metrics.checked(System.nanoTime() - start);
            ctx.status(200).contentType(JSON).result(o.json());
            log(ctx, 200, start, o.result().file());
        } catch (Exception e) {
            ApiError a = failure(e);
            metrics.error(a.status);
            error(ctx, a);
            log(ctx, a.status, start, null);
        }
    }

    private void pageCheck(Context ctx) {
        long start = System.nanoTime();
        try {
            CheckService.Outcome o = run(ctx);
            metrics.checked(System.nanoTime() - start);
            // the form was read to get here: its profile field is at hand
            ctx.status(200).html(page.render(ctx.formParam("profile"), o, null));
            log(ctx, 200, start, o.result().file());
        } catch (Exception e) {
            ApiError a = failure(e);
            metrics.error(a.status);
            // the body is not read again to show the chosen profile: it may be what was refused
            ctx.status(a.status).html(page.render(service.defaultProfile(), null, a));
            log(ctx, a.status, start, null);
        }
    }

    /** Size first (from the declared length, before anything is read), then a place in line, the upload, a worker. */
    private CheckService.Outcome run(Context ctx) throws Exception {
        boolean form = ctx.isMultipartFormData();
        long max = service.maxUpload();
        long declared = ctx.req().getContentLengthLong();
        if (declared > (form ? 2 * max + FORM_SLACK : max)) throw ApiError.tooLarge(max);
        Path spooled = null;
        try (Gate.Place place = gate.enter()) {
            CheckService.Submission s;
            if (form) {
                s = fromForm(ctx);
            } else {
                // name and format are known from the header: refused before the body is read
                String name = FileNames.fromHeader(ctx.header("X-File-Name"));
                CheckService.checkName(new Upload(name, null));
                spooled = spool(ctx, max);
                Path body = spooled;
                s = new CheckService.Submission(new Upload(name, () -> Files.newInputStream(body)), null, ctx.queryParam("profile"));
            }
            place.work();
            return service.check(s);
        } finally {
            if (spooled != null) deleteQuietly(spooled);
        }
    }

    private static CheckService.Submission fromForm(Context ctx) throws Exception {
        Upload file = upload(ctx.uploadedFile("file"));
        if (file == null) throw ApiError.noFile();
        Upload previous = upload(ctx.uploadedFile("previous"));
        String profile = ctx.formParam("profile");
        return new CheckService.Submission(file, previous, profile != null ? profile : ctx.queryParam("profile"));
    }

    /** A file field; null when absent or left empty (a browser sends an empty, unnamed part for "no file chosen"). */
    private static Upload upload(UploadedFile f) {
        if (f == null || (f.filename().isEmpty() && f.size() == 0)) return null;
        return new Upload(FileNames.clean(f.filename()), f::content);
    }

    /** A raw body copied to the upload folder under a made-up name, refused as soon as it passes the limit. */
    private Path spool(Context ctx, long max) {
        Path tmp;
        try {
            tmp = Files.createTempFile(uploads, "body-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = ctx.req().getInputStream(); OutputStream out = Files.newOutputStream(tmp)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > max) throw ApiError.tooLarge(max);
                out.write(buf, 0, n);
            }
            return tmp;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new ApiError(400, "upload-failed", "上传的文件没有完整收到，请重新上传。");
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private void rules(Context ctx) throws IOException {
        // The same list as `rules list --format json`.
        ctx.contentType(JSON).result(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(service.book().rules()));
    }

    /** What an exception means for the client: its own ApiError, an upload over the limit, a broken form, or our fault. */
    private ApiError failure(Throwable e) {
        boolean badRequest = false;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ApiError a) return a;
            String m = String.valueOf(c.getMessage());
            // Jetty's multipart parser stops at the configured sizes with these words.
            if (m.startsWith("max file size exceeded") || m.startsWith("max length exceeded")) return ApiError.tooLarge(service.maxUpload());
            String type = c.getClass().getName();
            if (type.endsWith("BadMessageException") || type.endsWith("ServletException") || type.endsWith("EofException")) badRequest = true;
        }
        if (badRequest) {
            return new ApiError(400, "bad-request", "请求格式不正确：请用 multipart/form-data 表单上传文件，或在请求体中直接发送文件。");
        }
        options.log().accept("内部错误：" + LogText.of(e.getClass().getName() + ": " + e.getMessage()));
        if (options.debug()) {
            java.io.StringWriter w = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(w));
            options.log().accept(w.toString());
        }
        return new ApiError(500, "internal", "内部错误：服务遇到意外情况，未能完成检查。");
    }

    private void error(Context ctx, ApiError e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", e.status);
        body.put("error", e.code);
        body.put("message", e.getMessage());
        if (!e.problems.isEmpty()) body.put("problems", e.problems);
        if (e.status == 503) ctx.header("Retry-After", "5");
        try {
            ctx.status(e.status).contentType(JSON).result(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n");
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private void log(Context ctx, int status, long start, String file) {
        options.log().accept(String.format(java.util.Locale.ROOT, "%s %s %d %d 毫秒 %s", ctx.method(), ctx.path(), status,
            (System.nanoTime() - start) / 1_000_000, LogText.of(file)));
    }

    private void deleteUploads() {
        try (Stream<Path> s = Files.walk(uploads)) {
            s.sorted(Comparator.reverseOrder()).forEach(Server::deleteQuietly);
        } catch (IOException e) {
            // already gone
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the folder goes at stop
        }
    }
}
