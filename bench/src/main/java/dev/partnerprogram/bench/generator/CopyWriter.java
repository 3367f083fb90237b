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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Buffers rows per table in PostgreSQL's COPY text format and sends them with the driver's {@link CopyManager}.
 * Tables are flushed together, in the order they were declared, so a row never arrives before the row it refers to.
 * A full buffer is sent by a thread of its own while the generator fills the next one, so the generator's CPU and
 * the database's work overlap (on 2 cores each takes one); one batch is in flight at a time, batches in order.
 */
final class CopyWriter implements AutoCloseable {

    /** The engine writes its {@code timestamp} columns in the JVM's zone; so must we, or the application reads them shifted. */
    private static final DateTimeFormatter ENGINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    /** Rows buffered before they are sent: enough for COPY's speed, little against the heap. */
    static final int FLUSH_BYTES = 8 << 20;

    private final Connection connection;
    private final CopyManager copy;
    private final ZoneId engineZone = ZoneId.systemDefault();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    private final int flushBytes;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "copy-sender");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> sending = CompletableFuture.completedFuture(null);
    private long buffered;
    private long rows;
    private Progress progress = Progress.SILENT;

    CopyWriter(Connection connection, int flushBytes) {
        try {
            this.connection = connection;
            this.flushBytes = flushBytes;
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY needs the PostgreSQL driver's connection", e);
        }
    }

    /** For progress lines: a running instance was started on the engine. */
    void openInstanceStarted() {
        progress.opened();
    }

    /** The declared tables, in declaration order. */
    List<String> tables() {
        return List.copyOf(tables.keySet());
    }

    /** Told of the rows as they are buffered, for progress lines. */
    void reportTo(Progress progress) {
        this.progress = progress;
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
        rows++;
        if (t.name.equals(progress.table())) {
            progress.unit();
        }
        if ((rows & 1023) == 0) {
            progress.rows(rows);
        }
        if (buffered >= flushBytes) {
            handOff();
        }
    }

    /** Sends every buffered row and commits, table by table in declaration order; answers once they are in. */
    void flush() {
        handOff();
        awaitSending();
    }

    /** Passes the buffered rows to the sender, once it has sent the previous batch, and goes on buffering. */
    private void handOff() {
        List<Batch> batch = new ArrayList<>();
        for (Table t : tables.values()) {
            if (t.rows > 0) {
                batch.add(new Batch(t.name, "COPY " + t.name + " (" + String.join(", ", t.columns) + ") FROM STDIN",
                        t.buffer.toByteArray(), t.rows));
                t.buffer.reset();
                t.rows = 0;
            }
        }
        buffered = 0;
        awaitSending();
        sending = sender.submit(() -> send(batch));
    }

    private void send(List<Batch> batch) {
        try {
            for (Batch b : batch) {
                var in = copy.copyIn(b.sql());
                in.writeToCopy(b.bytes(), 0, b.bytes().length);
                in.endCopy();
                written.merge(b.table(), b.rows(), Long::sum);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    private void awaitSending() {
        try {
            sending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending rows", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The rows sent per table; call after {@link #flush}. */
    Map<String, Long> written() {
        return Map.copyOf(written);
    }

    /** Stops the sender; rows not flushed are dropped (a failed generation rolls back anyway). */
    @Override
    public void close() {
        sender.shutdownNow();
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

    private record Batch(String table, String sql, byte[] bytes, long rows) {}

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
