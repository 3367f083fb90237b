package dev.partnerprogram.workflow.handover;

import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverOffer;
import dev.partnerprogram.handover.HandoverState;
import java.time.Instant;
import java.util.List;

/**
 * A handover as its pages and the API show it. {@code partnerId} is the partner holding the offer now (or the one that
 * took it), shown to a partner only when it is itself; {@code offers}, every proposed partner's turn, are filled for
 * managers, and for a partner with its own turn alone (with why it was withdrawn, if it was).
 */
public record HandoverView(long id, String title, String customerName, String region, HandoverKind kind, HandoverState state,
                           Long partnerId, String partnerName, Instant answerDueAt, Instant createdAt, List<Offer> offers) {

    public record Offer(long partnerId, String partnerName, int position, HandoverOffer.State state, Instant offeredAt,
                        Instant answerDueAt, Instant answeredAt, String withdrawnReason) {}
}
