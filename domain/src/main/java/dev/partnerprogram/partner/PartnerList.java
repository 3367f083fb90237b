package dev.partnerprogram.partner;

import dev.partnerprogram.common.Like;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's list of partner companies with their current agreement's state: one query for the page (by name, then
 * id, on an index), one for the count. Every condition is a bound parameter; only the conditions asked for are added.
 */
@Component
public class PartnerList {

    /** One company in the list. {@code agreementState} is null when it has no agreement yet. */
    public record Row(long id, String name, String taxId, String region, PartnerStatus status, LocalDate yearEnd,
                      String agreementState) {}

    private final NamedParameterJdbcTemplate jdbc;

    public PartnerList(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<Row> search(PartnerQuery query, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String from = " from partner_company p left join partner_agreement a on a.id = "
                + "(select max(x.id) from partner_agreement x where x.partner_id = p.id)" + where(query, params);
        long total = jdbc.queryForObject("select count(*)" + from, params, Long.class);
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<Row> rows = jdbc.query("select p.id, p.company_name, p.tax_id, p.region, p.status, p.partner_year_end, a.state"
                + from + " order by p.company_name, p.id limit :limit offset :offset", params, PartnerList::row);
        return new PageImpl<>(rows, pageable, total);
    }

    private static String where(PartnerQuery q, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (q.name() != null) {
            where.add("lower(p.company_name) like :name escape '\\'");
            params.put("name", "%" + Like.literal(q.name().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.taxId() != null) {
            where.add("p.tax_id like :taxId escape '\\'");
            params.put("taxId", Like.literal(q.taxId()) + "%");
        }
        if (q.region() != null) {
            where.add("lower(p.region) = :region");
            params.put("region", q.region().toLowerCase(Locale.ROOT));
        }
        if (q.status() != null) {
            where.add("p.status = :status");
            params.put("status", q.status().name());
        }
        if (PartnerQuery.NO_AGREEMENT.equals(q.agreement())) {
            where.add("a.id is null");
        } else if (q.agreement() != null) {
            where.add("a.state = :agreement");
            params.put("agreement", q.agreement());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var yearEnd = rs.getDate("partner_year_end");
        return new Row(rs.getLong("id"), rs.getString("company_name"), rs.getString("tax_id"), rs.getString("region"),
                PartnerStatus.valueOf(rs.getString("status")), yearEnd == null ? null : yearEnd.toLocalDate(),
                rs.getString("state"));
    }
}
