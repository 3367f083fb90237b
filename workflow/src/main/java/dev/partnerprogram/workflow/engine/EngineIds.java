package dev.partnerprogram.workflow.engine;

import dev.partnerprogram.common.NotFoundException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Ids of the engine's rows (tasks, jobs, process instances) as they come in from a URL. The engine makes them of hex
 * digits and dashes, so any other id is not found before it reaches a query.
 */
public final class EngineIds {

    private static final Pattern ENGINE_ID = Pattern.compile("^[0-9a-fA-F-]{1,64}$");

    private EngineIds() {}

    /** The id, when the engine could have made it; otherwise not found under {@code notFoundCode}. */
    public static String wellFormed(String id, String notFoundCode) {
        if (id == null || !ENGINE_ID.matcher(id).matches()) {
            throw new NotFoundException(notFoundCode);
        }
        return id;
    }

    /** What {@code read} finds under a well-formed id; a malformed id, or nothing found, is not found under the code. */
    public static <T> T existing(String id, String notFoundCode, Function<String, T> read) {
        T found = read.apply(wellFormed(id, notFoundCode));
        if (found == null) {
            throw new NotFoundException(notFoundCode);
        }
        return found;
    }
}
