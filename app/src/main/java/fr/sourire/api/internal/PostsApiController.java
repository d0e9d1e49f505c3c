package fr.sourire.api.internal;

import fr.sourire.compliance.CheckResult;
import fr.sourire.engine.PostCategory;
import fr.sourire.media.MediaItem;
import fr.sourire.posts.Actor;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostDraft;
import fr.sourire.posts.PostTarget;
import fr.sourire.posts.Posts;
import fr.sourire.posts.RecordRow;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.publishing.Network;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posts through the API: everything the pages do, with the same rules (they live in {@link Posts}). Refusals are
 * 409 problem details whose {@code code} names the rule; a dentist-only action by someone else is 403.
 */
@RestController
@RequestMapping(path = "/api/v1/practices/{practiceId}/posts", produces = "application/json")
class PostsApiController {

	private final Posts posts;
	private final Members members;
	private final MessageSource messages;

	PostsApiController(Posts posts, Members members, MessageSource messages) {
		this.posts = posts;
		this.members = members;
		this.messages = messages;
	}

	@Schema(description = "Une publication : texte, catégorie, heure (instant ISO 8601), réseaux et photos")
	record PostRequest(
			@Schema(description = "PREVENTION_EDU, PRACTICE_INFO, CLOSURE, TEAM, EQUIPMENT, PRACTITIONER_PROFILE, EVENT, RECRUITMENT, OTHER") PostCategory category,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
			@Schema(description = "Heure de publication, par exemple 2027-03-28T08:00:00Z") Instant scheduledAt,
			List<TargetRequest> targets,
			@Schema(description = "Identifiants des photos de la photothèque du cabinet (GET /api/v1/practices/{id}/media), dans l'ordre de publication ; "
					+ "pour chaque réseau sans photos propres (targets[].mediaIds), 10 au plus. Une photo d'un autre cabinet donne 404, une photo bloquée par la vérification des images 409 (code posts.media.blocked). "
					+ "Instagram : 1 photo ou un carrousel de 2 à 10, JPEG, format 4:5 à 1,91:1 ; Google Business Profile : 1 au plus ; Facebook : 10 ; LinkedIn : 9",
					example = "[12, 15]") List<Long> mediaIds) {

		PostDraft draft() {
			return new PostDraft(category, text, scheduledAt, targets == null ? List.of()
					: targets.stream().map(TargetRequest::draft).toList(), mediaIds);
		}
	}

	@Schema(description = "Un réseau : SANDBOX, FACEBOOK, INSTAGRAM, LINKEDIN, GOOGLE_BUSINESS ; texte propre, premier commentaire et photos propres facultatifs")
	record TargetRequest(Network network, String text, String firstComment,
			@Schema(description = "Photos propres à ce réseau, dans l'ordre, à la place des mediaIds de la publication : absent ou null = les photos de la publication, "
					+ "[] = aucune photo pour ce réseau (refusé pour Instagram). Mêmes règles : photos du cabinet (sinon 404), jamais une photo bloquée (409 posts.media.blocked), "
					+ "chacune une fois, le nombre maximal du réseau (Google Business Profile : 1 ; LinkedIn : 9 ; Instagram et Facebook : 10). "
					+ "Changer ces photos après l'approbation l'annule.", example = "[15]", nullable = true) List<Long> mediaIds) {

		PostDraft.TargetDraft draft() {
			return new PostDraft.TargetDraft(network, text, firstComment, mediaIds);
		}
	}

	record ApprovalRequest(@Schema(description = "L'empreinte contentHash lue dans /review : on approuve exactement cette version") String contentHash,
			@Schema(description = "Obligatoire (true) quand la vérification a relevé des avertissements") Boolean acknowledgeWarnings) {
	}

	record ChangesRequest(String comment) {
	}

	record ScheduleRequest(Instant scheduledAt) {
	}

	record Review(String contentHash, boolean blocked, boolean hasWarnings, List<CheckedText> texts,
			@Schema(description = "Toutes les photos envoyées à au moins un réseau (celles de la publication, puis les photos propres des réseaux), chacune une fois, "
					+ "avec le verdict et les constats de la vérification des images") List<MediaItem> photos,
			List<String> networkProblems) {
	}

	record CheckedText(String label, String text, CheckResult result) {
	}

	@Operation(summary = "Les publications du cabinet, les plus récentes d'abord")
	@GetMapping
	List<Post> list(@PathVariable long practiceId) {
		return posts.list(practiceId);
	}

