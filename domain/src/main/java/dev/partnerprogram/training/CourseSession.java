package dev.partnerprogram.training;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheduled run of a course. {@code seatsTaken} counts confirmed participants only: requests wait for training
 * staff, and a confirmation that finds no seat puts the enrolment on the waiting list.
 */
@Entity
@Table(name = "course_session")
public class CourseSession extends Versioned {

    private Long courseId;
    private LocalDate startDate;
    private LocalDate endDate;
    private int seats;
    private int seatsTaken;
    private Long trainerPartnerId;
    private String trainerName;
    private String location;
    private Instant createdAt;

    protected CourseSession() {}

    CourseSession(Long courseId, LocalDate startDate, LocalDate endDate, int seats, Long trainerPartnerId, String trainerName,
                  String location, Instant createdAt) {
        this.courseId = courseId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
        this.trainerPartnerId = trainerPartnerId;
        this.trainerName = trainerName;
        this.location = location;
        this.createdAt = createdAt;
    }

    void update(int seats, Long trainerPartnerId, String trainerName, String location) {
        this.seats = seats;
        this.trainerPartnerId = trainerPartnerId;
        this.trainerName = trainerName;
        this.location = location;
    }

    boolean takeSeat() {
        if (seatsTaken >= seats) {
            return false;
        }
        seatsTaken++;
        return true;
    }

    void freeSeat() {
        if (seatsTaken > 0) {
            seatsTaken--;
        }
    }

    public boolean isFull() {
        return seatsTaken >= seats;
    }

    public int seatsLeft() {
        return Math.max(0, seats - seatsTaken);
    }

    /** Enrolment closes on the day the session starts. */
    public boolean hasStarted(LocalDate today) {
        return !startDate.isAfter(today);
    }

    public Long getCourseId() { return courseId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public int getSeats() { return seats; }
    public int getSeatsTaken() { return seatsTaken; }
    public Long getTrainerPartnerId() { return trainerPartnerId; }
    public String getTrainerName() { return trainerName; }
    public String getLocation() { return location; }
    public Instant getCreatedAt() { return createdAt; }
}
