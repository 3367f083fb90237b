package dev.partnerprogram.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a dashboard, as the page shows it, the chart draws it and the exports write it: typed columns and rows of
 * values. Codes (tiers, states, process keys) stay codes here; the web layer puts them in the reader's language.
 */
public record ReportTable(String id, List<Column> columns, List<List<Object>> rows) {

    public enum Type {
        TEXT,
        /** A code to be shown in words: its column's {@code labels} names the message group. */
        CODE,
        COUNT,
        NUMBER,
        MONEY,
        PERCENT,
        DATE
    }

    public record Column(String key, Type type, String labels) {
        public static Column text(String key) {
            return new Column(key, Type.TEXT, null);
        }

        public static Column code(String key, String labels) {
            return new Column(key, Type.CODE, labels);
        }

        public static Column of(String key, Type type) {
            return new Column(key, type, null);
        }
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }

    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + key + " in " + id);
    }
}
