package dev.partnerprogram;

import dev.partnerprogram.web.people.AdminCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class PartnerProgramApplication {
    public static void main(String[] args) {
        if (AdminCommand.isCommand(args)) {
            System.exit(AdminCommand.run(args, settings -> SpringApplication.run(PartnerProgramApplication.class, settings),
                    System.out, System.err));
        }
        SpringApplication.run(PartnerProgramApplication.class, args);
    }
}
