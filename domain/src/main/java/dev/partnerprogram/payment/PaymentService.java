package dev.partnerprogram.payment;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ImportRejectedException.LineViolation;
import dev.partnerprogram.common.ImportRejectedException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Money;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerRepository;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments partners made to the vendor for software and subscriptions: the base of the Directum University fund
 * (and of the quarterly additional discount). Administrators record them one by one or import a CSV file from
 * accounting; an import with any bad line is refused as a whole, with every bad line named.
 */
@Service
@Transactional(readOnly = true)
public class PaymentService {

    /** One payment as entered; {@code partnerId} or {@code taxId} names the partner. */
    public record NewPayment(Long partnerId, String taxId, LocalDate paidOn, BigDecimal amount, PaymentKind kind, String reference) {}

    public record ImportResult(int imported, BigDecimal total) {}

    private static final int MAX_LINES = 10_000;

    private final PaymentRepository payments;
    private final PartnerRepository partners;
    private final Clock clock;
    private final ZoneId zone;

    public PaymentService(PaymentRepository payments, PartnerRepository partners, Clock clock,
                          dev.partnerprogram.common.ProgramProperties properties) {
        this.payments = payments;
        this.partners = partners;
        this.clock = clock;
        this.zone = ZoneId.of(properties.timeZone());
    }

    @Transactional
    public Payment record(NewPayment input, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        PartnerCompany partner = null;
        if (input.partnerId() != null) {
            partner = partners.findById(input.partnerId()).orElse(null);
            if (partner == null) {
                errors.add(new FieldViolation("partnerId", "error.noSuchPartner"));
            }
        } else if (input.taxId() != null && !input.taxId().isBlank()) {
            partner = partners.findByTaxId(input.taxId().trim()).orElse(null);
            if (partner == null) {
                errors.add(new FieldViolation("taxId", "error.payment.taxId"));
            }
        } else {
            errors.add(new FieldViolation("partnerId", "error.required"));
        }
        checkPaidOn(errors, "paidOn", input.paidOn());
        Money.positive(errors, "amount", input.amount());
        if (input.kind() == null) {
            errors.add(new FieldViolation("kind", "error.payment.kind"));
        }
        String reference = FieldChecks.trimToNull(input.reference());
        if (FieldChecks.maxLength(errors, "reference", reference, 100) && partner != null && reference != null
                && payments.existsByPartnerIdAndReference(partner.getId(), reference)) {
            errors.add(new FieldViolation("reference", "error.payment.duplicate"));
        }
        FieldChecks.throwIfAny(errors);
        return payments.save(new Payment(partner.getId(), input.paidOn(), input.amount().setScale(2), input.kind(), reference,
                Payment.Source.MANUAL, actor, clock.instant()));
    }

    /**
     * A deal the partner won, as revenue: a payment for software on the day it closed, which the quarterly discount and
     * the tier criteria count like any other. The reference names the deal, so it is recorded once.
     */
    @Transactional
    public Payment recordDealRevenue(long partnerId, LocalDate closedOn, BigDecimal amount, String reference, String actor) {
        return payments.save(new Payment(partnerId, closedOn, amount, PaymentKind.SOFTWARE, reference, Payment.Source.DEAL, actor,
                clock.instant()));
    }

