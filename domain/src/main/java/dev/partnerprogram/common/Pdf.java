package dev.partnerprogram.common;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** What the program's PDF certificates share: a landscape page of centred lines in a font with Cyrillic glyphs. */
public final class Pdf {
    // OpenPDF ships this font; it has Cyrillic glyphs, which the built-in PDF fonts lack.
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private static volatile BaseFont font;

    private Pdf() {}

    /** A certificate: the document's title, its heading with a blank line under it, then the given lines. */
    public static byte[] certificate(String title, String heading, List<Paragraph> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 60, 60, 80, 60);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(title);
            pdf.open();
            pdf.add(centered(heading, 26));
            pdf.add(centered(" ", 14));
            for (Paragraph line : lines) {
                pdf.add(line);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the certificate", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

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
