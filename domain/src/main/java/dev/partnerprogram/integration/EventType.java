package dev.partnerprogram.integration;

import java.util.Arrays;
import java.util.Optional;

/** The events other systems may subscribe to, by the code they see in {@code type}. */
public enum EventType {
    PARTNER_STATUS_CHANGED("partner.status-changed"),
    AGREEMENT_CHANGED("agreement.changed"),
    ACCESS_GRANT_CHANGED("access-grant.changed"),
    APPLICATION_DECIDED("application.decided"),
    COMPENSATION_PAID("compensation.paid"),
    DEAL_WON("deal.won");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EventType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
