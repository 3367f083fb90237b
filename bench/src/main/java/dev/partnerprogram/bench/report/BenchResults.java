package dev.partnerprogram.bench.report;

import dev.partnerprogram.bench.engine.RawEngineBenchmark;
import dev.partnerprogram.bench.generator.DataSet;
import dev.partnerprogram.bench.pgbench.PgBench;
import dev.partnerprogram.bench.stack.FullStackBenchmark;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Everything one run measured, before it is turned into the table, Markdown and JSON. */
public record BenchResults(
        Instant startedAt,
        Duration took,
        List<String> arguments,
        Machine machine,
        DataSet dataSet,
        String pgbenchSkipped,
        int pgbenchScale,
        List<PgBench.Run> pgbench,
        List<RawEngineBenchmark.Result> rawEngine,
        FullStackBenchmark.Result fullStack) {
}
