package dev.partnerprogram.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what each HTTP request sends to the database — statements (each statement of a JDBC batch counted, as the
 * application issues them: the driver sends a batch of inserts as fewer multi-row inserts, which PostgreSQL's statement
 * statistics then count as fewer), round trips (a JDBC batch is one call, sent at once), commits and reads of an
 * account by its name —, by wrapping the application's one {@link DataSource} (the engine and JPA share it). Work done
 * on other threads (the job executor, the outbox sender) is no request's and is not counted. Import it into a test
 * class (it gets an application context of its own).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    /**
     * One request: its method and path with ids (any segment with a digit) replaced by {@code {id}}, what it sent, and
     * the statements themselves (for the message of a failed bound).
     */
    public record Request(String name, int statements, int roundTrips, int commits, int userReads, List<String> sql) {
        @Override
        public String toString() {
            return name + ": " + statements + " statements in " + roundTrips + " round trips, " + commits + " commits, "
                    + userReads + " account reads\n  " + String.join("\n  ", sql);
        }
    }

    /** What one request has sent so far. */
    private static final class Counts {
        int statements;
        int roundTrips;
        int commits;
        int userReads;
        final List<String> sql = new ArrayList<>();
    }

    private static final Pattern ID = Pattern.compile("/[^/]*[0-9][^/]*(?=/|$)");
    /** Hibernate's read of a whole account by its name (the signed-in user's look-up; not an existence check). */
    private static final Pattern ACCOUNT_BY_NAME = Pattern.compile("password_hash.* from app_user \\w+ where \\w+\\.username=\\?");
    private static final ThreadLocal<Counts> CURRENT = new ThreadLocal<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

    /** The requests counted since the last {@link #clear()}, once every request answered so far has been counted. */
    public static List<Request> requests() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (IN_FLIGHT.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return List.copyOf(REQUESTS);
    }

    public static void clear() {
        requests();
        REQUESTS.clear();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // Only the application's pool: the engine wraps it for transactions of its own, which would count twice.
                return bean instanceof DataSource dataSource && beanName.equals("dataSource") ? new Counting(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> countPerRequest() {
        Filter filter = (request, response, chain) -> {
            Counts counts = new Counts();
            IN_FLIGHT.incrementAndGet();
            CURRENT.set(counts);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                HttpServletRequest http = (HttpServletRequest) request;
                REQUESTS.add(new Request(http.getMethod() + " " + ID.matcher(http.getRequestURI()).replaceAll("/{id}"),
                        counts.statements, counts.roundTrips, counts.commits, counts.userReads, List.copyOf(counts.sql)));
                IN_FLIGHT.decrementAndGet();
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void committed() {
        Counts counts = CURRENT.get();
        if (counts != null) {
            counts.commits++;
        }
    }

    private static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            switch (method.getName()) {
                case "commit" -> committed();
                case "prepareStatement", "prepareCall" -> {
                    return statement(method.getReturnType(), (Statement) result, (String) args[0], target);
                }
                case "createStatement" -> {
                    return statement(Statement.class, (Statement) result, null, target);
                }
                default -> { }
            }
            return result;
        });
    }

    private static Object statement(Class<?> type, Statement target, String preparedSql, Connection connection) {
        int[] batched = new int[1];
        return proxy(type, target, (method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched[0]++;
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                sent(batched[0], preparedSql, connection);
                batched[0] = 0;
            } else if (name.startsWith("execute")) {
                sent(1, args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql, connection);
            }
            return invoke(target, method, args);
        });
    }

    private static void sent(int statements, String sql, Connection connection) throws SQLException {
        Counts counts = CURRENT.get();
        if (counts == null) {
            return;
        }
        String text = sql == null ? "?" : sql.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        counts.statements += statements;
        counts.roundTrips++;
        counts.sql.add(statements == 1 ? text : statements + " × " + text);
        if (ACCOUNT_BY_NAME.matcher(text).find()) {
            counts.userReads += statements;
        }
        if (connection.getAutoCommit()) {
            counts.commits += statements;
        }
    }

    private interface Call {
        Object on(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, Call call) {
        InvocationHandler handler = (p, method, args) -> method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")
                ? invoke(target, method, args) : call.on(method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
