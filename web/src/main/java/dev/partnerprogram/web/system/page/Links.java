package dev.partnerprogram.web.system.page;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Links back to the page being shown with one parameter changed, so paging and the language switch keep the filters. */
@Component("links")
public class Links {

    public String withPage(String pageParam, int page) {
        return current().replaceQueryParam(pageParam, page).toUriString();
    }

    public String withPage(int page) {
        return withPage("page", page);
    }

    public String withLang(String lang) {
        return current().replaceQueryParam("lang", lang).toUriString();
    }

    private static UriComponentsBuilder current() {
        // Relative links: the host the browser used is right behind any proxy, the one the server sees may not be.
        // A form re-shown after a multipart POST carries its CSRF token in the URL; a link must not pass it on.
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .scheme(null).host(null).port(null)
                .replaceQueryParam("lang")
                .replaceQueryParam("_csrf");
    }
}
