package dev.partnerprogram.workflow.partner;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerCompany;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The kinds of caller the facades' access policies tell apart, and companies to ask about: the partner's user belongs
 * to company {@link #OWN}, and {@link #OTHER} is somebody else's.
 */
public final class AccessFixtures {
    public static final long OWN = 20;
    public static final long OTHER = 30;

    private AccessFixtures() {}

    public static Caller partner() {
        return new Caller("anna@alfa.example", OWN, Set.of(Role.PARTNER), Set.of(), "ru");
    }

    /** A user of the other company, {@link #OTHER}. */
    public static Caller otherPartner() {
        return new Caller("boris@beta.example", OTHER, Set.of(Role.PARTNER), Set.of(), "ru");
    }

    public static Caller reviewer() {
        return new Caller("reviewer", null, Set.of(Role.REVIEWER), new HashSet<>(ReviewerGroups.ALL), "ru");
    }

    public static Caller manager() {
        return new Caller("manager", null, Set.of(Role.MANAGER, Role.REVIEWER), new HashSet<>(ReviewerGroups.ALL), "ru");
    }

    public static Caller admin() {
        return new Caller("admin", null, Set.of(Role.ADMIN), Set.of(), "ru");
    }

    /** A company as the entity would hold it; it gains an id and a certificate only inside the domain's own workflow. */
    public static PartnerCompany company(long id, String certificateNumber) {
        var company = new PartnerCompany("ООО «Альфа Софт»", "7701000001", "Москва", "Анна Альфина", "anna@alfa.example",
                "+7 495 000-00-00", Instant.parse("2026-01-01T00:00:00Z"));
        ReflectionTestUtils.setField(company, "id", id);
        ReflectionTestUtils.setField(company, "certificateNumber", certificateNumber);
        return company;
    }
}
