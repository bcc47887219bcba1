package org.xxgkcheck.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A huge upload over a plain socket: the body is made up while it is sent and sending stops when the server hangs
 * up, so the test can tell how much the server took before it answered (an HTTP client library would insist on
 * sending everything first, or fail without showing the answer).
 */
final class RawUpload {
    private RawUpload() {}

    record Answer(int status, long sent, String statusLine) {}

    /**
     * @param declare true: Content-Length of the whole body; false: chunked, no length given
     * @param head    the bytes the body starts with (multipart headers, or a file's first bytes); the rest is filler
     */
    static Answer send(int port, String path, String contentType, String extraHeaders, byte[] head, long total, boolean declare)
        throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            String h = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\n" + extraHeaders
                + (declare ? "Content-Length: " + total + "\r\n" : "Transfer-Encoding: chunked\r\n") + "\r\n";
            out.write(h.getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] block = new byte[64 * 1024];
                try {
                    write(out, head, declare);
                    sent.addAndGet(head.length);
                    while (sent.get() < total) {
                        int n = (int) Math.min(block.length, total - sent.get());
                        write(out, n == block.length ? block : java.util.Arrays.copyOf(block, n), declare);
                        sent.addAndGet(n);
                    }
                    if (!declare) out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server hung up: that is what is being tested
                }
            }, "raw upload");
            writer.setDaemon(true);
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = in.readLine();
            s.close();
            writer.join(30_000);
            int status = statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
            return new Answer(status, sent.get(), statusLine);
        }
    }

    private static void write(OutputStream out, byte[] b, boolean declare) throws IOException {
        if (!declare) out.write((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        if (!declare) out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
