package dev.partnerprogram.workflow.partner;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** What a list shows whom: vendor staff every partner's objects, a partner's users their company's, anyone else none. */
public final class PartnerScope {
    private PartnerScope() {}

    public static <T> Page<T> page(Caller caller, Pageable pageable, Function<Pageable, Page<T>> all,
                                   BiFunction<Long, Pageable, Page<T>> ofPartner) {
        if (caller.isStaff()) {
            return all.apply(pageable);
        }
        if (caller.partnerId() != null) {
            return ofPartner.apply(caller.partnerId(), pageable);
        }
        return Page.empty(pageable);
    }

    /**
     * One object for a caller who may see its partner's data; anyone else is told it is not there (the kind's
     * {@code notFoundCode}, as for a missing id), so another company learns nothing of it.
     */
    public static <T> T visible(Caller caller, T subject, Function<T, Long> partnerOf, String notFoundCode) {
        if (!caller.maySee(partnerOf.apply(subject))) {
            throw new NotFoundException(notFoundCode);
        }
        return subject;
    }
}
