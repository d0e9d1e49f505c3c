package fr.sourire.api.internal;

import fr.sourire.compliance.CheckResult;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.reputation.AiReplies;
import fr.sourire.reputation.ImportJob;
import fr.sourire.reputation.LegalTriage;
import fr.sourire.reputation.Replies;
import fr.sourire.reputation.Reply;
import fr.sourire.reputation.ReplySituation;
import fr.sourire.reputation.ReputationException;
import fr.sourire.reputation.Review;
import fr.sourire.reputation.ReviewDigest;
import fr.sourire.reputation.ReviewFilter;
import fr.sourire.reputation.ReviewImportJobs;
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
import org.springframework.web.bind.annotation.PutMapping;
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
	private final AiReplies ai;
	private final ReviewDigest digest;
	private final ReviewImportJobs importJobs;
	private final Members members;

	ReviewsApiController(Reviews reviews, ReviewInsights insights, Replies replies, AiReplies ai, ReviewDigest digest,
			ReviewImportJobs importJobs, Members members) {
		this.reviews = reviews;
		this.insights = insights;
		this.replies = replies;
		this.ai = ai;
		this.digest = digest;
		this.importJobs = importJobs;
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

	@Schema(description = "Brouillon par IA : la situation (facultative) guide l’IA et choisit le modèle utilisé en cas d’échec")
	record AiDraftRequest(String situation) {
	}

	@Schema(description = "Réglages de la rédaction par IA : service compatible OpenAI (adresse de base, modèle, clé d’API)")
	record AiSettingsRequest(boolean enabled, String baseUrl, String model, String apiKey) {
	}

	@Schema(description = "Abonnement au résumé hebdomadaire")
	record DigestRequest(boolean enabled) {
	}

	@Schema(description = "Le résumé hebdomadaire : envoyé à toute l’équipe, à vous, et son contenu pour les sept derniers jours")
	record DigestState(boolean everyone, boolean subscribed, ReviewDigest.Week week) {
	}

	@Schema(description = "Import CSV : le contenu du fichier et l’association champ → numéro de colonne (0 = première), "
			+ "champs id, auteur, note, texte, date, anonyme ; auteur et date obligatoires")
	record ImportRequest(String csv, java.util.Map<String, Integer> mapping) {
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
		return request.situation() != null && !request.situation().isBlank()
				? replies.saveTemplate(practiceId, reviewId, situation(request.situation()), user.email(), role(user, practiceId))
				: replies.saveDraft(practiceId, reviewId, request.text(), user.email(), role(user, practiceId));
	}

	@Operation(summary = "Brouillon rédigé par le service d’IA du cabinet (s’il est activé), vérifié et marqué comme tel ; "
			+ "en cas d’échec du service, le modèle de la situation est enregistré et « fallback » dit pourquoi")
	@PostMapping(path = "/{reviewId}/reply/ai-draft", consumes = "application/json")
	AiReplies.Draft aiDraft(@PathVariable long practiceId, @PathVariable long reviewId, @RequestBody AiDraftRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return ai.draft(practiceId, reviewId, request.situation() == null || request.situation().isBlank() ? null
				: situation(request.situation()), user.email(), role(user, practiceId));
	}

	@Operation(summary = "Réglages de la rédaction par IA (la clé n’est jamais renvoyée, seulement sa présence)")
	@GetMapping("/ai-settings")
	AiReplies.Settings aiSettings(@PathVariable long practiceId) {
		return ai.settings(practiceId);
	}

	@Operation(summary = "Modifie les réglages de la rédaction par IA (administrateur ; une clé vide garde la clé enregistrée)")
	@PutMapping(path = "/ai-settings", consumes = "application/json")
	@RequiresRole(Role.ADMIN)
	AiReplies.Settings configureAi(@PathVariable long practiceId, @RequestBody AiSettingsRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return ai.configure(practiceId, request.enabled(), request.baseUrl(), request.model(), request.apiKey(),
				user.email(), Role.ADMIN);
	}

	@Operation(summary = "Le résumé hebdomadaire : qui le reçoit, et ce qu’il contiendrait pour les sept derniers jours")
	@GetMapping("/digest")
	DigestState digest(@PathVariable long practiceId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		ReviewDigest.Subscribers subscribers = digest.subscribers(practiceId);
		return new DigestState(subscribers.everyone(), subscribers.includes(user.id()),
				digest.week(practiceId, java.time.Instant.now()));
	}

	@Operation(summary = "S’abonner soi-même au résumé hebdomadaire, ou se désabonner")
	@PutMapping(path = "/digest/me", consumes = "application/json")
	DigestState subscribe(@PathVariable long practiceId, @RequestBody DigestRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		digest.subscribe(practiceId, user.id(), request.enabled(), user.email());
		return digest(practiceId, user);
	}

	@Operation(summary = "Envoyer le résumé hebdomadaire à toute l’équipe, ou cesser (administrateur)")
	@PutMapping(path = "/digest/everyone", consumes = "application/json")
	@RequiresRole(Role.ADMIN)
	DigestState sendToEveryone(@PathVariable long practiceId, @RequestBody DigestRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		digest.sendToEveryone(practiceId, request.enabled(), user.email(), Role.ADMIN);
		return digest(practiceId, user);
	}

	@Operation(summary = "Lance un import CSV en arrière-plan (par lots ; reprend après un redémarrage) ; "
			+ "suivre son avancement avec GET …/imports/{importId}")
	@PostMapping(path = "/imports", consumes = "application/json")
	ImportJob startImport(@PathVariable long practiceId, @RequestBody ImportRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return importJobs.start(practiceId, request.csv(), request.mapping() == null ? java.util.Map.of() : request.mapping(),
				user.email());
	}

	@Operation(summary = "Les derniers imports CSV du cabinet")
	@GetMapping("/imports")
	List<ImportJob> imports(@PathVariable long practiceId) {
		return importJobs.recent(practiceId, 20);
	}

	@Operation(summary = "Avancement d’un import CSV : lignes traitées sur le total, ajoutés, déjà présents, lignes refusées")
	@GetMapping("/imports/{importId}")
	ImportJob importJob(@PathVariable long practiceId, @PathVariable long importId) {
		return importJobs.get(practiceId, importId);
	}

	private static ReplySituation situation(String id) {
		try {
			return ReplySituation.valueOf(id.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new ReputationException("Situation inconnue : waiting_time, price, pain, rudeness, not_a_patient ou praise.");
		}
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
