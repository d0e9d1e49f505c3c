package fr.sourire.web.pages;

import fr.sourire.compliance.CheckResult;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.reputation.AiReplies;
import fr.sourire.reputation.LegalTriage;
import fr.sourire.reputation.NewReview;
import fr.sourire.reputation.Replies;
import fr.sourire.reputation.Reply;
import fr.sourire.reputation.ReplySituation;
import fr.sourire.reputation.ReputationException;
import fr.sourire.reputation.Review;
import fr.sourire.reputation.ReviewFilter;
import fr.sourire.reputation.ReviewImportJobs;
import fr.sourire.reputation.ReviewImports;
import fr.sourire.reputation.ReviewInsights;
import fr.sourire.reputation.ReviewSync;
import fr.sourire.reputation.Reviews;
import fr.sourire.reputation.SuspicionReport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Avis »: the dashboard and list of the practice's reviews, one review with its triage, and the reply workflow. */
@Controller
class ReviewsPageController {

	private final Reviews reviews;
	private final ReviewInsights insights;
	private final Replies replies;
	private final ReviewSync sync;
	private final ReviewImports imports;
	private final ReviewImportJobs importJobs;
	private final AiReplies ai;
	private final Members members;

	ReviewsPageController(Reviews reviews, ReviewInsights insights, Replies replies, ReviewSync sync,
			ReviewImports imports, ReviewImportJobs importJobs, AiReplies ai, Members members) {
		this.reviews = reviews;
		this.insights = insights;
		this.replies = replies;
		this.sync = sync;
		this.imports = imports;
		this.importJobs = importJobs;
		this.ai = ai;
		this.members = members;
	}

	@GetMapping("/cabinets/{practiceId}/avis")
	String dashboard(@PathVariable long practiceId, @RequestParam(required = false) Integer note,
			@RequestParam(defaultValue = "false") boolean negatifs, @RequestParam(defaultValue = "false") boolean sansReponse,
			@CurrentUser AuthenticatedUser user, Model model) {
		SuspicionReport suspicion = insights.suspicion(practiceId);
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("stats", insights.statistics(practiceId));
		model.addAttribute("reviews", reviews.list(practiceId, new ReviewFilter(note, negatifs, sansReponse, null, 300)));
		model.addAttribute("suspicion", suspicion);
		model.addAttribute("source", sync.source(practiceId).orElse(null));
		model.addAttribute("note", note);
		model.addAttribute("negatifs", negatifs);
		model.addAttribute("sansReponse", sansReponse);
		model.addAttribute("imports", importJobs.recent(practiceId, 5));
		model.addAttribute("canConfigure", members.roleOf(user.id(), practiceId).orElseThrow() != Role.ASSISTANT);
		return "pages/reviews";
	}

	@GetMapping("/cabinets/{practiceId}/avis/{reviewId}")
	String review(@PathVariable long practiceId, @PathVariable long reviewId, @CurrentUser AuthenticatedUser user,
			Locale locale, Model model) {
		Review review = reviews.get(practiceId, reviewId);
		Role role = members.roleOf(user.id(), practiceId).orElseThrow();
		LegalTriage triage = insights.triage(review);
		Reply reply = replies.find(practiceId, reviewId).orElse(null);
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("review", review);
		model.addAttribute("triage", triage);
		model.addAttribute("triageResult", CheckResult.of(triage.report(), locale, role == Role.ADMIN));
		model.addAttribute("suspicion", insights.suspicion(practiceId).of(reviewId));
		model.addAttribute("reply", reply);
		model.addAttribute("replyResult", reply == null || reply.text().isBlank() ? null
				: CheckResult.of(replies.check(practiceId, reviewId, reply.text(), role), locale, role == Role.ADMIN));
		model.addAttribute("changes", reviews.changes(practiceId, reviewId));
		model.addAttribute("dentist", role == Role.DENTIST);
		model.addAttribute("situations", ReplySituation.values());
		model.addAttribute("aiEnabled", ai.settings(practiceId).enabled());
		model.addAttribute("deadlinePassed", triage.pressLawDeadline() != null
				&& triage.pressLawDeadline().isBefore(LocalDate.now(ZoneId.of("Europe/Paris"))));
		return "pages/review";
	}

