package org.xxgkcheck.serve;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How the service runs.
 *
 * @param bind           the address to listen on (loopback by default: an intranet page is put behind the office's
 *                       own web server, not opened to the network by accident)
 * @param port           0 picks a free port (tests)
 * @param maxUpload      the largest report (and the largest previous-year report) accepted, in bytes
 * @param workers        checks that run at once
 * @param queue          requests that may wait for a worker; more are refused as busy
 * @param queueWait      how long a request may wait for a worker before it is refused as busy
 * @param readTimeout    how long reading one file may take (the reader's time limit)
 * @param defaultProfile the rule profile used when a request names none (null: every rule as written)
 * @param log            where one line per request goes (never the request's raw text: see LogText)
 * @param debug          whether an internal error's stack trace is logged
 */
public record ServeOptions(String bind, int port, long maxUpload, int workers, int queue, Duration queueWait,
                           Duration readTimeout, String defaultProfile, Consumer<String> log, boolean debug) {}
