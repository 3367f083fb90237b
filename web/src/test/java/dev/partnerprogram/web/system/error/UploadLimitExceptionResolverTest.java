package dev.partnerprogram.web.system.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

class UploadLimitExceptionResolverTest {
    private final UploadLimitExceptionResolver resolver = new UploadLimitExceptionResolver();
    private final MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(11L * 1024 * 1024);

    @Test
    void uiUpload_getsThePage() {
        var page = resolver.resolveException(new MockHttpServletRequest("POST", "/applications/new"), new MockHttpServletResponse(),
                null, tooLarge);

        assertThat(page).isNotNull();
        assertThat(page.getViewName()).isEqualTo(UploadLimitExceptionResolver.VIEW_TOO_LARGE);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void apiUpload_isLeftToTheApi_alsoOnItsErrorDispatch() {
        var direct = new MockHttpServletRequest("POST", "/api/applications/1/documents");
        var errorDispatch = new MockHttpServletRequest("POST", "/error");
        errorDispatch.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/applications/1/documents");

        assertThat(resolver.resolveException(direct, new MockHttpServletResponse(), null, tooLarge)).isNull();
        assertThat(resolver.resolveException(errorDispatch, new MockHttpServletResponse(), null, tooLarge)).isNull();
    }

    @Test
    void otherErrors_areNotItsBusiness() {
        assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/home"), new MockHttpServletResponse(), null,
                new IllegalStateException())).isNull();
    }
}
