package dev.partnerprogram.inbox;

import dev.partnerprogram.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the inbox ended, in the list's order: the last task's creation, due date and id. The next page
 * starts after it (keyset paging), so going on costs the same on page 500 as on page 2 and a task added meanwhile
 * neither repeats nor hides one. Sent to clients as an opaque token; a token that does not parse is a bad request.
 */
record InboxCursor(Instant createdAt, Instant dueAt, String taskId) {

    static InboxCursor after(InboxTask last) {
        return new InboxCursor(last.getCreatedAt(), last.getDueAt(), last.getTaskId());
    }

    String token() {
        String text = createdAt + "|" + (dueAt == null ? "" : dueAt) + "|" + taskId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static InboxCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || parts[2].isBlank() || parts[2].length() > 64) {
                throw new IllegalArgumentException(token);
            }
            return new InboxCursor(Instant.parse(parts[0]), parts[1].isEmpty() ? null : Instant.parse(parts[1]), parts[2]);
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "error.choice");
        }
    }
}
