package org.xxgkcheck.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xxgkcheck.check.TestRules;

/** The service on a free loopback port with the project's rules, its log lines kept for the test. */
final class TestServer implements AutoCloseable {
    static final long MB = 1024L * 1024;

    final Server server;
    final Http http;
    final List<String> log = new CopyOnWriteArrayList<>();

    TestServer(long maxUpload, int workers, int queue) throws IOException {
        this(maxUpload, workers, queue, Duration.ofSeconds(10));
    }

    TestServer(long maxUpload, int workers, int queue, Duration readTimeout) throws IOException {
        ServeOptions o = new ServeOptions("127.0.0.1", 0, maxUpload, workers, queue, Duration.ofSeconds(60),
            readTimeout, null, log::add, false);
        server = Server.start(TestRules.book(), o);
        http = new Http(server.port());
    }

    int port() { return server.port(); }

    @Override
    public void close() {
        server.close();
    }
}
