package org.xxgkcheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.xxgkcheck.rules.RuleCache;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** --cache-dir and --no-cache, mixed into every command that loads rules (inherited by the rules subcommands). */
final class CacheOptions {

    @Option(names = "--cache-dir", paramLabel = "<目录>", scope = ScopeType.INHERIT,
        description = "规则缓存目录（默认：环境变量 XXGK_CACHE_DIR，否则 $XDG_CACHE_HOME/xxgk-check 或 ~/.cache/xxgk-check；Windows 为 %%LOCALAPPDATA%%\\xxgk-check）")
    Path dir;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT, description = "不使用规则缓存，每次重新编译规则（也可设 XXGK_CACHE_DIR=off）")
    boolean off;

    /** The cache to use; debug (may be null) receives what the cache does, for --debug. */
    RuleCache cache(PrintStream debug) {
        Path where = off ? null : dir != null ? dir : RuleCache.defaultDir();
        return RuleCache.in(where, debug == null ? null : s -> debug.println("调试：" + s));
    }
}
