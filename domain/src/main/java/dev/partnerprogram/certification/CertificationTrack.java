package dev.partnerprogram.certification;

/** The tracks a specialist can be certified in. */
public enum CertificationTrack {
    /** Setting up and administering Directum RX. */
    SETUP,
    /** Developing solutions on Directum RX. */
    DEVELOPMENT,
    /** Managing Directum RX implementation projects. */
    PROJECT_MANAGEMENT,
    /** Teaching the vendor's certified courses; a Certified Training Center needs such trainers. */
    TRAINER
}
