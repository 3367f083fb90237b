package dev.partnerprogram.web.system.api;

import dev.partnerprogram.web.system.page.Paging;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a {@link PageQuery} argument as two {@code @RequestParam int}s would be read (a missing or empty one takes its
 * default, a malformed one is a {@link MethodArgumentTypeMismatchException} naming it), then checks them with
 * {@link Paging}. It must stand before Spring Data's resolver, which would take any {@link Pageable} without checks.
 */
public class PageQueryResolver implements HandlerMethodArgumentResolver {
    static final String PAGE = "page";
    static final String SIZE = "size";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(PageQuery.class) && parameter.getParameterType() == Pageable.class;
    }

    @Override
    public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                    WebDataBinderFactory binders) throws Exception {
        int size = parameter.getParameterAnnotation(PageQuery.class).size();
        return Paging.of(number(PAGE, 0, parameter, request, binders), number(SIZE, size, parameter, request, binders));
    }

    private static int number(String name, int fallback, MethodParameter parameter, NativeWebRequest request,
                              WebDataBinderFactory binders) throws Exception {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return fallback;
        }
        Object raw = values.length == 1 ? values[0] : values;
        try {
            Integer value = binders.createBinder(request, null, name).convertIfNecessary(raw, Integer.class);
            return value == null ? fallback : value;
        } catch (TypeMismatchException e) {
            throw new MethodArgumentTypeMismatchException(raw, int.class, name, parameter, e.getCause());
        }
    }
}
