package dev.partnerprogram.bench.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Generates the instances of one process (and of the processes it starts on its way) with the domain rows that
 * belong to them. Adding a process to the data set means writing one of these and listing it in
 * {@link DataGenerator#defaultGenerators}.
 */
public interface ProcessDataGenerator {

    /** The process keys whose instances it writes, its main process first; all must be deployed. */
    List<String> processKeys();

    /** What the main process's tasks are about, as the application's task handler for it names it ("enrollment"). */
    String subjectType();

    /** Its share of the spec's finished and open instances, relative to the other generators' weights. */
    default int weight() {
        return 1;
    }

    /** The most open instances it can give the planned partners (e.g. one per applicant company); others take the rest. */
    default int openCapacity(GenerationContext context) {
        return Integer.MAX_VALUE;
    }

    /** Declares the tables it writes besides the shared ones, referenced tables first. */
    default void declareTables(CopyWriter out) {
    }

    /** Those of its tables whose ids it takes from {@link GenerationContext#nextId}; their sequences move past them. */
    default List<String> idTables() {
        return List.of();
    }

    /** Runs once every row is in, in the generation's transaction: for what the rows decide, such as a seat count. */
    default void afterRows(Connection connection) throws SQLException {
    }

    /**
     * Writes {@code finished} finished instances of the main process, with their history straight into the
     * engine's history tables and the matching domain rows, through the context's COPY writer; then starts
     * {@code open} instances through the engine, each left waiting at exactly one user task (so the runtime tables
     * are the engine's own), with domain rows that match the state reached. Draws randomness only from the context
     * and in a fixed order, so a seed always gives the same data. Counts what it declares with
     * {@link GenerationContext#count}, and tells the context the partner of each open instance's subject.
     */
    void generate(GenerationContext context, int finished, int open);

    /**
     * Whether it can write more finished instances after {@link #generate}, so a data set can grow between two
     * measurements of one run: those whose finished instances are independent of each other can; those that give
     * each partner a planned timeline (its one join, its yearly upgrade requests) cannot.
     */
    default boolean grows() {
        return false;
    }

    /** Writes {@code finished} more finished instances on what {@link #generate} planned, and counts them. */
    default void growFinished(GenerationContext context, int finished) {
        throw new UnsupportedOperationException(processKeys().get(0) + " does not grow");
    }
}
