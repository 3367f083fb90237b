package dev.partnerprogram.training;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A course of the catalogue, with its list price; sessions schedule it. */
@Entity
@Table(name = "course")
public class Course extends Versioned {

    private String code;
    private String title;

    @Enumerated(EnumType.STRING)
    private CourseKind kind;

    @Enumerated(EnumType.STRING)
    private UniversityProgramme programme;

    private BigDecimal price;
    private int durationDays;
    private boolean active;
    private Instant createdAt;

    protected Course() {}

    Course(String code, String title, CourseKind kind, UniversityProgramme programme, BigDecimal price, int durationDays, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.kind = kind;
        this.programme = programme;
        this.price = price;
        this.durationDays = durationDays;
        this.active = true;
        this.createdAt = createdAt;
    }

    /** The kind stays: enrolments were priced by it. */
    void update(String title, UniversityProgramme programme, BigDecimal price, int durationDays, boolean active) {
        this.title = title;
        this.programme = programme;
        this.price = price;
        this.durationDays = durationDays;
        this.active = active;
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public CourseKind getKind() { return kind; }
    public UniversityProgramme getProgramme() { return programme; }
    public BigDecimal getPrice() { return price; }
    public int getDurationDays() { return durationDays; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
