package dev.partnerprogram.workflow.payment;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.payment.Payment;
import dev.partnerprogram.payment.PaymentService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to the payments partners made to the vendor (the base of the Directum University fund): recorded one by one
 * or imported from accounting's file. Only administrators keep and read them.
 */
@Service
public class Payments {

    private final PaymentService payments;

    public Payments(PaymentService payments) {
        this.payments = payments;
    }

    @Transactional
    public Payment record(Caller caller, PaymentService.NewPayment payment) {
        requireAdmin(caller);
        return payments.record(payment, caller.username());
    }

    /** A CSV file: all its payments or none, with every bad line named. */
    @Transactional
    public PaymentService.ImportResult importCsv(Caller caller, byte[] file) {
        requireAdmin(caller);
        return payments.importCsv(file, caller.username());
    }

    /** Every partner's payments, or one partner's when {@code partnerId} is given. */
    @Transactional(readOnly = true)
    public Page<Payment> list(Caller caller, Long partnerId, Pageable pageable) {
        requireAdmin(caller);
        return payments.list(partnerId, pageable);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new ForbiddenException("forbidden.payments");
        }
    }
}