	@Operation(summary = "Crée un brouillon", description = "Les photos (mediaIds, et targets[].mediaIds pour les photos propres à un réseau) viennent de la photothèque du cabinet ; "
			+ "leurs constats comptent dans l'approbation. La réponse donne, pour chaque réseau, targets[].mediaIds (null = les photos de la publication).")
	@PostMapping(consumes = "application/json")
	ResponseEntity<Post> create(@PathVariable long practiceId, @RequestBody PostRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(posts.create(practiceId, actor(user, practiceId), request.draft()));
	}

	@Operation(summary = "Une publication, avec l'état de chaque réseau",
			description = "targets[].mediaIds : les photos propres au réseau, dans l'ordre ([] = aucune) ; null = les photos de la publication (mediaIds).")
	@GetMapping("/{postId}")
	Post get(@PathVariable long practiceId, @PathVariable long postId) {
		return posts.get(practiceId, postId);
	}

	@Operation(summary = "Modifie une publication ; une publication approuvée perd son approbation et ses envois sont annulés",
			description = "Changer les photos (ou leur ordre), celles de la publication comme celles propres à un réseau, est une modification comme une autre ; "
					+ "masquer ou supprimer une photo dans la photothèque annule aussi l'approbation.")
	@PutMapping(path = "/{postId}", consumes = "application/json")
	Post edit(@PathVariable long practiceId, @PathVariable long postId, @RequestBody PostRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return posts.edit(practiceId, postId, actor(user, practiceId), request.draft());
	}

	@Operation(summary = "Envoie la publication au chirurgien-dentiste pour approbation")
	@PostMapping("/{postId}/submit")
	Post submit(@PathVariable long practiceId, @PathVariable long postId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return posts.submit(practiceId, postId, actor(user, practiceId));
	}

	@Operation(summary = "Ce que le dentiste voit avant d'approuver : constats de la vérification et empreinte de la version")
	@GetMapping("/{postId}/review")
	Review review(@PathVariable long practiceId, @PathVariable long postId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user, Locale locale) {
		Role role = actor(user, practiceId).role();
		var review = posts.review(practiceId, postId, role);
		return new Review(review.contentHash(), review.blocked(), review.hasWarnings(), review.texts().stream()
			.map(t -> new CheckedText(t.label(), t.text(), CheckResult.of(t.report(), locale, role == Role.ADMIN))).toList(),
				review.photos(), review.networkProblems().stream()
					.map(p -> messages.getMessage(p.key(), p.args().toArray(), p.key(), locale)).toList());
	}

	@Operation(summary = "Approuve exactement la version d'empreinte contentHash (chirurgien-dentiste) et la programme")
	@PostMapping(path = "/{postId}/approve", consumes = "application/json")
	@RequiresRole(Role.DENTIST)
	Post approve(@PathVariable long practiceId, @PathVariable long postId, @RequestBody ApprovalRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return posts.approve(practiceId, postId, actor(user, practiceId), request.contentHash(), Boolean.TRUE.equals(request.acknowledgeWarnings()));
	}

	@Operation(summary = "Demande des modifications, avec un commentaire (chirurgien-dentiste)")
	@PostMapping(path = "/{postId}/changes", consumes = "application/json")
	@RequiresRole(Role.DENTIST)
	Post askChanges(@PathVariable long practiceId, @PathVariable long postId, @RequestBody ChangesRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return posts.requestChanges(practiceId, postId, actor(user, practiceId), request.comment());
	}

	@Operation(summary = "Change l'heure de publication ; une publication approuvée repart en approbation")
	@PostMapping(path = "/{postId}/schedule", consumes = "application/json")
	Post schedule(@PathVariable long practiceId, @PathVariable long postId, @RequestBody ScheduleRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return posts.reschedule(practiceId, postId, actor(user, practiceId), request.scheduledAt());
	}

	@Operation(summary = "Retire la publication ; ses envois programmés sont annulés")
	@PostMapping("/{postId}/withdraw")
	Post withdraw(@PathVariable long practiceId, @PathVariable long postId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return posts.withdraw(practiceId, postId, actor(user, practiceId));
	}

	@Operation(summary = "L'état de chaque réseau : statut, identifiant de la plateforme, raison d'un échec, réponse brute")
	@GetMapping("/{postId}/targets")
	List<PostTarget> targets(@PathVariable long practiceId, @PathVariable long postId) {
		return posts.get(practiceId, postId).targets();
	}

	@Operation(summary = "Le registre des publications du cabinet (une ligne par publication et par réseau)")
	@GetMapping("/record")
	List<RecordRow> record(@PathVariable long practiceId) {
		return posts.record(practiceId);
	}

	private Actor actor(AuthenticatedUser user, long practiceId) {
		return new Actor(user.id(), user.displayName(), members.roleOf(user.id(), practiceId).orElseThrow());
	}
}
