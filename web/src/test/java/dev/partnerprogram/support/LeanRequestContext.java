package dev.partnerprogram.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The one application context of the integration tests that count what requests send (statements, commits, reads of
 * the signed-in user) or page the inbox past its count cap: companies register and sign in at once, accounts are kept
 * longer than a test lasts on a busy machine (so an expiry never adds a read to a counted request), and the inbox counts
 * only up to 4, so that a handful of tasks goes past the cap. One annotation, so that the classes share the context
 * rather than each starting the application again for a property more or less.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(StatementCounter.class)
@TestPropertySource(properties = {"partner-program.registration.confirm-email=false",
        "partner-program.security.account-cache=PT10M", "partner-program.inbox.count-cap=4"})
public @interface LeanRequestContext {
}
