package dev.partnerprogram.web.system.page;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

public final class UiPaging {
    static final int SIZE = 20;

    private UiPaging() {}

    /** A page number typed into the address bar is forgiven: below zero means the first page. */
    public static Pageable of(int page) {
        return PageRequest.of(Math.max(page, 0), SIZE);
    }
}
