package org.xxgkcheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * For a font a PDF names but does not embed, PDFBox looks among the machine's fonts: the first time it scans them
 * all (seconds on a desktop with hundreds of fonts) and writes the list to ~/.pdfbox.cache. Text extraction needs
 * only the character codes and the widths the PDF itself gives, so every such font maps to the last-resort font
 * PDFBox ships: nothing is scanned, nothing is written to the user's home, and the same PDF gives the same text
 * positions on every machine.
 */
final class PdfFonts implements FontMapper {
    private static final PdfFonts INSTANCE = new PdfFonts();

    /** Makes PDFBox use this mapper; called before any PDF is opened. */
    static void install() {
        FontMappers.set(INSTANCE);
    }

    private TrueTypeFont fallback;

    private synchronized TrueTypeFont fallback() {
        if (fallback == null) {
            try (InputStream in = FontMapper.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                fallback = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallback;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, fallback(), true);
    }
}
