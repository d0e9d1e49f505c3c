package fr.sourire.api.internal;

import fr.sourire.compliance.CheckResult;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.reputation.LegalTriage;
import fr.sourire.reputation.Replies;
import fr.sourire.reputation.Reply;
import fr.sourire.reputation.ReplySituation;
import fr.sourire.reputation.Review;
import fr.sourire.reputation.ReviewFilter;
import fr.sourire.reputation.ReviewInsights;
import fr.sourire.reputation.ReviewStatistics;
import fr.sourire.reputation.Reviews;
import fr.sourire.reputation.Suspicion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The practice's reviews: list, one review with its legal findings and suspicion reasons, statistics, replies. */
@RestController
@RequestMapping(path = "/api/v1/practices/{practiceId}/reviews", produces = "application/json")
class ReviewsApiController {

	private final Reviews reviews;
	private final ReviewInsights insights;
	private final Replies replies;
	private final Members members;

	ReviewsApiController(Reviews reviews, ReviewInsights insights, Replies replies, Members members) {
		this.reviews = reviews;
		this.insights = insights;
		this.replies = replies;
		this.members = members;
	}

	@Schema(description = "Un avis, ses constats juridiques (règles LAW.*), ses raisons de suspicion et la réponse du cabinet")
	record ReviewDetail(Review review, CheckResult legalFindings, List<String> lawRules, LocalDate pressLawDeadline,
			Suspicion suspicion, Reply reply, CheckResult replyFindings) {
	}

	@Schema(description = "Brouillon de réponse : un texte, ou une situation pour partir d’un modèle "
			+ "(waiting_time, price, pain, rudeness, not_a_patient, praise)")
	record DraftRequest(String text, String situation) {
	}

	@Schema(description = "Approbation : l’empreinte SHA-256 du texte exact que le dentiste a lu")
	record ApproveRequest(String sha256) {
	}

	@Operation(summary = "Liste les avis du cabinet (les plus récents d’abord), avec filtres")
	@GetMapping
	List<Review> list(@PathVariable long practiceId, @RequestParam(required = false) Integer rating,
			@RequestParam(defaultValue = "false") boolean negative, @RequestParam(defaultValue = "false") boolean unanswered,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "100") int limit) {
		return reviews.list(practiceId, new ReviewFilter(rating, negative, unanswered, source, limit));
	}

	@Operation(summary = "Statistiques : moyenne, répartition, évolution mensuelle, taux et délai de réponse, période contre période")
	@GetMapping("/statistics")
	ReviewStatistics statistics(@PathVariable long practiceId) {
		return insights.statistics(practiceId);
	}

	@Operation(summary = "Un avis avec ses constats juridiques, ses raisons de suspicion et sa réponse")
	@GetMapping("/{reviewId}")
	ReviewDetail one(@PathVariable long practiceId, @PathVariable long reviewId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user, Locale locale) {
		Review review = reviews.get(practiceId, reviewId);
		Role role = members.roleOf(user.id(), practiceId).orElseThrow();
		LegalTriage triage = insights.triage(review);
		Reply reply = replies.find(practiceId, reviewId).orElse(null);
		return new ReviewDetail(review, CheckResult.of(triage.report(), locale, role == Role.ADMIN), triage.lawRules(),
				triage.pressLawDeadline(), insights.suspicion(practiceId).of(reviewId), reply,
				reply == null || reply.text().isBlank() ? null
						: CheckResult.of(replies.check(practiceId, reviewId, reply.text(), role), locale, role == Role.ADMIN));
	}

	@Operation(summary = "Enregistre un brouillon de réponse (vérifié ; un constat « block » interdira sa publication)")
	@PostMapping(path = "/{reviewId}/reply/draft", consumes = "application/json")
	Reply draft(@PathVariable long practiceId, @PathVariable long reviewId, @RequestBody DraftRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		reviews.get(practiceId, reviewId);
		String text = request.situation() != null && !request.situation().isBlank()
				? replies.template(practiceId, ReplySituation.valueOf(request.situation().toUpperCase(Locale.ROOT)))
				: request.text();
		return replies.saveDraft(practiceId, reviewId, text, user.email(), role(user, practiceId));
	}

	@Operation(summary = "Soumet le brouillon au dentiste")
	@PostMapping("/{reviewId}/reply/submit")
	Reply submit(@PathVariable long practiceId, @PathVariable long reviewId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return replies.submit(practiceId, reviewId, user.email(), role(user, practiceId));
	}

	@Operation(summary = "Le dentiste approuve le texte exact (SHA-256) ; 409 si le texte a changé")
	@PostMapping(path = "/{reviewId}/reply/approve", consumes = "application/json")
	@RequiresRole(Role.DENTIST)
	Reply approve(@PathVariable long practiceId, @PathVariable long reviewId, @RequestBody ApproveRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return replies.approve(practiceId, reviewId, request.sha256(), user.displayName() + " <" + user.email() + ">",
				role(user, practiceId));
	}

	@Operation(summary = "Publie la réponse approuvée sur Google (PUT …/reviews/{id}/reply), une seule fois")
	@PostMapping("/{reviewId}/reply/post")
	Reply post(@PathVariable long practiceId, @PathVariable long reviewId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return replies.post(practiceId, reviewId, user.email(), role(user, practiceId));
	}

	@Operation(summary = "Décision « ne pas répondre » (enregistrée)")
	@PostMapping("/{reviewId}/reply/decline")
	Reply decline(@PathVariable long practiceId, @PathVariable long reviewId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return replies.decline(practiceId, reviewId, user.email());
	}

	private Role role(AuthenticatedUser user, long practiceId) {
		return members.roleOf(user.id(), practiceId).orElseThrow();
	}
}
