package dev.partnerprogram.common;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What the program's PDF certificates share: a font with Cyrillic glyphs and centred lines. */
public final class Pdf {
    // OpenPDF ships this font; it has Cyrillic glyphs, which the built-in PDF fonts lack.
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private static volatile BaseFont font;

    private Pdf() {}

    public static Paragraph centered(String text, float size) {
        Paragraph paragraph = new Paragraph(text, new Font(font(), size));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    public static BaseFont font() {
        if (font == null) {
            try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from the classpath");
                }
                font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }
}
