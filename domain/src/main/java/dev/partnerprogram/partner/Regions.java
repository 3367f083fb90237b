package dev.partnerprogram.partner;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The reference list of regions a company chooses from (V62): in the list's own order, "Другой регион" last. */
@Repository
@Transactional(readOnly = true)
public class Regions {
    private final NamedParameterJdbcTemplate jdbc;

    public Regions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> names() {
        return jdbc.queryForList("select name from region order by sort_order, name", Map.of(), String.class);
    }

    public boolean known(String name) {
        return name != null && names().contains(name.trim());
    }
}
