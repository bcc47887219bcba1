package org.xxgkcheck.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates fixtures/formats/minimal.{txt,md,html,docx} from SampleReport.minimal(). The PDF is made from the
 * DOCX by LibreOffice (see fixtures/README.md):
 * {@code soffice --headless --convert-to pdf --outdir fixtures/formats fixtures/formats/minimal.docx}.
 * Run from the project folder: {@code java -cp target/test-classes:target/classes:<dependencies> org.xxgkcheck.read.SampleFixtures}.
 */
public final class SampleFixtures {
    private SampleFixtures() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "fixtures/formats");
        SampleReport r = SampleReport.minimal();
        Files.writeString(dir.resolve("minimal.txt"), SampleWriters.txt(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("minimal.md"), SampleWriters.markdown(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("minimal.html"), SampleWriters.html(r), StandardCharsets.UTF_8);
        Files.write(dir.resolve("minimal.docx"), SampleDocx.write(r));
    }
}
