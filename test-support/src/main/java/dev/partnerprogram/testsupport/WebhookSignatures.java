package dev.partnerprogram.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver checks a webhook delivery, as the README tells integrators to: {@code X-Signature} is
 * {@code sha256=} and the hex HMAC-SHA256 of the raw body with the shared secret. Written here from that description,
 * not taken from the application, so that the tests receiving webhooks check the application against it.
 */
public final class WebhookSignatures {
    private WebhookSignatures() {}

    /** Whether the signature is the body's under the secret (compared in constant time); a missing one is not. */
    public static boolean genuine(String secret, byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
