package dev.partnerprogram.workflow.conflict;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;

/**
 * Wraps every public method of the workflow facades (the {@code @Service}s of {@code dev.partnerprogram.workflow}, the
 * web's only door) in {@link ConcurrencyConflicts}. It runs outside their transactions, so a failure at commit (a unique
 * key or version checked at flush) is translated too. The engine's delegates are not facades: there an optimistic
 * lock must reach the job executor as such, to be retried.
 */
@Configuration(proxyBeanMethods = false)
class FacadeConflicts {
    private static final String WORKFLOW = "dev.partnerprogram.workflow.";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor facadeConflictsAdvisor() {
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                throw ConcurrencyConflicts.of(e).<RuntimeException>map(c -> c).orElse(e);
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return targetClass.getName().startsWith(WORKFLOW) && AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)
                        && java.lang.reflect.Modifier.isPublic(method.getModifiers());
            }
        }, translate);
        // Outermost, around the transaction advice (which keeps the lowest precedence).
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
