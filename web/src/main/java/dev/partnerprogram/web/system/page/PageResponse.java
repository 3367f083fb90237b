package dev.partnerprogram.web.system.page;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The paged list shape of the API contract: {@code {items, page, size, total}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
