package org.xxgkcheck.read;

import java.util.Map;

/** Chinese messages for files whose content is not what their name says, or not a format the tool reads. */
public final class Formats {
    private Formats() {}

    /** The content each supported extension promises. */
    private static final Map<String, Sniffer.Kind> EXPECTED = Map.of(
        "pdf", Sniffer.Kind.PDF, "docx", Sniffer.Kind.ZIP, "html", Sniffer.Kind.HTML, "htm", Sniffer.Kind.HTML,
        "txt", Sniffer.Kind.TEXT, "md", Sniffer.Kind.TEXT, "markdown", Sniffer.Kind.TEXT);

    /** Appended to a failure when the extension promised another kind of content. */
    public static String mismatch(String ext, Sniffer.Kind actual) {
        Sniffer.Kind expected = EXPECTED.get(ext);
        if (expected == null || expected == actual) return "";
        // Text under another name is either read as text (.html) or refused with its own reason (.pdf, .docx).
        if (actual == Sniffer.Kind.TEXT) return "";
        if (actual == Sniffer.Kind.OLE || actual == Sniffer.Kind.RTF || actual == Sniffer.Kind.IMAGE) return "";
        return "（文件扩展名为 ." + ext + "，内容实为" + actual.chinese + "）";
    }

    /** Text content under a binary format's name is a damaged or mislabelled file, not a report to guess at. */
    public static void refuseTextAs(String ext) throws NotReadable {
        if (ext.equals("pdf")) {
            throw new NotReadable("扩展名是 .pdf，但内容不是 PDF（文件开头没有 %PDF 标记），文件可能已损坏或只是改了扩展名");
        }
        if (ext.equals("docx")) {
            throw new NotReadable("扩展名是 .docx，但内容不是 DOCX（不是 ZIP 压缩格式），文件可能已损坏或只是改了扩展名");
        }
    }

    public static String unsupported(Sniffer.Kind kind, String ext, byte[] bytes) {
        String named = ext.isEmpty() ? "文件" : "文件扩展名为 ." + ext + "，但内容";
        return switch (kind) {
            case OLE -> Sniffer.encryptedOoxml(bytes)
                ? named + "是设置了打开密码的加密 Office 文档，无法读取；请去掉密码后另存为 .docx 再检查"
                : Sniffer.wordBinary(bytes)
                    ? named + "是旧版 Word 97-2003 二进制文档（.doc），本工具无法读取；请在 Word 或 WPS 中另存为 .docx 后再检查"
                    : named + "是旧版 Office 二进制文档（.doc/.xls 等），本工具无法读取；请另存为 .docx 后再检查";
            case RTF -> named + "是 RTF 文档，本工具无法读取；请另存为 .docx 后再检查";
            case IMAGE -> named + "是图片，没有可读取的文字；请提供带文字的 PDF、Word 或网页版本";
            default -> named + "不是本工具支持的格式";
        };
    }
}
