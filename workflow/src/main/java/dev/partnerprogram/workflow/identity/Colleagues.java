package dev.partnerprogram.workflow.identity;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.Like;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Caller;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vendor staff as their colleagues find them by login or name, e.g. to hand a task over. Staff only. */
@Service
public class Colleagues {
    /** Most suggestions one search answers. */
    public static final int LIMIT = 10;

    private final AppUserRepository users;

    public Colleagues(AppUserRepository users) {
        this.users = users;
    }

    public record Colleague(String username, String displayName) {}

    /** Reviewers and managers whose login or name contains the text (at least two characters), by login. */
    @Transactional(readOnly = true)
    public List<Colleague> find(Caller caller, String text) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("forbidden.tasks.claim");
        }
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() < 2 || trimmed.length() > 100) {
            return List.of();
        }
        return users.findStaffMatching(Like.literal(trimmed.toLowerCase(Locale.ROOT)), PageRequest.of(0, LIMIT)).stream()
                .map(u -> new Colleague(u.getUsername(), u.getDisplayName()))
                .toList();
    }
}
