package dev.partnerprogram.web.people;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.workflow.identity.People;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code java -jar web.jar admin create --username <name> --email <address> [--display-name <name>]}: makes the first
 * administrator of an empty database and prints the link that sets their password, then exits. Every other argument
 * (a profile, the datasource) is passed on to the application as usual.
 */
public final class AdminCommand {
    static final String USAGE = "usage: admin create --username <name> --email <address> [--display-name <name>] [application settings]";

    private AdminCommand() {}

    /** A setting given twice would be read as a list ("false,false"), so one given already is left as it is. */
    private static void setUnlessGiven(List<String> settings, String name, String value) {
        if (settings.stream().noneMatch(s -> s.startsWith("--" + name + "="))) {
            settings.add("--" + name + "=" + value);
        }
    }

    public static boolean isCommand(String[] args) {
        return args.length >= 1 && args[0].equals("admin");
    }

    /**
     * Runs the command: {@code start} starts the application (no listening port) with the settings given; answers the exit
     * status.
     */
    public static int run(String[] args, Function<String[], ConfigurableApplicationContext> start, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[1].equals("create")) {
            err.println(USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        List<String> settings = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (List.of("--username", "--email", "--display-name").contains(arg) && i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                settings.add(arg);
            }
        }
        if (!options.containsKey("username") || !options.containsKey("email")) {
            err.println(USAGE);
            return 2;
        }
        // The application's web context, without a listening port: the command serves nobody.
        setUnlessGiven(settings, "server.port", "-1");
        setUnlessGiven(settings, "camunda.bpm.job-execution.enabled", "false");
        setUnlessGiven(settings, "spring.main.banner-mode", "off");
        try (ConfigurableApplicationContext context = start.apply(settings.toArray(String[]::new))) {
            MessageSource texts = context.getBean(MessageSource.class);
            try {
                var link = context.getBean(People.class).createFirstAdmin(options.get("username"), options.get("email"),
                        options.get("display-name"));
                out.println("Administrator '" + link.username() + "' created. Set the password with this link (single use, until "
                        + link.expiresAt() + "):");
                out.println(link.url());
                return 0;
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> err.println(v.field() + ": " + texts.getMessage(v.message(), Locale.ENGLISH)));
                return 1;
            } catch (ProblemException e) {
                err.println(texts.getMessage(e, Locale.ENGLISH));
                return 1;
            }
        }
    }
}
