package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.serve.ServeOptions;
import org.xxgkcheck.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `serve`: the check as a web page and a JSON API, until stopped. */
@Command(name = "serve", description = "启动检查服务：供经办人员上传报告的网页（/）和供发布系统调用的接口（/api/check）。按 Ctrl+C 停止。",
    optionListHeading = "%n选项：%n", synopsisHeading = "用法：", mixinStandardHelpOptions = true)
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "监听端口（默认 8080）")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
        description = "监听地址（默认 127.0.0.1，只供本机访问；供内网访问时写本机的内网地址或 0.0.0.0）")
    String bind;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认：当前目录下的 rules/，否则用内置规则）；启动时编译一次")
    Path rules;

    @Option(names = "--profile", paramLabel = "NAME", description = "请求没有指定方案时使用的规则方案，如 gate（发布前把关）")
    String profile;

    @Option(names = "--max-upload", defaultValue = "64MB", paramLabel = "SIZE", description = "每份上传报告的大小上限，如 64MB、512KB（默认 64MB）")
    String maxUpload;

    @Option(names = "--workers", paramLabel = "N", description = "同时进行的检查数（默认为 CPU 核数）")
    Integer workers;

    @Option(names = "--queue", defaultValue = "100", paramLabel = "N", description = "等待检查的请求数上限，超过时答复“服务正忙”（默认 100）")
    int queue;

    @Option(names = "--debug", description = "内部错误时在日志中打印堆栈，并说明规则缓存的使用情况")
    boolean debug;

    @picocli.CommandLine.Mixin
    CacheOptions cacheOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
        Long max = parseSize(maxUpload);
        if (max == null || max < 1024 || max > MAX_UPLOAD) {
            err.println("用法错误：--max-upload 应为 1KB 到 1GB 之间的大小，如 64MB，不能是“" + maxUpload + "”。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        if (n < 1 || n > 64 || queue < 0 || queue > 10_000 || port < 0 || port > 65535) {
            err.println("用法错误：--workers 应在 1 到 64 之间，--queue 在 0 到 10000 之间，--port 在 0 到 65535 之间。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        RuleBook book = RuleLoading.load(rules, cacheOptions.cache(debug ? err : null), err);
        if (book == null) return ExitCode.RULES.code;
        if (profile != null && !book.profiles().containsKey(profile)) {
            err.println("用法错误：没有名为“" + profile + "”的规则方案。可用的方案：" + String.join("、", book.profiles().keySet()) + "。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        ServeOptions options = new ServeOptions(bind, port, max, n, queue, Duration.ofSeconds(60), Limits.DEFAULT.readTimeout(),
            profile, err::println, debug);
        Server server;
        try {
            server = Server.start(book, options);
        } catch (RuntimeException | IOException e) {
            err.println("错误：无法在 " + bind + ":" + port + " 启动服务（端口可能已被占用，或地址不属于本机）。");
            if (debug) e.printStackTrace(err);
            return ExitCode.USAGE_OR_INPUT.code;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stop serve"));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        err.println("检查服务已启动：http://" + host + ":" + server.port() + "/ （规则 " + book.rules().size() + " 条，"
            + (profile == null ? "默认不用规则方案" : "默认规则方案 " + profile) + "，同时检查 " + n + " 份，上传上限 "
            + Limits.megabytes(max) + "）。按 Ctrl+C 停止。");
        stopped.await();
        return ExitCode.OK.code;
    }

    private static final long MAX_UPLOAD = 1L << 30;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(B|K|KB|M|MB|G|GB)?", Pattern.CASE_INSENSITIVE);

    /** 64MB, 512KB, 1G, or plain bytes; null when not a size. */
    static Long parseSize(String s) {
        Matcher m = SIZE.matcher(s.strip());
        if (!m.matches()) return null;
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        return switch (unit.charAt(0)) {
            case 'K' -> n << 10;
            case 'M' -> n << 20;
            case 'G' -> n << 30;
            default -> n;
        };
    }
}
