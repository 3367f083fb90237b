package dev.partnerprogram.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.partnerprogram.support.DemoPagesApplication;
import dev.partnerprogram.support.PageRoutes;
import dev.partnerprogram.support.PageWalk;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of every demo user in Russian and in English, walked through MockMvc like {@link EveryPageBrowserTest}
 * walks it in a browser (so it runs in the plain build): it fails on a message key the bundles lack (Thymeleaf writes
 * {@code ??key_locale??}) and on a code of one of the application's enums shown as it is ({@code FULL_PRICE},
 * {@code DEVELOPMENT}) instead of its label, and on a page that fails with a server error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DemoPagesApplication
class EveryPageTextsTest {
    /** The texts come from the templates: one page of a route per user shows its labels. */
    private static final int PAGES_PER_ROUTE = 1;
    private static final Map<String, String> DEMO_USERS = demoUsers();
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s<>\"]+\\?\\?");
    /** A word in capitals; a part of an identifier such as a course code ({@code DRX-BASIC}) is no code of ours. */
    private static final Pattern CODE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
    /** Not read as text: scripts and styles, and what a page shows as literal code on purpose (a file format's values). */
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|template|code|kbd)\\b.*?</\\1>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    /** A moment or a day as Java prints it ({@code 2026-12-04T15:35:00Z}, {@code 2026-12-04}), not in the page's format. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}[\\d:.]*Z?)?(?![\\w-])");
    /**
     * A decimal with a point ({@code 30000.00}, {@code 1 000.50}, {@code 15.5%}) where Russian writes a comma: a
     * BigDecimal's toString. A date's {@code 04.12.2026} is no decimal (a point or a digit follows its second part).
     */
    private static final Pattern POINT_DECIMAL = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ \u00a0\u202f]?\\d{3})*\\.\\d{1,2}(?![.\\d])");
    /** Texts a user reads in attributes: hints, accessible names, placeholders. */
    private static final Pattern READ_ATTRIBUTE = Pattern.compile("(?i)\\s(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private PageRoutes pages;
    private Set<String> enumCodes;
    /** The page of one of the demo partner's agreements: linked only from earlier ones, which the demo has none of. */
    private String agreementPage;

    @BeforeAll
    void prepare() throws Exception {
        pages = new PageRoutes(mappings);
        enumCodes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.partnerprogram").stream()
                .filter(JavaClass::isEnum)
                .flatMap(c -> c.getEnumConstants().stream())
                .map(constant -> constant.name())
                .filter(name -> CODE.matcher(name).matches() && name.length() > 1)
                .collect(Collectors.toCollection(TreeSet::new));
        // The marketing demo data follow the partner's status grant, an asynchronous step: wait for its last item.
        Session partner = signIn("partner", "ru");
        await().atMost(Duration.ofSeconds(60)).until(() -> links(partner.open("/events").getContentAsString())
                .stream().anyMatch(link -> link.matches("/events/\\d+")));
        // The demo has no deal and no handover: one of each, so that their pages are walked too.
        postJson("partner", "/api/deals", "{\"customerName\":\"ООО «Обход»\",\"customerTaxId\":\"7701999999\","
                + "\"region\":\"Москва\",\"expectedAmount\":1000000.00,\"expectedCloseDate\":\""
                + LocalDate.now().plusMonths(2) + "\"}");
        postJson("manager", "/api/handovers", "{\"title\":\"Сопровождение\",\"customerName\":\"ООО «Обход»\","
                + "\"region\":\"Москва\",\"kind\":\"SUPPORT\"}");
        long partnerId = getJson("partner", "/api/me").get("partnerId").asLong();
        agreementPage = "/partners/" + partnerId + "/agreements/"
                + getJson("partner", "/api/partners/" + partnerId + "/agreements").get("items").get(0).get("id").asLong();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyPage_showsEveryTextInItsLanguage_andNoCodeInsteadOfALabel(String language) throws Exception {
        Map<String, Set<String>> problems = new LinkedHashMap<>();
        Set<String> reached = new TreeSet<>();
        walk(new Session(null, language), List.of("/", "/login", "/register"), problems, reached);
        for (Map.Entry<String, String> user : DEMO_USERS.entrySet()) {
            Session session = signIn(user.getKey(), user.getValue(), language);
            walk(session, List.of("/", agreementPage), problems, reached);
        }
        System.out.printf("EveryPageTextsTest %s: %d of %d routes (not %s), %d problems%n", language, reached.size(),
                pages.size(), pages.patterns().stream().filter(p -> !reached.contains(p)).toList(), problems.size());
        problems.forEach((problem, where) -> System.out.println("EveryPageTextsTest " + language + ": " + problem + " on " + where));
        assertThat(problems.keySet()).isEmpty();
        assertThat(reached).as("routes the walk reached").hasSizeGreaterThan(pages.size() * 3 / 4);
    }

    /** The walk's checks of formats fail where they should, and leave the page's own formats be. */
    @Test
    void aRawInstantOrDate_andAPointDecimalInRussian_areProblems() {
        String raw = "<p>Создано 2026-12-04T15:35:00Z, до 2026-12-31</p><p>Сумма 30000.00 ₽, скидка 35.5%</p>";
        String formatted = "<p>Создано 04.12.2026 15:35, до 31.12.2026</p><p>Сумма 30 000,00 ₽, скидка 35,5%, 127.0.0.1</p>";
        assertThat(problemsOf(raw, "ru")).hasSize(4);
        assertThat(problemsOf(raw, "en")).hasSize(2);
        assertThat(problemsOf(formatted, "ru")).isEmpty();
    }

    /** Breadth first through the links of the user's pages, redirects followed. */
    private void walk(Session session, List<String> start, Map<String, Set<String>> problems, Set<String> reached)
            throws Exception {
        PageWalk walk = new PageWalk(pages, PAGES_PER_ROUTE, start);
        for (Optional<PageWalk.Page> page = walk.next(); page.isPresent(); page = walk.next()) {
            String path = page.get().path();
            MockHttpServletResponse response = session.open(path);
            String redirect = response.getRedirectedUrl();
            if (redirect != null && redirect.startsWith("/")) {
                walk.follow(List.of(redirect));
            }
            if (response.getStatus() >= 500) {
                problems.computeIfAbsent("server error " + response.getStatus(), p -> new TreeSet<>()).add(session.who() + " " + path);
            }
            String contentType = response.getContentType();
            if (response.getStatus() != 200 || contentType == null || !contentType.startsWith(MediaType.TEXT_HTML_VALUE)) {
                continue;
            }
            reached.add(page.get().route());
            String html = response.getContentAsString();
            for (String problem : problemsOf(html, session.language())) {
                problems.computeIfAbsent(problem, p -> new TreeSet<>()).add(session.who() + " " + path);
            }
            walk.follow(links(html));
        }
    }

    private List<String> problemsOf(String html, String language) {
        List<String> found = new ArrayList<>();
        Matcher missing = MISSING_KEY.matcher(html);
        while (missing.find()) {
            found.add("missing text " + missing.group());
        }
        String page = HIDDEN.matcher(html).replaceAll(" ");
        StringBuilder read = new StringBuilder(TAG.matcher(page).replaceAll(" "));
        Matcher attribute = READ_ATTRIBUTE.matcher(page);
        while (attribute.find()) {
            read.append(' ').append(attribute.group(1));
        }
        Matcher iso = ISO_DATE.matcher(read);
        while (iso.find()) {
            found.add("unformatted date " + iso.group() + " in «" + around(read, iso.start(), iso.end()) + "»");
        }
        if ("ru".equals(language)) {
            Matcher decimal = POINT_DECIMAL.matcher(read);
            while (decimal.find()) {
                found.add("decimal point " + decimal.group() + " in «" + around(read, decimal.start(), decimal.end()) + "»");
            }
        }
        Matcher code = CODE.matcher(read);
        while (code.find()) {
            if (enumCodes.contains(code.group())) {
                found.add("raw code " + code.group() + " in «" + around(read, code.start(), code.end()) + "»");
            }
        }
        return found;
    }

    private static String around(CharSequence text, int start, int end) {
        return text.subSequence(Math.max(0, start - 40), Math.min(text.length(), end + 40)).toString()
                .replaceAll("\\s+", " ").trim();
    }

    /** Same-origin links; switching the language is the test's own business. */
    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String link = href.group(1).replace("&amp;", "&");
            if (!link.contains("lang=") && !link.startsWith("//")) {
                links.add(link);
            }
        }
        return links;
    }

    private Session signIn(String username, String password, String language) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + username).doesNotContain("error");
        Session session = new Session(username, language);
        session.keep(result);
        return session;
    }

    private Session signIn(String username, String language) throws Exception {
        return signIn(username, DEMO_USERS.get(username), language);
    }

    private com.fasterxml.jackson.databind.JsonNode getJson(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic(user, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET " + path).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getContentAsString());
    }

    private void postJson(String user, String path, String json) throws Exception {
        int status = mvc.perform(post(path).with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("POST " + path).isEqualTo(201);
    }

    private static Map<String, String> demoUsers() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("partner", "partner");
        users.put("beta@beta.example", "beta-demo-1");
        users.put("gamma@gamma.example", "gamma-demo-1");
        users.put("delta@delta.example", "delta-demo-1");
        users.put("reviewer", "reviewer");
        users.put("manager", "manager");
        users.put("admin", "admin");
        return users;
    }

    /** A signed-in user's cookies (and the mock session, where the session is not a cookie) in one language. */
    private final class Session {
        private final String username;
        private final String language;
        private final Map<String, Cookie> cookies = new LinkedHashMap<>();
        private MockHttpSession session;

        Session(String username, String language) {
            this.username = username;
            this.language = language;
            cookies.put("lang", new Cookie("lang", language));
        }

        String language() {
            return language;
        }

        String who() {
            return username == null ? "anonymous" : username;
        }

        MockHttpServletResponse open(String path) throws Exception {
            MockHttpServletRequestBuilder request = get(path).accept(MediaType.TEXT_HTML)
                    .cookie(cookies.values().toArray(Cookie[]::new));
            if (session != null) {
                request.session(session);
            }
            MvcResult result = mvc.perform(request).andReturn();
            keep(result);
            return result.getResponse();
        }

        void keep(MvcResult result) {
            Arrays.stream(result.getResponse().getCookies()).filter(c -> !c.getName().equals("lang"))
                    .forEach(c -> cookies.put(c.getName(), c));
            if (result.getRequest().getSession(false) instanceof MockHttpSession mock) {
                session = mock;
            }
        }
    }
}
