package dev.partnerprogram.web.dashboard;

import dev.partnerprogram.dashboard.ReportTable.Type;
import java.util.List;

/**
 * A dashboard table in the reader's language: what the page shows, the chart draws and the exports write. Codes are
 * already words here; numbers, amounts and dates keep their values (the page formats them, CSV and XLSX store them).
 */
public record LocalizedTable(String id, String title, List<Header> headers, List<List<Object>> rows) {

    public record Header(String key, String label, Type type) {
        public boolean numeric() {
            return type == Type.COUNT || type == Type.NUMBER || type == Type.MONEY || type == Type.PERCENT;
        }
    }
}
