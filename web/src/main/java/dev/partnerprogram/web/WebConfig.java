package dev.partnerprogram.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration
public class WebConfig implements WebMvcConfigurer {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final CurrentCaller currentCaller;

    WebConfig(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    /** Russian first: a chosen language is kept in a cookie; otherwise English only when the browser asks for it. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            if (header != null && !header.isBlank() && request.getLocale().getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            return RUSSIAN;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentCaller);
    }
}
