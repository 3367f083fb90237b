package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

public final class Paging {
    static final int MAX_SIZE = 100;

    private Paging() {}

    public static Pageable of(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "error.notNegative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "error.between", 1, MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }
}
