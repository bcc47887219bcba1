package org.xxgkcheck.serve;

import java.io.IOException;
import java.io.InputStream;

/** One uploaded file: the name it is judged under and its content, read only when a worker takes it. */
record Upload(String name, Content content) {

    interface Content {
        InputStream open() throws IOException;
    }

    /** The bytes, at most {@code max} of them: a larger file is refused as too large, having read max + 1 bytes. */
    byte[] bytes(long max) {
        try (InputStream in = content.open()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) throw ApiError.tooLarge(max);
            return b;
        } catch (IOException e) {
            throw new ApiError(400, "upload-failed", "上传的文件没有完整收到，请重新上传。");
        }
    }
}
