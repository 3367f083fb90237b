package dev.partnerprogram.bench.generator;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Buffers rows per table in PostgreSQL's COPY text format and sends them with the driver's {@link CopyManager}.
 * Tables are flushed together, in the order they were declared, so a row never arrives before the row it refers to.
 */
final class CopyWriter {

    /** The engine writes its {@code timestamp} columns in the JVM's zone; so must we, or the application reads them shifted. */
    private static final DateTimeFormatter ENGINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    /** Rows buffered before they are sent: enough for COPY's speed, little against the heap. */
    static final int FLUSH_BYTES = 8 << 20;

    private final Connection connection;
    private final CopyManager copy;
    private final ZoneId engineZone = ZoneId.systemDefault();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();
    private final int flushBytes;
    private long buffered;

    CopyWriter(Connection connection, int flushBytes) {
        try {
            this.connection = connection;
            this.flushBytes = flushBytes;
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY needs the PostgreSQL driver's connection", e);
        }
    }

    /** Declares a table; declare referenced tables first. */
    void table(String name, List<String> columns) {
        tables.put(name, new Table(name, columns));
        written.put(name, 0L);
    }

    void row(String table, Object... values) {
        Table t = tables.get(table);
        if (t == null) {
            throw new IllegalArgumentException("Undeclared table " + table);
        }
        if (values.length != t.columns.size()) {
            throw new IllegalArgumentException(table + " has " + t.columns.size() + " columns, got " + values.length);
        }
        int before = t.buffer.size();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                t.buffer.write('\t');
            }
            write(t.buffer, values[i]);
        }
        t.buffer.write('\n');
        t.rows++;
        buffered += t.buffer.size() - before;
        if (buffered >= flushBytes) {
            flush();
        }
    }

    /** Sends every buffered row and commits, table by table in declaration order. */
    void flush() {
        try {
            for (Table t : tables.values()) {
                if (t.rows == 0) {
                    continue;
                }
                String sql = "COPY " + t.name + " (" + String.join(", ", t.columns) + ") FROM STDIN";
                var in = copy.copyIn(sql);
                byte[] bytes = t.buffer.toByteArray();
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
                written.merge(t.name, t.rows, Long::sum);
                t.buffer.reset();
                t.rows = 0;
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            buffered = 0;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    Map<String, Long> written() {
        return Map.copyOf(written);
    }

    private void write(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            out.writeBytes(new byte[] {'\\', 'N'});
            return;
        }
        String text;
        if (value instanceof String s) {
            text = escape(s);
        } else if (value instanceof EngineTime t) {
            text = ENGINE_TIME.format(LocalDateTime.ofInstant(t.instant(), engineZone));
        } else if (value instanceof BigDecimal b) {
            text = b.toPlainString();
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Number) {
            text = value.toString();
        } else if (value instanceof Boolean b) {
            text = b ? "t" : "f";
        } else if (value instanceof byte[] bytes) {
            text = "\\\\x" + HexFormat.of().formatHex(bytes);
        } else {
            throw new IllegalArgumentException("No COPY format for " + value.getClass());
        }
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (replacement != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** An instant for an engine table's {@code timestamp} (without time zone) column. */
    record EngineTime(Instant instant) {}

    private static final class Table {
        final String name;
        final List<String> columns;
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        long rows;

        Table(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }
    }
}
