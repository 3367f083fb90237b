package dev.partnerprogram.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxMessageIdTest {

    @Test
    void theMessageId_isTheSameForTheSameKey_andDiffersBetweenKeys() {
        String first = OutboxSender.messageId("application-approved:42:7", "Партнёрская программа <partners@directum.example>");
        assertThat(first).isEqualTo(OutboxSender.messageId("application-approved:42:7", "partners@directum.example"))
                .matches("<outbox\\.[0-9a-f]{32}@directum\\.example>");
        assertThat(OutboxSender.messageId("application-approved:43:7", "partners@directum.example")).isNotEqualTo(first);
    }
}
