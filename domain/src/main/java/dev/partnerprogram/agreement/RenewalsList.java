package dev.partnerprogram.agreement;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Like;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.partner.PartnerService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewals the partner managers follow: agreements whose term ends within the first reminder's window (60 days by
 * default), those within the second (30) and among them the ones still without an uploaded renewal (overdue: reminded
 * twice, nothing came), and the suspended ones with the last day a renewal reinstates them. Soonest end first.
 */
@Component
@Transactional(readOnly = true)
public class RenewalsList {

    /** Which renewals: each a narrower set, except SUSPENDED; none given means every one of them. */
    public enum Due { DUE_60, DUE_30, OVERDUE, SUSPENDED }

    /** The filters, checked: {@link #of} answers 400 naming the field. */
    public record Filter(Due due, String region, String company) {
        static final int MAX_TEXT = 100;

        public static Filter of(String due, String region, String company) {
            List<FieldViolation> errors = new ArrayList<>();
            Due dueValue = null;
            if (due != null && !due.isBlank()) {
                try {
                    dueValue = Due.valueOf(due.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldViolation("due", "error.choice"));
                }
            }
            String regionValue = FieldChecks.trimToNull(region);
            String companyValue = FieldChecks.trimToNull(company);
            FieldChecks.maxLength(errors, "region", regionValue, MAX_TEXT);
            FieldChecks.maxLength(errors, "company", companyValue, MAX_TEXT);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new Filter(dueValue, regionValue, companyValue);
        }
    }

    /** One agreement to follow: {@code daysLeft} to the term's end, or, suspended, to the last day to renew. */
    public record Renewal(long partnerId, String companyName, String region, String number, AgreementState state,
                          LocalDate validUntil, LocalDate renewBy, long daysLeft, boolean renewalUploaded, Due due) {}

    /** What an export writes at most, so one request cannot make the server build an unbounded file. */
    public static final int EXPORT_LIMIT = 10_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final PartnerService partners;
    private final ProgramProperties.AgreementRules rules;

    RenewalsList(NamedParameterJdbcTemplate jdbc, PartnerService partners, ProgramProperties properties) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.rules = properties.agreement();
    }

    public Page<Renewal> page(Filter filter, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        Long total = jdbc.queryForObject("select count(*) from partner_agreement a join partner_company p on p.id = a.partner_id"
                + where, params, Long.class);
        params.addValue("offset", pageable.getOffset()).addValue("limit", pageable.getPageSize());
        return new PageImpl<>(query(where + " order by a.valid_until, a.id offset :offset rows fetch next :limit rows only", params),
                pageable, total == null ? 0 : total);
    }

    public List<Renewal> export(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", EXPORT_LIMIT);
        return query(where(filter, params) + " order by a.valid_until, a.id fetch first :limit rows only", params);
    }

    private List<Renewal> query(String whereAndOrder, MapSqlParameterSource params) {
        LocalDate today = partners.today();
        LocalDate secondWindowEnd = windowEnd(today, rules.secondReminderBefore());
        return jdbc.query("select a.partner_id, p.company_name, p.region, a.number, a.state, a.valid_until,"
                + " a.renewal_document_id is not null from partner_agreement a join partner_company p on p.id = a.partner_id"
                + whereAndOrder, params, (rs, i) -> {
                    AgreementState state = AgreementState.valueOf(rs.getString(5));
                    LocalDate validUntil = rs.getDate(6).toLocalDate();
                    boolean uploaded = rs.getBoolean(7);
                    boolean suspended = state == AgreementState.SUSPENDED;
                    LocalDate renewBy = suspended ? validUntil.plus(rules.gracePeriod()) : validUntil;
                    Due due = suspended ? Due.SUSPENDED : validUntil.isAfter(secondWindowEnd) ? Due.DUE_60
                            : uploaded ? Due.DUE_30 : Due.OVERDUE;
                    return new Renewal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), state, validUntil,
                            renewBy, ChronoUnit.DAYS.between(today, renewBy) + 1, uploaded, due);
                });
    }

    /** The SQL condition of the filter; its values are bound parameters. */
    private String where(Filter filter, MapSqlParameterSource params) {
        LocalDate today = partners.today();
        params.addValue("valid", List.of(AgreementState.ACTIVE.name(), AgreementState.RENEWAL_DUE.name()))
                .addValue("suspended", AgreementState.SUSPENDED.name())
                .addValue("firstEnd", windowEnd(today, rules.firstReminderBefore()))
                .addValue("secondEnd", windowEnd(today, rules.secondReminderBefore()));
        String valid = "a.state in (:valid) and a.valid_until <= ";
        String condition = switch (filter.due() == null ? Due.DUE_60 : filter.due()) {
            case DUE_60 -> "(" + valid + ":firstEnd" + (filter.due() == null ? " or a.state = :suspended)" : ")");
            case DUE_30 -> "(" + valid + ":secondEnd)";
            case OVERDUE -> "(" + valid + ":secondEnd and a.renewal_document_id is null)";
            case SUSPENDED -> "(a.state = :suspended)";
        };
        StringBuilder where = new StringBuilder(" where ").append(condition);
        if (filter.region() != null) {
            where.append(" and p.region = :region");
            params.addValue("region", filter.region());
        }
        if (filter.company() != null) {
            where.append(" and lower(p.company_name) like :company escape '\\'");
            params.addValue("company", "%" + Like.literal(filter.company().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    /** The last day of a term that ends within the window (the term ends at the start of the day after it). */
    private static LocalDate windowEnd(LocalDate today, java.time.Period window) {
        return today.plus(window).minusDays(1);
    }
}
