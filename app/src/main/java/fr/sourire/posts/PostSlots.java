package fr.sourire.posts;

import fr.sourire.audit.AuditJournal;
import fr.sourire.posts.internal.SlotStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's queue: weekly slots in Paris time, and « Ajouter à la file », which moves a post to the next slot no
 * other post takes (through {@link Posts#reschedule}, so moving an approved post voids its approval as any move does).
 * Every member may manage the slots: they organise the calendar, they publish nothing.
 */
@Service
public class PostSlots {

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	/** How far ahead the queue looks for a free slot. */
	static final int WEEKS_AHEAD = 26;

	private final SlotStore store;
	private final Posts posts;
	private final AuditJournal journal;
	private final Clock clock;

	PostSlots(SlotStore store, Posts posts, AuditJournal journal, Clock clock) {
		this.store = store;
		this.posts = posts;
		this.journal = journal;
		this.clock = clock;
	}

	public List<PostSlot> list(long practiceId) {
		return store.list(practiceId);
	}

	@Transactional
	public PostSlot add(long practiceId, Actor actor, DayOfWeek day, LocalTime time) {
		if (day == null || time == null) {
			throw new PostRuleViolation("posts.slots.error.incomplete");
		}
		LocalTime minute = time.truncatedTo(ChronoUnit.MINUTES);
		if (store.exists(practiceId, day, minute)) {
			throw new PostRuleViolation("posts.slots.error.duplicate");
		}
		long id = store.insert(practiceId, day, minute);
		journal.record(practiceId, actor.name(), "créneau.ajouté", Map.of("jour", day.name(), "heure", minute.toString()));
		return new PostSlot(id, day, minute);
	}

	@Transactional
	public void remove(long practiceId, Actor actor, long slotId) {
		if (!store.delete(practiceId, slotId)) {
			throw new PostNotFoundException(slotId);
		}
		journal.record(practiceId, actor.name(), "créneau.supprimé", Map.of("créneau", Long.toString(slotId)));
	}

	/** Each slot's occurrences in [from, to), as instants (a slot inside the spring gap moves an hour later). */
	public List<Instant> occurrences(long practiceId, Instant from, Instant to) {
		return occurrences(store.list(practiceId), from, to);
	}

	static List<Instant> occurrences(List<PostSlot> slots, Instant from, Instant to) {
		var result = new ArrayList<Instant>();
		for (LocalDate day = from.atZone(PARIS).toLocalDate(); !day.atStartOfDay(PARIS).toInstant().isAfter(to); day = day.plusDays(1)) {
			for (PostSlot slot : slots) {
				if (slot.day() == day.getDayOfWeek()) {
					Instant at = day.atTime(slot.time()).atZone(PARIS).toInstant();
					if (!at.isBefore(from) && at.isBefore(to)) {
						result.add(at);
					}
				}
			}
		}
		result.sort(Comparator.naturalOrder());
		return result;
	}

	/** The first slot after now that no other post (not withdrawn) takes. */
	public Instant nextFree(long practiceId, long exceptPostId) {
		List<PostSlot> slots = store.list(practiceId);
		if (slots.isEmpty()) {
			throw new PostRuleViolation("posts.slots.error.none");
		}
		Instant from = Instant.now(clock).plus(1, ChronoUnit.MINUTES);
		Instant to = from.plus(WEEKS_AHEAD * 7L, ChronoUnit.DAYS);
		Set<Instant> taken = posts.between(practiceId, from, to).stream().filter(p -> p.id() != exceptPostId)
			.map(Post::scheduledAt).collect(Collectors.toSet());
		return occurrences(slots, from, to).stream().filter(at -> !taken.contains(at)).findFirst()
			.orElseThrow(() -> new PostRuleViolation("posts.slots.error.full"));
	}

	/** « Ajouter à la file »: the post takes the next free slot (concurrent calls of one practice wait for each other). */
	@Transactional
	public Post queue(long practiceId, long postId, Actor actor) {
		store.lock(practiceId);
		return posts.reschedule(practiceId, postId, actor, nextFree(practiceId, postId));
	}
}
