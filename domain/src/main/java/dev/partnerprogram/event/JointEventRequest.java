package dev.partnerprogram.event;

import java.time.LocalDate;

/** What the partner asks for: its event, and what it wants of the vendor's staff there. */
public record JointEventRequest(String title, LocalDate date, String city, EventFormat format, Integer expectedAudience,
                                String vendorRequest) {}
