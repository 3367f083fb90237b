package dev.partnerprogram.workflow.partner;

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
}
