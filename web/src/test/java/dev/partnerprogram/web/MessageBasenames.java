package dev.partnerprogram.web;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The message bundles the application loads, read from its own configuration so that the tests check exactly those. */
public final class MessageBasenames {
    private MessageBasenames() {
    }

    /** The basenames of {@code spring.messages.basename}, "mail" included. */
    public static List<String> all() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        String basenames = properties == null ? null : properties.getProperty("spring.messages.basename");
        if (basenames == null) {
            throw new IllegalStateException("application.yml names no spring.messages.basename");
        }
        return Arrays.stream(basenames.split(",")).map(String::trim).toList();
    }

    /** The basenames of the page texts: all but the mail bundle, whose Russian file carries the {@code _ru} suffix. */
    public static List<String> pageTexts() {
        return all().stream().filter(name -> !name.equals("mail")).toList();
    }

    /** Whether the bundle's file exists on the class path. */
}
