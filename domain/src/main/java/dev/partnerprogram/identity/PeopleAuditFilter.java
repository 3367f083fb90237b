package dev.partnerprogram.identity;

import dev.partnerprogram.identity.PeopleAuditEntry.Action;
import java.time.Instant;

/** Which people changes to list: each part left null matches everything. */
public record PeopleAuditFilter(String actor, String subject, Action action, Instant from, Instant to) {}
