package dev.partnerprogram.agreement;

import static dev.partnerprogram.common.Pdf.centered;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import dev.partnerprogram.common.Pdf;
import dev.partnerprogram.partner.PartnerCompany;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The partner agreement for an approved applicant to print, sign and upload: the program's terms with the company's
 * details already filled in, so that the signed copy a manager checks names the right company.
 */
public final class AgreementTemplate {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private AgreementTemplate() {}

    public static String fileName(PartnerCompany partner) {
        return "partner-agreement-" + partner.getTaxId() + ".pdf";
    }

    public static byte[] pdf(PartnerCompany partner, LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Партнёрское соглашение / Partner agreement");
            pdf.open();
            pdf.add(centered("ПАРТНЁРСКОЕ СОГЛАШЕНИЕ / PARTNER AGREEMENT", 18));
            pdf.add(centered("Directum RX", 14));
            pdf.add(line("Дата / Date: " + DATE.format(date)));
            pdf.add(line("Партнёр / Partner: " + partner.getCompanyName()));
            pdf.add(line("ИНН / Tax id: " + partner.getTaxId()));
            pdf.add(line("Регион / Region: " + partner.getRegion()));
            pdf.add(line("Контактное лицо / Contact: " + partner.getContactName() + ", " + partner.getContactEmail()));
            pdf.add(line(" "));
            pdf.add(line("1. Партнёр распространяет и внедряет Directum RX на условиях партнёрской программы, "
                    + "действующих на дату подписания. / The partner resells and implements Directum RX on the terms of "
                    + "the partner program in force on the date of signature."));
            pdf.add(line("2. Статус партнёра присваивается после подписания соглашения и прохождения базового обучения. "
                    + "/ The partner status is granted once the agreement is signed and the basic training is passed."));
            pdf.add(line("3. Соглашение действует в течение партнёрского года и продлевается по правилам программы. "
                    + "/ The agreement holds for the partner year and is renewed by the program's rules."));
            pdf.add(line(" "));
            pdf.add(line("Подпись партнёра / Partner's signature: ______________________    М. П. / Seal"));
            pdf.add(line("Подпись вендора / Vendor's signature: ______________________"));
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the agreement template", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static Paragraph line(String text) {
        Paragraph paragraph = new Paragraph(text, new Font(Pdf.font(), 11));
        paragraph.setSpacingAfter(6);
        return paragraph;
    }
}