    /**
     * Imports {@code taxId;paidOn;amount;kind;reference} lines (comma or semicolon separated, with a header line).
     * Every line is checked before anything is stored; one bad line refuses the whole file.
     */
    @Transactional
    public ImportResult importCsv(byte[] data, String actor) {
        List<String> lines = lines(data);
        List<LineViolation> errors = new ArrayList<>();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new ImportRejectedException(List.of(new LineViolation(1, "header", "error.payment.emptyFile")));
        }
        if (lines.size() > MAX_LINES + 1) {
            throw new ImportRejectedException(List.of(new LineViolation(MAX_LINES + 2, "file", "error.payment.tooManyLines", MAX_LINES)));
        }
        char separator = lines.get(0).indexOf(';') >= 0 ? ';' : ',';
        Map<String, Integer> header = header(lines.get(0), separator, errors);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<Payment> parsed = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            List<String> cells = split(line, separator);
            String taxId = cell(cells, header.get("taxid"));
            Optional<PartnerCompany> partner = Optional.empty();
            if (taxId.isEmpty()) {
                errors.add(new LineViolation(number, "taxId", "error.required"));
            } else {
                partner = partners.findByTaxId(taxId);
                if (partner.isEmpty()) {
                    errors.add(new LineViolation(number, "taxId", "error.payment.taxIdValue", taxId));
                }
            }
            LocalDate paidOn = null;
            String dateText = cell(cells, header.get("paidon"));
            try {
                paidOn = LocalDate.parse(dateText);
                List<FieldViolation> dateErrors = new ArrayList<>();
                checkPaidOn(dateErrors, "paidOn", paidOn);
                dateErrors.forEach(v -> errors.add(new LineViolation(number, v.field(), v.message())));
            } catch (DateTimeParseException e) {
                errors.add(new LineViolation(number, "paidOn", dateText.isEmpty() ? "error.required" : "error.date"));
            }
            BigDecimal amount = null;
            String amountText = cell(cells, header.get("amount")).replace(" ", "").replace("\u00a0", "");
            try {
                amount = new BigDecimal(separator == ';' ? amountText.replace(',', '.') : amountText);
                List<FieldViolation> amountErrors = new ArrayList<>();
                Money.positive(amountErrors, "amount", amount);
                amountErrors.forEach(v -> errors.add(new LineViolation(number, v.field(), v.message())));
            } catch (NumberFormatException e) {
                errors.add(new LineViolation(number, "amount", amountText.isEmpty() ? "error.required" : "error.amount"));
            }
            PaymentKind kind = null;
            String kindText = cell(cells, header.get("kind")).toUpperCase(Locale.ROOT);
            try {
                kind = PaymentKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                errors.add(new LineViolation(number, "kind", "error.payment.kind"));
            }
            String reference = FieldChecks.trimToNull(cell(cells, header.get("reference")));
            if (reference != null && reference.length() > 100) {
                errors.add(new LineViolation(number, "reference", "error.maxLength", 100));
            } else if (reference != null && partner.isPresent()) {
                if (!references.add(partner.get().getId() + "\u0000" + reference)) {
                    errors.add(new LineViolation(number, "reference", "error.payment.twice"));
                } else if (payments.existsByPartnerIdAndReference(partner.get().getId(), reference)) {
                    errors.add(new LineViolation(number, "reference", "error.payment.duplicate"));
                }
            }
            if (partner.isPresent() && paidOn != null && amount != null && kind != null) {
                parsed.add(new Payment(partner.get().getId(), paidOn, amount.setScale(2, java.math.RoundingMode.UNNECESSARY), kind,
                        reference, Payment.Source.IMPORT, actor, clock.instant()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (parsed.isEmpty()) {
            throw new ImportRejectedException(List.of(new LineViolation(2, "file", "error.payment.noLines")));
        }
        payments.saveAll(parsed);
        return new ImportResult(parsed.size(), parsed.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public Page<Payment> list(Long partnerId, Pageable pageable) {
        return partnerId == null ? payments.findAllByOrderByPaidOnDescIdDesc(pageable)
                : payments.findByPartnerIdOrderByPaidOnDescIdDesc(partnerId, pageable);
    }

    /** The partner's payments for software and subscriptions made from {@code from} to {@code to}, both inclusive. */
    public BigDecimal total(long partnerId, LocalDate from, LocalDate to) {
        return payments.sumBetween(partnerId, from, to, EnumSet.allOf(PaymentKind.class));
    }

    private void checkPaidOn(List<FieldViolation> errors, String field, LocalDate paidOn) {
        FieldChecks.requireNotInFuture(errors, field, paidOn, LocalDate.now(clock.withZone(zone)));
    }


    private static Map<String, Integer> header(String line, char separator, List<LineViolation> errors) {
        List<String> names = split(line, separator).stream()
                .map(n -> n.trim().replace("\ufeff", "").replace("_", "").toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
        for (String required : List.of("taxid", "paidon", "amount", "kind")) {
            if (!index.containsKey(required)) {
                errors.add(new LineViolation(1, "header", "error.payment.column", display(required)));
            }
        }
        return index;
    }

    private static String display(String column) {
        return switch (column) {
            case "taxid" -> "taxId";
            case "paidon" -> "paidOn";
            default -> column;
        };
    }

    private static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() ? "" : cells.get(index).trim();
    }

    /** Splits one CSV line; a field in double quotes may hold the separator, and "" inside quotes is one quote. */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<String> lines(byte[] data) {
        if (data == null || data.length == 0) {
            return List.of();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
            return List.of(text.split("\r\n|\n|\r", -1));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "error.payment.notText");
        }
    }
}
