package dev.partnerprogram.bench.generator;

import java.time.Duration;
import java.util.Map;

/**
 * What a generation produced. {@code declared} holds the counts the generators promise, under keys such as
 * {@code partners:AUTHORIZED}, {@code finished:partner-application}, {@code open:partner-application},
 * {@code applications:REJECTED} and {@code openTasks}; {@code rows} the rows written per table by COPY
 * (the engine's own writes for open instances are not in it).
 */
public record DataSet(GeneratorSpec spec, Map<String, Integer> declared, Map<String, Long> rows, Duration took) {

    public int declared(String key) {
        return declared.getOrDefault(key, 0);
    }
}
