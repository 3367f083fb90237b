package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class IntegrationTestMail {
    private IntegrationTestMail() {}

    /** The token of the link (group 1 of {@code link}) in the latest mail of this subject to the recipient, once it came. */
    static String linkMailedTo(GreenMailExtension greenMail, String recipient, String subject, Pattern link) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailTo(greenMail, recipient, subject).isEmpty());
        List<MimeMessage> mails = mailTo(greenMail, recipient, subject);
        Matcher found = link.matcher(body(mails.get(mails.size() - 1)));
        assertThat(found.find()).as("a link in the mail " + subject).isTrue();
        return found.group(1);
    }

    static List<MimeMessage> mailTo(GreenMailExtension greenMail, String recipient, String subject) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(recipient) && subject(m).equals(subject))
                .toList();
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
