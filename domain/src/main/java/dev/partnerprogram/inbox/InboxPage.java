package dev.partnerprogram.inbox;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of the inbox whose total is exact only up to a cap: counting every task a reviewer of a large group sees
 * costs more than the page itself, and nobody pages through more than a thousand. Past the cap the total says "cap or
 * more" ({@link #isTotalCapped()}) and the page has a next one as long as it is full. {@link #next()} is the keyset
 * cursor of the page after this one (empty on the last page).
 */
public class InboxPage<T> extends PageImpl<T> {
    private final boolean totalCapped;
    private final String next;

    public InboxPage(List<T> content, Pageable pageable, long total, boolean totalCapped, String next) {
        super(content, pageable, total);
        this.totalCapped = totalCapped;
        this.next = next;
    }

    public boolean isTotalCapped() {
        return totalCapped;
    }

    /** The cursor that asks for the page after this one, or null when this is the last. */
    public String next() {
        return next;
    }

    @Override
    public boolean hasNext() {
        return totalCapped ? getNumberOfElements() == getSize() : super.hasNext();
    }

    @Override
    public int getTotalPages() {
        return totalCapped ? Math.max(super.getTotalPages(), getNumber() + (hasNext() ? 2 : 1)) : super.getTotalPages();
    }

    @Override
    public <U> InboxPage<U> map(Function<? super T, ? extends U> converter) {
        return new InboxPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), getTotalElements(),
                totalCapped, next);
    }
}
