package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.integration.EventType;
import dev.partnerprogram.integration.IntegrationEvents;
import dev.partnerprogram.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrators' webhook pages on PostgreSQL: register an endpoint (every broken field named), change its events
 * while keeping its secret, pause and resume it, and send a delivery of its log again.
 */
class WebhookPagesTest extends IntegrationTest {
    private static final RequestPostProcessor ADMIN = user("it-admin").roles("ADMIN");

    @Autowired
    IntegrationEvents integrationEvents;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anAdministratorRegistersChangesPausesResumesAndRetries_onThePages() throws Exception {
        mvc.perform(get("/admin/webhooks").param("lang", "en").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"url\"")))
                .andExpect(content().string(containsString("Deal won")));
        mvc.perform(get("/admin/webhooks").with(user("it-reviewer").roles("REVIEWER"))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/webhooks").param("lang", "en").with(ADMIN).with(csrf()).param("url", "ftp://crm.example")
                        .param("secret", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give an http:// or https:// address.")))
                .andExpect(content().string(containsString("Secret: at least 16 characters.")));

        String url = "https://crm" + UUID.randomUUID() + ".example/hooks";
        String location = mvc.perform(post("/admin/webhooks").with(ADMIN).with(csrf()).param("url", url)
                        .param("events", "partner.status-changed").param("secret", "page-secret-0123456789"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = jdbc.queryForObject("select id from webhook_endpoint where url = ?", Long.class, url);
        assertThat(location).isEqualTo("/admin/webhooks/" + id);

        mvc.perform(post("/admin/webhooks/" + id).with(ADMIN).with(csrf()).param("url", url)
                        .param("events", "partner.status-changed", "deal.won").param("secret", ""))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> row = jdbc.queryForMap("select event_types, secret, state from webhook_endpoint where id = ?", id);
        assertThat(row.get("event_types")).isEqualTo("partner.status-changed,deal.won");
        assertThat(row.get("secret")).as("a blank secret keeps the old one").isEqualTo("page-secret-0123456789");

        mvc.perform(post("/admin/webhooks/" + id + "/pause").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("PAUSED");
        String eventId = tx.execute(s -> integrationEvents.publish(EventType.DEAL_WON, null, Map.of("dealId", 1)).getEventId());
        long delivery = jdbc.queryForObject("select d.id from webhook_delivery d join integration_event e on e.id = d.event_id "
                + "where d.endpoint_id = ? and e.event_id = ?", Long.class, id, eventId);
        mvc.perform(get("/admin/webhooks/" + id).param("lang", "en").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString(eventId)))
                .andExpect(content().string(containsString("id=\"resume-webhook\"")))
                .andExpect(content().string(not(containsString("page-secret-0123456789"))));

        mvc.perform(post("/admin/webhooks/" + id + "/deliveries/" + delivery + "/retry").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/webhooks/" + id + "/resume").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("ACTIVE");
        mvc.perform(post("/admin/webhooks/" + (id + 1_000_000) + "/pause").with(ADMIN).with(csrf())).andExpect(status().isNotFound());
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from webhook_endpoint where id = ?", String.class, id);
    }
}
