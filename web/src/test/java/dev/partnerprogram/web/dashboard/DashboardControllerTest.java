package dev.partnerprogram.web.dashboard;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.dashboard.ReportTable;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.dashboard.ProcessCatalogue;
import dev.partnerprogram.workflow.dashboard.ProcessInsights;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
class DashboardControllerTest extends PageSliceTest {
    private static final DashboardFilter DEFAULT = new DashboardFilter(LocalDate.of(2026, 8, 22), LocalDate.of(2026, 11, 20), null, null);
    private static final LocalizedTable BY_TIER = new LocalizedTable(ProgramDashboard.PARTNERS_BY_TIER, "Партнёры по статусам",
            List.of(new LocalizedTable.Header("status", "Статус", ReportTable.Type.CODE),
                    new LocalizedTable.Header("partners", "Партнёров", ReportTable.Type.COUNT)),
            List.of(List.of("Авторизованный партнёр", 12L)));

    @Autowired DashboardFilters filters;
    @Autowired ReportTables tables;
    @Autowired ProgramDashboard program;
    @Autowired ProcessInsights processes;
    @Autowired ProcessCatalogue catalogue;

    @BeforeEach
    void signedInManager() {
        signedIn(UiTestSupport.manager());
        given(filters.of(null, null, null, null)).willReturn(DEFAULT);
        given(tables.localize(any())).willReturn(BY_TIER);
        given(program.regions()).willReturn(List.of("Москва", "Казань"));
        given(catalogue.processes()).willReturn(List.of(new ProcessCatalogue.ProcessInfo("partner-application", "Partner application", 3,
                "pd-1")));
    }

    @Test
    void theOverviewShowsEachTableWithItsDownloads_andTheProcesses() throws Exception {
        shows(mvc.perform(get("/manager/dashboard")), "Партнёры по статусам",
                "href=\"/manager/reports/partners-by-tier.csv?from=2026-08-22&amp;to=2026-11-20\"",
                "href=\"/manager/processes/partner-application\"", "<option value=\"Казань\">Казань</option>")
                .andExpect(view().name(DashboardController.VIEW_OVERVIEW))
                .andExpect(model().attribute("filter", DEFAULT))
                .andExpect(model().attributeDoesNotExist("filterErrors"));
    }

    @Test
    void theSalesDashboardShowsItsThreeTables_andIsLinkedFromTheOverview() throws Exception {
        given(tables.table(any(), eq(DEFAULT), isNull())).willAnswer(call -> new ReportTable(call.getArgument(0), List.of(), List.of()));
        given(tables.localize(any())).willAnswer(call -> {
            ReportTable table = call.getArgument(0);
            return new LocalizedTable(table.id(), table.id(), BY_TIER.headers(), BY_TIER.rows());
        });
        shows(mvc.perform(get("/manager/sales")), "href=\"/manager/reports/deal-pipeline.csv?from=2026-08-22&amp;to=2026-11-20\"",
                "data-chart-for=\"request-sla\"", "action=\"/manager/sales\"")
                .andExpect(view().name(DashboardController.VIEW_SALES));
        for (String id : ReportTables.SALES) {
            verify(tables).table(id, DEFAULT, null);
        }
        shows(mvc.perform(get("/manager/dashboard")), "id=\"sales-dashboard-link\" href=\"/manager/sales\"");
    }

    @Test
    void aMistypedFilterShowsTheDefaultPeriodAndNamesTheMistake() throws Exception {
        given(filters.of("вчера", null, null, null)).willThrow(new InvalidInputException("from", "error.date"));

        mvc.perform(get("/manager/dashboard").param("from", "вчера"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("filter", DEFAULT))
                .andExpect(model().attribute("filterErrors", List.of("from")))
                .andExpect(content().string(containsString("id=\"filter-error\"")));
    }

    @Test
    void aTableDownloadsAsCsvForTheFilterOfTheLink() throws Exception {
        given(filters.of("2026-01-01", "2026-06-30", "Москва", null)).willReturn(
                new DashboardFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "Москва", null));
        given(tables.table(eq(ProgramDashboard.PARTNERS_BY_TIER), eq(new DashboardFilter(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), "Москва", null)), isNull())).willReturn(new ReportTable(ProgramDashboard.PARTNERS_BY_TIER,
                List.of(), List.of()));

        mvc.perform(get("/manager/reports/partners-by-tier.csv").param("from", "2026-01-01").param("to", "2026-06-30")
                        .param("region", "Москва"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partners-by-tier.csv\""))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().bytes(("\uFEFFСтатус;Партнёров\r\nАвторизованный партнёр;12\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void reviewersAreTurnedAway() throws Exception {
        signedIn(UiTestSupport.reviewer());

        mvc.perform(get("/manager/dashboard")).andExpect(status().isForbidden());
        verifyNoInteractions(tables);
    }
}
