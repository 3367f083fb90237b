package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplicationRepository;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.notification.OutboxSender;
import dev.partnerprogram.notification.OutboxStatus;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail is written with the step that causes it and delivered by the sender, with retries, exactly once. */
class OutboxDeliveryTest extends IntegrationTest {

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Notifier notifier;

    @Autowired
    ApplicationWorkflow applications;

    @Autowired
    StatusApplicationRepository applicationRepository;

    @Test
    void aRolledBackStep_leavesNeitherMailNorApplicationNorProcess() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        Caller caller = Caller.of(users.findByUsername(partner.email()).orElseThrow());
        long mailBefore = outbox.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();

        tx.executeWithoutResult(status -> {
            applications.submit(caller, RequestedStatus.AUTHORIZED, new ApplicationDetails("ООО «Откат»", "Томск", null,
                    "Иван", partner.email(), "+7 000", EnumSet.of(PlannedActivity.CLOUD), 3, null));
            assertThat(outbox.count()).as("the step wrote its mail inside the transaction").isGreaterThan(mailBefore);
            status.setRollbackOnly();
        });

        assertThat(outbox.count()).isEqualTo(mailBefore);
        assertThat(applicationRepository.findByPartnerIdOrderBySubmittedAtDesc(partner.partnerId(), PageRequest.of(0, 5))).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void whileSmtpIsDown_theSenderRetries_andDeliversExactlyOnceWhenItIsBack() {
        String key = "it-smtp-down-" + UUID.randomUUID();
        String recipient = "retry-" + UUID.randomUUID() + "@partner.example";
        greenMail.stop();
        try {
            tx.executeWithoutResult(s -> notifier.notify(recipient, "en", MailTemplate.APPLICATION_RECEIVED, key, 99, "Retry Ltd"));
            await().atMost(Duration.ofSeconds(20)).until(() -> attempts(key) >= 2);
            var waiting = outbox.findByRecipientOrderByIdAsc(recipient).get(0);
            assertThat(waiting.getStatus()).isIn(OutboxStatus.PENDING, OutboxStatus.SENDING);
            assertThat(waiting.getLastError()).isNotBlank();
        } finally {
            greenMail.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.findByRecipientOrderByIdAsc(recipient).get(0).getStatus() == OutboxStatus.SENT);
        var received = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> key.equals(IntegrationTestMail.header(m, "X-Outbox-Key"))).toList();
        assertThat(received).hasSize(1);
        // Its Message-ID comes from the idempotency key, so a copy resent after a crash is recognised as the same mail.
        String messageId = IntegrationTestMail.header(received.get(0), "Message-ID");
        assertThat(messageId).isEqualTo(OutboxSender.messageId(key, IntegrationTestMail.header(received.get(0), "From")));
    }

    @Test
    void mailIsWrittenInTheUsersLanguage() {
        Scenario.Partner partner = scenario.registerCompany("en");
        long id = scenario.apply(partner);

        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .anyMatch(m -> IntegrationTestMail.recipient(m).equalsIgnoreCase(partner.email())
                        && IntegrationTestMail.subject(m).equals("Application #" + id + " received")));
    }

    private int attempts(String key) {
        return outbox.findAll().stream().filter(m -> key.equals(m.getIdempotencyKey())).findFirst().map(m -> m.getAttempts()).orElse(0);
    }
}
