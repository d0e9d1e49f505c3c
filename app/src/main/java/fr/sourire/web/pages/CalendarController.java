package fr.sourire.web.pages;

import fr.sourire.posts.Post;
import fr.sourire.posts.PostSlots;
import fr.sourire.posts.Posts;
import java.time.Clock;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Calendrier »: the month (Monday first) or the week, in Paris time, each post with its state and the queue's free
 * slots; a post is moved by drag and drop or with « Déplacer… » (both post to the rescheduling route of the posts page).
 */
@Controller
class CalendarController {

	private final Posts posts;
	private final PostSlots slots;
	private final Clock clock;

	CalendarController(Posts posts, PostSlots slots, Clock clock) {
		this.posts = posts;
		this.slots = slots;
		this.clock = clock;
	}

	@GetMapping("/cabinets/{practiceId}/calendrier")
	String calendar(@PathVariable long practiceId, @RequestParam(defaultValue = "mois") String vue,
			@RequestParam(required = false) String date, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(PostsUi.PARIS));
		LocalDate anchor = today;
		if (date != null) {
			try {
				anchor = LocalDate.parse(date);
			}
			catch (DateTimeParseException ignored) {
				// A hand-typed date that makes no sense shows today.
			}
		}
		boolean week = "semaine".equals(vue);
		LocalDate from = week ? anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate to = week ? from.plusDays(7)
				: anchor.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
		Instant start = from.atStartOfDay(PostsUi.PARIS).toInstant();
		Instant end = to.atStartOfDay(PostsUi.PARIS).toInstant();
		Map<LocalDate, List<Post>> byDay = new TreeMap<>();
		var taken = new java.util.HashSet<Instant>();
		for (Post post : posts.between(practiceId, start, end)) {
			byDay.computeIfAbsent(PostsUi.day(post.scheduledAt()), d -> new ArrayList<>()).add(post);
			taken.add(post.scheduledAt());
		}
		Map<LocalDate, List<LocalTime>> freeSlots = new TreeMap<>();
		Instant now = Instant.now(clock);
		for (Instant slot : slots.occurrences(practiceId, start.isBefore(now) ? now : start, end)) {
			if (!taken.contains(slot)) {
				freeSlots.computeIfAbsent(PostsUi.day(slot), d -> new ArrayList<>()).add(slot.atZone(PostsUi.PARIS).toLocalTime());
			}
		}
		var days = new ArrayList<CalendarDay>();
		for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
			days.add(new CalendarDay(d, week || d.getMonth() == anchor.getMonth(), byDay.getOrDefault(d, List.of()),
					freeSlots.getOrDefault(d, List.of())));
		}
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("week", week);
		model.addAttribute("anchor", anchor);
		model.addAttribute("previous", week ? anchor.minusWeeks(1) : anchor.minusMonths(1));
		model.addAttribute("next", week ? anchor.plusWeeks(1) : anchor.plusMonths(1));
		model.addAttribute("days", days);
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", null);
		}
		if (!model.containsAttribute("errorText")) {
			model.addAttribute("errorText", null);
		}
		return "pages/calendar";
	}
}
