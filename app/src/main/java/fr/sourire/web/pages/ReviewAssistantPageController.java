package fr.sourire.web.pages;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.reputation.AiReplies;
import fr.sourire.reputation.ImportJob;
import fr.sourire.reputation.ReputationException;
import fr.sourire.reputation.ReviewDigest;
import fr.sourire.reputation.ReviewImportJobs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Avis » settings (AI drafting for the administrator, the weekly digest for each member) and the progress of
 * background CSV imports, which the page polls and which a member can leave and come back to.
 */
@Controller
class ReviewAssistantPageController {

	private final AiReplies ai;
	private final ReviewDigest digest;
	private final ReviewImportJobs imports;
	private final Members members;

	ReviewAssistantPageController(AiReplies ai, ReviewDigest digest, ReviewImportJobs imports, Members members) {
		this.ai = ai;
		this.digest = digest;
		this.imports = imports;
		this.members = members;
	}

	@GetMapping("/cabinets/{practiceId}/avis/reglages")
	String settings(@PathVariable long practiceId, @CurrentUser AuthenticatedUser user, Model model) {
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("ai", ai.settings(practiceId));
		model.addAttribute("admin", members.roleOf(user.id(), practiceId).orElseThrow() == Role.ADMIN);
		ReviewDigest.Subscribers subscribers = digest.subscribers(practiceId);
		model.addAttribute("digestEveryone", subscribers.everyone());
		model.addAttribute("digestMine", subscribers.userIds().contains(user.id()));
		return "pages/reviews-settings";
	}

	@PostMapping("/cabinets/{practiceId}/avis/reglages/ia")
	@RequiresRole(Role.ADMIN)
	String configureAi(@PathVariable long practiceId, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(required = false) String baseUrl, @RequestParam(required = false) String model,
			@RequestParam(required = false) String apiKey, @CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		try {
			ai.configure(practiceId, enabled, baseUrl, model, apiKey, user.email(), Role.ADMIN);
			redirect.addFlashAttribute("notice", "reviews.ai.saved");
		}
		catch (ReputationException e) {
			redirect.addFlashAttribute("reviewError", e.getMessage());
		}
		return "redirect:/cabinets/" + practiceId + "/avis/reglages";
	}

	@PostMapping("/cabinets/{practiceId}/avis/reglages/resume")
	String subscribe(@PathVariable long practiceId, @RequestParam(defaultValue = "false") boolean wanted,
			@CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		digest.subscribe(practiceId, user.id(), wanted, user.email());
		redirect.addFlashAttribute("notice", "reviews.digest.saved");
		return "redirect:/cabinets/" + practiceId + "/avis/reglages";
	}

	@PostMapping("/cabinets/{practiceId}/avis/reglages/resume-equipe")
	@RequiresRole(Role.ADMIN)
	String sendToEveryone(@PathVariable long practiceId, @RequestParam(defaultValue = "false") boolean everyone,
			@CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		digest.sendToEveryone(practiceId, everyone, user.email(), Role.ADMIN);
		redirect.addFlashAttribute("notice", "reviews.digest.saved");
		return "redirect:/cabinets/" + practiceId + "/avis/reglages";
	}

	@GetMapping("/cabinets/{practiceId}/avis/imports/{importId}")
	String importJob(@PathVariable long practiceId, @PathVariable long importId, Model model) {
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("job", imports.get(practiceId, importId));
		return "pages/reviews-import-job";
	}

	@GetMapping(path = "/cabinets/{practiceId}/avis/imports/{importId}/progression", produces = "application/json")
	@ResponseBody
	ImportJob importProgress(@PathVariable long practiceId, @PathVariable long importId) {
		return imports.get(practiceId, importId);
	}
}
