package dev.partnerprogram.web.agreement;

import dev.partnerprogram.agreement.RenewalsList;
import dev.partnerprogram.dashboard.ReportTable.Type;
import dev.partnerprogram.web.dashboard.LocalizedTable;
import dev.partnerprogram.web.dashboard.LocalizedTable.Header;
import dev.partnerprogram.web.dashboard.TableExport;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.Labels;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The renewals list as a file in the reader's language: the page's export and the API's are the same file. */
@Component
class RenewalsTable {
    static final String FILE = "renewals.csv";
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private static final List<String> COLUMNS = List.of("company", "region", "number", "state", "validUntil", "renewBy",
            "daysLeft", "renewalUploaded", "due");

    private final MessageSource messages;
    private final Labels labels;

    RenewalsTable(MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    ResponseEntity<byte[]> csv(List<RenewalsList.Renewal> renewals) {
        var locale = LocaleContextHolder.getLocale();
        List<Header> headers = COLUMNS.stream().map(key -> new Header(key,
                messages.getMessage("renewals.col." + key, null, key, locale), key.equals("daysLeft") ? Type.COUNT : Type.TEXT)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (RenewalsList.Renewal r : renewals) {
            rows.add(List.of(r.companyName(), r.region(), r.number(), labels.of("agreement.state", r.state()), r.validUntil(),
                    r.renewBy(), r.daysLeft(), labels.of("renewals.uploaded", r.renewalUploaded()), labels.of("renewals.due", r.due())));
        }
        LocalizedTable table = new LocalizedTable("renewals", messages.getMessage("renewals.title", null, locale), headers, rows);
        return Downloads.report(FILE, CSV, TableExport.csv(table, locale));
    }
}
