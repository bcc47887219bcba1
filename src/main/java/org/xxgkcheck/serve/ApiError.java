package org.xxgkcheck.serve;

import java.util.List;
import org.xxgkcheck.model.Problem;

/**
 * A request the service answers with an error status and a Chinese message. Thrown for bad input, never for a fault
 * of the service itself; {@code code} is a stable English word for programs, {@code message} is for people.
 */
final class ApiError extends RuntimeException {
    final int status;
    final String code;
    final List<Problem> problems;

    ApiError(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    ApiError(int status, String code, String message, List<Problem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = problems;
    }

    static ApiError noFile() {
        return new ApiError(400, "no-file", "没有收到报告文件：请用表单字段 file 上传，或在请求体中直接发送文件并用 X-File-Name 头给出文件名。");
    }

    static ApiError tooLarge(long limit) {
        return new ApiError(413, "too-large", "文件过大：每份报告不能超过 " + org.xxgkcheck.read.Limits.megabytes(limit) + "。");
    }

    static ApiError busy() {
        return new ApiError(503, "busy", "检查服务正忙，请稍后再试。");
    }
}
