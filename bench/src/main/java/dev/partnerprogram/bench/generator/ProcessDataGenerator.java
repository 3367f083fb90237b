package dev.partnerprogram.bench.generator;

import java.util.List;

/**
 * Generates the instances of one process (and of the processes it starts on its way) with the domain rows that
 * belong to them. Adding a process to the data set means writing one of these and listing it in
 * {@link DataGenerator#DEFAULT_GENERATORS}.
 */
public interface ProcessDataGenerator {

    /** The process keys whose instances it writes, its main process first; all must be deployed. */
    List<String> processKeys();

    /** Its share of the spec's finished and open instances, relative to the other generators' weights. */
    default int weight() {
        return 1;
    }

    /**
     * Writes {@code finished} finished instances of the main process, with their history straight into the
     * engine's history tables and the matching domain rows, through the context's COPY writer; then starts
     * {@code open} instances through the engine, each left waiting at a user task (so the runtime tables are the
     * engine's own), with domain rows that match the state reached. Draws randomness only from the context and in
     * a fixed order, so a seed always gives the same data. Counts what it declares with {@link GenerationContext#count}.
     */
    void generate(GenerationContext context, int finished, int open);
}
