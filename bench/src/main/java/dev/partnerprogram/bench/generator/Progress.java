package dev.partnerprogram.bench.generator;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress lines of a long generation, at most one every {@code every}: finished instances written of those planned,
 * instances and rows per second since the last line, and the time left at the average rate so far. Counts the rows of
 * one table ({@code act_hi_procinst}: one per finished instance, as written so far, not yet sent), and the running
 * instances started on the engine, which take long for their number (a few commands each).
 */
final class Progress {

    /** No lines. */
    static final Progress SILENT = new Progress(null, 0, s -> { }, Duration.ofDays(365));

    private final String table;
    private final long planned;
    private final Consumer<String> sink;
    private final long everyNanos;
    private final long started = System.nanoTime();
    private long units;
    private long opened;
    private long lastAt = started;
    private long lastUnits;
    private long lastRows;
    private long rowsSoFar;

    Progress(String table, long planned, Consumer<String> sink, Duration every) {
        this.table = table;
        this.planned = planned;
        this.sink = sink;
        this.everyNanos = every.toNanos();
    }

    /** The table whose rows are the units counted. */
    String table() {
        return table;
    }

    void unit() {
        units++;
    }

    /** A running instance was started on the engine. */
    void opened() {
        opened++;
        rows(rowsSoFar);
    }

    /** Told every so often of the rows buffered so far; prints a line when one is due. */
    void rows(long rows) {
        rowsSoFar = rows;
        long now = System.nanoTime();
        if (now - lastAt < everyNanos) {
            return;
        }
        double seconds = (now - lastAt) / 1e9;
        double elapsed = (now - started) / 1e9;
        long left = Math.max(0, planned - units);
        String eta = units == 0 ? "?" : clock(elapsed / units * left);
        sink.accept(String.format(Locale.ROOT, "generating: %,d of %,d finished instances (%.0f%%), %,.0f instances/s and "
                        + "%,.0f rows/s lately, %,d rows and %,d running instances in %s, about %s left",
                units, planned, planned == 0 ? 100.0 : 100.0 * Math.min(units, planned) / planned, (units - lastUnits) / seconds,
                (rows - lastRows) / seconds, rows, opened, clock(elapsed), eta));
        lastAt = now;
        lastUnits = units;
        lastRows = rows;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
