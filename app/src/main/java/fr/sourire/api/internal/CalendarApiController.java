package fr.sourire.api.internal;

import fr.sourire.engine.PostCategory;
import fr.sourire.posts.Actor;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostDraft;
import fr.sourire.posts.PostSeries;
import fr.sourire.posts.PostSlot;
import fr.sourire.posts.PostSlots;
import fr.sourire.posts.Recurrence;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar's API: weekly slots and the queue, and recurring series (approved once by the dentist). Moving a post
 * is {@code POST /posts/{postId}/schedule}. Refusals are 409 problem details whose {@code code} names the rule.
 */
@RestController
@RequestMapping(path = "/api/v1/practices/{practiceId}", produces = "application/json")
class CalendarApiController {

	private final PostSlots slots;
	private final PostSeries series;
	private final Members members;

	CalendarApiController(PostSlots slots, PostSeries series, Members members) {
		this.slots = slots;
		this.series = series;
		this.members = members;
	}

	@Schema(description = "Un créneau hebdomadaire, heure de Paris")
	record SlotRequest(@Schema(description = "MONDAY … SUNDAY") DayOfWeek day, @Schema(description = "12:30") LocalTime time) {
	}

	@Schema(description = "Une série : contenu, réseaux et règle de répétition (un nombre OU une date de fin)")
	record SeriesRequest(PostCategory category, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
			List<PostsApiController.TargetRequest> targets,
			@Schema(description = "WEEKLY, MONTHLY_SAME_DAY, MONTHLY_SAME_WEEKDAY") Recurrence.Frequency frequency,
			@Schema(description = "Première date, heure de Paris, par exemple 2027-01-04T12:30") LocalDateTime first,
			LocalDate endsOn, Integer count) {

		PostDraft content() {
			return new PostDraft(category, text, null, targets == null ? List.of()
					: targets.stream().map(PostsApiController.TargetRequest::draft).toList());
		}
	}

	@Schema(description = "Une série et ses publications, avec l'empreinte à approuver (vide si rien n'attend)")
	record SeriesView(long id, Recurrence recurrence, String createdBy, Instant createdAt, List<Post> occurrences,
			String seriesHash) {
	}

	record SeriesApproval(@Schema(description = "L'empreinte seriesHash lue dans GET /series/{id}") String seriesHash,
			Boolean acknowledgeWarnings) {
	}

	@Operation(summary = "Les créneaux hebdomadaires du cabinet (heure de Paris)")
	@GetMapping("/slots")
	List<PostSlot> slots(@PathVariable long practiceId) {
		return slots.list(practiceId);
	}

	@Operation(summary = "Ajoute un créneau hebdomadaire")
	@PostMapping(path = "/slots", consumes = "application/json")
	ResponseEntity<PostSlot> addSlot(@PathVariable long practiceId, @RequestBody SlotRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(slots.add(practiceId, actor(user, practiceId), request.day(), request.time()));
	}

	@Operation(summary = "Supprime un créneau")
	@DeleteMapping("/slots/{slotId}")
	ResponseEntity<Void> removeSlot(@PathVariable long practiceId, @PathVariable long slotId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		slots.remove(practiceId, actor(user, practiceId), slotId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Ajouter à la file : place la publication sur le prochain créneau libre ; une publication approuvée repart en approbation")
	@PostMapping("/posts/{postId}/queue")
	Post queue(@PathVariable long practiceId, @PathVariable long postId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return slots.queue(practiceId, postId, actor(user, practiceId));
	}

	@Operation(summary = "Les séries de publications récurrentes")
	@GetMapping("/series")
	List<SeriesView> allSeries(@PathVariable long practiceId) {
		return series.list(practiceId).stream().map(this::view).toList();
	}

	@Operation(summary = "Crée une série : toutes ses publications, en brouillon")
	@PostMapping(path = "/series", consumes = "application/json")
	ResponseEntity<SeriesView> createSeries(@PathVariable long practiceId, @RequestBody SeriesRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		var rule = new Recurrence(request.frequency(), request.first(), request.endsOn(), request.count());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(series.create(practiceId, actor(user, practiceId), request.content(), rule)));
	}

	@Operation(summary = "Une série, ses publications et l'empreinte à approuver")
	@GetMapping("/series/{seriesId}")
	SeriesView oneSeries(@PathVariable long practiceId, @PathVariable long seriesId) {
		return view(series.get(practiceId, seriesId));
	}

	@Operation(summary = "Envoie les brouillons à venir de la série au chirurgien-dentiste")
	@PostMapping("/series/{seriesId}/submit")
	SeriesView submitSeries(@PathVariable long practiceId, @PathVariable long seriesId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return view(series.submit(practiceId, seriesId, actor(user, practiceId)));
	}

	@Operation(summary = "Approuve en une fois les publications en attente de la série, si l'empreinte est celle lue (chirurgien-dentiste)")
	@PostMapping(path = "/series/{seriesId}/approve", consumes = "application/json")
	@RequiresRole(Role.DENTIST)
	SeriesView approveSeries(@PathVariable long practiceId, @PathVariable long seriesId, @RequestBody SeriesApproval request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return view(series.approve(practiceId, seriesId, actor(user, practiceId), request.seriesHash(),
				Boolean.TRUE.equals(request.acknowledgeWarnings())));
	}

	@Operation(summary = "Nouveau contenu pour les publications à venir de la série ; leurs approbations sont annulées, les publiées ne changent pas")
	@PutMapping(path = "/series/{seriesId}", consumes = "application/json")
	SeriesView editSeries(@PathVariable long practiceId, @PathVariable long seriesId, @RequestBody SeriesRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return view(series.edit(practiceId, seriesId, actor(user, practiceId), request.content()));
	}

	@Operation(summary = "Retire les publications à venir de la série")
	@PostMapping("/series/{seriesId}/withdraw")
	SeriesView withdrawSeries(@PathVariable long practiceId, @PathVariable long seriesId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return view(series.withdraw(practiceId, seriesId, actor(user, practiceId)));
	}

	private SeriesView view(PostSeries.Series s) {
		return new SeriesView(s.id(), s.recurrence(), s.createdBy(), s.createdAt(), s.occurrences(),
				s.awaitingApproval().isEmpty() ? "" : series.seriesHash(s));
	}

	private Actor actor(AuthenticatedUser user, long practiceId) {
		return new Actor(user.id(), user.displayName(), members.roleOf(user.id(), practiceId).orElseThrow());
	}
}