	@GetMapping("/cabinets/{practiceId}/avis/{reviewId}/preuves")
	ResponseEntity<byte[]> evidence(@PathVariable long practiceId, @PathVariable long reviewId,
			@CurrentUser AuthenticatedUser user) {
		String file = insights.evidenceFile(practiceId, reviewId, user.email());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("preuve-avis-" + reviewId + ".txt").build().toString())
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(file.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/cabinets/{practiceId}/avis/{reviewId}/reponse")
	String draft(@PathVariable long practiceId, @PathVariable long reviewId, @RequestParam(required = false) String text,
			@RequestParam(required = false) String situation, @CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		return act(practiceId, reviewId, redirect, () -> {
			if (situation != null && !situation.isBlank()) {
				replies.saveTemplate(practiceId, reviewId, situation(situation), user.email(), role(user, practiceId));
			}
			else {
				replies.saveDraft(practiceId, reviewId, text, user.email(), role(user, practiceId));
			}
			return "reviews.reply.saved";
		});
	}

	/** A draft from the practice's AI service; when it fails, the template is saved and the page says why. */
	@PostMapping("/cabinets/{practiceId}/avis/{reviewId}/reponse/ia")
	String aiDraft(@PathVariable long practiceId, @PathVariable long reviewId,
			@RequestParam(required = false) String situation, @CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		return act(practiceId, reviewId, redirect, () -> {
			AiReplies.Draft draft = ai.draft(practiceId, reviewId, situation == null || situation.isBlank() ? null
					: situation(situation), user.email(), role(user, practiceId));
			if (draft.fallback() != null) {
				redirect.addFlashAttribute("reviewError", draft.fallback());
				return "reviews.reply.saved";
			}
			return "reviews.ai.drafted";
		});
	}

	private static ReplySituation situation(String id) {
		try {
			return ReplySituation.valueOf(id.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new ReputationException("Situation inconnue : choisissez-en une dans la liste.");
		}
	}

	@PostMapping("/cabinets/{practiceId}/avis/{reviewId}/reponse/soumission")
	String submit(@PathVariable long practiceId, @PathVariable long reviewId, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		return act(practiceId, reviewId, redirect, () -> {
			replies.submit(practiceId, reviewId, user.email(), role(user, practiceId));
			return "reviews.reply.submitted";
		});
	}

	@PostMapping("/cabinets/{practiceId}/avis/{reviewId}/reponse/approbation")
	@RequiresRole(Role.DENTIST)
	String approve(@PathVariable long practiceId, @PathVariable long reviewId, @RequestParam(required = false) String sha256,
			@CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		return act(practiceId, reviewId, redirect, () -> {
			replies.approve(practiceId, reviewId, sha256, user.displayName() + " <" + user.email() + ">",
					role(user, practiceId));
			return "reviews.reply.approved";
		});
	}

	@PostMapping("/cabinets/{practiceId}/avis/{reviewId}/reponse/publication")
	String post(@PathVariable long practiceId, @PathVariable long reviewId, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		return act(practiceId, reviewId, redirect, () -> {
			replies.post(practiceId, reviewId, user.email(), role(user, practiceId));
			return "reviews.reply.posted";
		});
	}

	@PostMapping("/cabinets/{practiceId}/avis/{reviewId}/reponse/sans-reponse")
	String decline(@PathVariable long practiceId, @PathVariable long reviewId, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		return act(practiceId, reviewId, redirect, () -> {
			replies.decline(practiceId, reviewId, user.email());
			return "reviews.reply.declined";
		});
	}

	@PostMapping("/cabinets/{practiceId}/avis/saisie")
	String manual(@PathVariable long practiceId, @RequestParam(required = false) String author,
			@RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String date, @CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		try {
			var created = date == null || date.isBlank() ? null
					: LocalDate.parse(date).atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
			Review review = reviews.addManual(practiceId, new NewReview("manual", null, author, false, rating,
					comment == null || comment.isBlank() ? null : comment, created), user.email());
			redirect.addFlashAttribute("notice", "reviews.manual.saved");
			return "redirect:/cabinets/" + practiceId + "/avis/" + review.id();
		}
		catch (ReputationException e) {
			redirect.addFlashAttribute("reviewError", e.getMessage());
		}
		catch (java.time.format.DateTimeParseException e) {
			redirect.addFlashAttribute("reviewError", "La date doit s’écrire AAAA-MM-JJ.");
		}
		return "redirect:/cabinets/" + practiceId + "/avis";
	}

	@PostMapping("/cabinets/{practiceId}/avis/google")
	@RequiresRole({ Role.DENTIST, Role.ADMIN })
	String configure(@PathVariable long practiceId, @RequestParam(required = false) String location,
			@RequestParam(required = false) String token, @RequestParam(required = false) String alertEmail,
			@RequestParam(defaultValue = "0") int coolingOffHours, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		try {
			sync.configure(practiceId, location, token, alertEmail, coolingOffHours, user.email());
			redirect.addFlashAttribute("notice", "reviews.source.saved");
		}
		catch (ReputationException e) {
			redirect.addFlashAttribute("reviewError", e.getMessage());
		}
		return "redirect:/cabinets/" + practiceId + "/avis";
	}

	@PostMapping("/cabinets/{practiceId}/avis/synchronisation")
	String syncNow(@PathVariable long practiceId, @CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		try {
			var result = sync.sync(practiceId, user.email());
			if (result.error() != null) {
				redirect.addFlashAttribute("reviewError", result.error());
			}
			else {
				redirect.addFlashAttribute("reviewNotice", "Synchronisation terminée : " + result.added() + " nouveau(x), "
						+ result.edited() + " modifié(s), " + result.deleted() + " supprimé(s).");
			}
		}
		catch (ReputationException e) {
			redirect.addFlashAttribute("reviewError", e.getMessage());
		}
		return "redirect:/cabinets/" + practiceId + "/avis";
	}

	@PostMapping("/cabinets/{practiceId}/avis/import")
	String importPreview(@PathVariable long practiceId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String csv, Model model, RedirectAttributes redirect) throws java.io.IOException {
		String content = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
		try {
			model.addAttribute("practiceId", practiceId);
			model.addAttribute("preview", imports.preview(content));
			model.addAttribute("csv", content);
			return "pages/reviews-import";
		}
		catch (ReputationException e) {
			redirect.addFlashAttribute("reviewError", e.getMessage());
			return "redirect:/cabinets/" + practiceId + "/avis";
		}
	}

	@PostMapping("/cabinets/{practiceId}/avis/import/confirmation")
	String importConfirm(@PathVariable long practiceId, @RequestParam(required = false) String csv,
			@RequestParam java.util.Map<String, String> params, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		try {
			var mapping = new java.util.HashMap<String, Integer>();
			params.forEach((k, v) -> {
				if (k.startsWith("col_") && v != null && !v.isBlank()) {
					mapping.put(k.substring(4), Integer.parseInt(v));
				}
			});
			// Imported in the background, chunk by chunk: the next page shows the progress and survives leaving it.
			var job = importJobs.start(practiceId, csv, mapping, user.email());
			return "redirect:/cabinets/" + practiceId + "/avis/imports/" + job.id();
		}
		catch (ReputationException e) {
			redirect.addFlashAttribute("reviewError", e.getMessage());
		}
		catch (NumberFormatException e) {
			redirect.addFlashAttribute("reviewError", "Le choix des colonnes est illisible : recommencez l’import.");
		}
		return "redirect:/cabinets/" + practiceId + "/avis";
	}

	private Role role(AuthenticatedUser user, long practiceId) {
		return members.roleOf(user.id(), practiceId).orElseThrow();
	}

	private String act(long practiceId, long reviewId, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		reviews.get(practiceId, reviewId);
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (ReputationException e) {
			redirect.addFlashAttribute("reviewError", e.getMessage());
		}
		return "redirect:/cabinets/" + practiceId + "/avis/" + reviewId;
	}
}
