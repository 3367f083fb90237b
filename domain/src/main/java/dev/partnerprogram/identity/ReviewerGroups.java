package dev.partnerprogram.identity;

import java.util.List;
import java.util.Optional;

/** The vendor's reviewer groups that BPMN user tasks are offered to, and the group that stands for a partner company. */
public final class ReviewerGroups {
    public static final String PARTNER_MANAGERS = "partner-managers";
    public static final String TRAINING = "training";
    public static final String MARKETING = "marketing";
    public static final String FINANCE = "finance";
    public static final List<String> ALL = List.of(PARTNER_MANAGERS, TRAINING, MARKETING, FINANCE);
    /** Every user with the MANAGER role is in it: tasks that need a manager (a second approval) go here. */
    public static final String MANAGERS = "managers";

    private static final String PARTNER_PREFIX = "partner-";

    private ReviewerGroups() {}

    /** Tasks for a partner company are offered to this group, so every user of the company sees them. */
    public static String ofPartner(long partnerId) {
        return PARTNER_PREFIX + partnerId;
    }

    /** The partner company whose group this is, if it is one ({@code partner-managers} is a reviewer group). */
    public static Optional<Long> partnerOf(String group) {
        if (group == null || !group.matches(PARTNER_PREFIX + "\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(group.substring(PARTNER_PREFIX.length())));
    }
}
