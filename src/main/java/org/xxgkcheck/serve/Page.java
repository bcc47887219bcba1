package org.xxgkcheck.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;

/**
 * The clerks' page: a form that posts the report back to "/" and works without script, and, after a check, the
 * result below it. Style and script are inlined (the page loads nothing else); the script only adds drag and drop
 * and a "checking" notice to the plain form.
 */
final class Page {
    private static final String CSS = resource("page.css");
    private static final String JS = resource("page.js");

    private final RuleBook book;
    private final long maxUpload;

    Page(RuleBook book, long maxUpload) {
        this.book = book;
        this.maxUpload = maxUpload;
    }

    /**
     * @param profile the profile to show chosen (null or empty: every rule)
     * @param outcome the result to show, or null
     * @param error   the refusal to show, or null
     */
    String render(String profile, CheckService.Outcome outcome, ApiError error) {
        StringBuilder h = new StringBuilder(outcome == null ? 8192 : 65_536);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<link rel=\"icon\" href=\"data:,\"><title>年度报告发布前检查</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<header><h1>政府信息公开工作年度报告 · 发布前检查</h1>")
            .append("<p>按《政府信息公开条例》第五十条和国办公开办函〔2021〕30号的格式检查年度报告：六个部分、三张统计表的勾稽关系、信息处理费说明等。")
            .append("文件只用于本次检查，检查完即删除。</p></header>\n<main>\n");
        form(profile, h);
        h.append("<div id=\"outcome\">\n");
        if (error != null) {
            h.append("<div class=\"error-box\" id=\"error\" role=\"alert\"><p><b>未能检查：</b>").append(Html.esc(error.getMessage())).append("</p>");
            for (Problem p : error.problems) {
                if (!p.fatal()) h.append("<p class=\"muted\">").append(Html.esc(p.message())).append("</p>");
            }
            h.append("</div>\n");
        }
        if (outcome != null) h.append(ResultView.html(outcome, book.data().templates()));
        h.append("</div>\n");
        h.append("</main>\n<footer><p>发布系统可以调用同一检查：<code>POST /api/check</code>（表单字段 <code>file</code>，可选 <code>previous</code>、")
            .append("<code>profile</code>），返回与命令行 <code>check --format json</code> 相同的 JSON；规则目录见 <a href=\"/api/rules\">/api/rules</a>。</p></footer>\n");
        h.append("<script>").append(JS).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private void form(String profile, StringBuilder h) {
        String chosen = profile == null ? "" : profile;
        // The answer opens at the outcome, so on a phone the result is not below a screen of form.
        h.append("<form id=\"check-form\" method=\"post\" action=\"/#outcome\" enctype=\"multipart/form-data\">\n");
        h.append("<div class=\"drop\" id=\"drop\"><p class=\"drop-title\">把报告文件拖到这里</p><p>或者 ")
            .append("<label class=\"button\" for=\"file\">选择文件</label>")
            .append("<input type=\"file\" name=\"file\" id=\"file\" class=\"file-input\" accept=\".txt,.md,.html,.htm,.docx,.pdf\" required></p>")
            .append("<p class=\"chosen\" id=\"file-name\">尚未选择文件</p>")
            .append("<p class=\"hint\">支持 .docx .pdf（有文字层的）.html .txt .md，单个文件不超过 ")
            .append(org.xxgkcheck.read.Limits.megabytes(maxUpload)).append("</p></div>\n");
        h.append("<div class=\"options\">");
        h.append("<p>上一年度报告（可选，用于跨年度比较）：<label class=\"button small\" for=\"previous\">选择文件</label>")
            .append("<input type=\"file\" name=\"previous\" id=\"previous\" class=\"file-input\" accept=\".txt,.md,.html,.htm,.docx,.pdf\">")
            .append(" <span class=\"chosen\" id=\"previous-name\">未选择</span></p>");
        h.append("<p><label for=\"profile\">规则方案：</label><select name=\"profile\" id=\"profile\">");
        h.append("<option value=\"\"").append(chosen.isEmpty() ? " selected" : "").append(">全部规则</option>");
        for (Profile p : book.profiles().values()) {
            h.append("<option value=\"").append(Html.esc(p.id())).append("\"").append(p.id().equals(chosen) ? " selected" : "").append(">")
                .append(Html.esc(p.name())).append("（").append(Html.esc(p.id())).append("）</option>");
        }
        h.append("</select></p></div>\n");
        h.append("<p><button type=\"submit\" id=\"submit\">开始检查</button> <span id=\"status\" role=\"status\"></span></p>\n</form>\n");
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
