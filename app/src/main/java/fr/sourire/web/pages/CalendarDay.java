package fr.sourire.web.pages;

import fr.sourire.posts.Post;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One day cell of the calendar: its date, whether it is in the period shown, its posts and its free queue slots. */
public record CalendarDay(LocalDate date, boolean inPeriod, List<Post> posts, List<LocalTime> slots) {
}
