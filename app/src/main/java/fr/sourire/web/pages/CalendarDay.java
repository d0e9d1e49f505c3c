package fr.sourire.web.pages;

import fr.sourire.posts.Post;
import java.time.LocalDate;
import java.util.List;

/** One day cell of the calendar: its date, whether it is in the period shown, and its posts. */
public record CalendarDay(LocalDate date, boolean inPeriod, List<Post> posts) {
}
