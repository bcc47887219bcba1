package org.xxgkcheck.understand;

/**
 * Says in Chinese which step of reading gave up on an exception, and why in plain words, without naming the
 * exception: users learn what could not be understood; the exception itself travels in the problem for --debug.
 */
public final class ReadFailure {
    private ReadFailure() {}

    /** "读取<what>时出错，<why>". */
    public static String message(String what, Throwable t) {
        return "读取" + what + "时出错，" + why(t);
    }

    static String why(Throwable t) {
        if (t instanceof OutOfMemoryError) return "内容过于复杂，内存不足";
        if (t instanceof StackOverflowError) return "结构嵌套过深";
        return "其中的写法本工具无法理解";
    }
}
