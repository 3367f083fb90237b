package dev.partnerprogram;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class PartnerProgramApplication {
    public static void main(String[] args) {
        SpringApplication.run(PartnerProgramApplication.class, args);
    }
}
