package fr.sourire.posts;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly publication slot of a practice, in Paris time (e.g. Tuesday 12:30). */
public record PostSlot(long id, DayOfWeek day, LocalTime time) {
}
