package fr.sourire.web.pages;

import fr.sourire.compliance.CheckResult;
import fr.sourire.media.MediaLibrary;
import fr.sourire.posts.Actor;
import fr.sourire.posts.ApprovalReview;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostRuleViolation;
import fr.sourire.posts.PostSeries;
import fr.sourire.posts.PostState;
import fr.sourire.posts.Posts;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Publications »: the list, the composer (with the checker's live underlining, reused from « Vérifier un texte »),
 * a post's page with its status per network, and the dentist's approval. The rules are in {@link Posts}; this only
 * translates forms and refusals.
 */
@Controller
class PostsPageController {

	private final Posts posts;
	private final MediaLibrary library;
	private final PostSeries series;
	private final Members members;
	private final MessageSource messages;

	PostsPageController(Posts posts, MediaLibrary library, PostSeries series, Members members, MessageSource messages) {
		this.posts = posts;
		this.library = library;
		this.series = series;
		this.members = members;
		this.messages = messages;
	}

	@GetMapping("/cabinets/{practiceId}/publications")
	String list(@PathVariable long practiceId, @CurrentUser AuthenticatedUser user, Model model) {
		return listPage(practiceId, user, ComposerForm.blank(), null, model);
	}

	@PostMapping("/cabinets/{practiceId}/publications")
	String create(@PathVariable long practiceId, @RequestParam MultiValueMap<String, String> fields,
			@CurrentUser AuthenticatedUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ComposerForm form = ComposerForm.of(fields);
		try {
			Actor actor = actor(user, practiceId);
			Post post = posts.create(practiceId, actor, form.draft());
			if ("submit".equals(fields.getFirst("action"))) {
				try {
					posts.submit(practiceId, post.id(), actor);
				}
				catch (PostRuleViolation violation) {
					redirect.addFlashAttribute("errorText", text(violation, locale));
					return "redirect:/cabinets/" + practiceId + "/publications/" + post.id();
				}
				redirect.addFlashAttribute("notice", "posts.submitted");
			}
			else {
				redirect.addFlashAttribute("notice", "posts.saved");
			}
			return "redirect:/cabinets/" + practiceId + "/publications/" + post.id();
		}
		catch (PostRuleViolation violation) {
			return listPage(practiceId, user, form, text(violation, locale), model);
		}
		catch (PostsUi.BadTime e) {
			return listPage(practiceId, user, form, messages.getMessage("posts.error.badTime", null, locale), model);
		}
	}

	@GetMapping("/cabinets/{practiceId}/publications/{postId}")
	String show(@PathVariable long practiceId, @PathVariable long postId, @CurrentUser AuthenticatedUser user,
			Model model, Locale locale) {
		Post post = posts.get(practiceId, postId);
		return postPage(practiceId, user, post, ComposerForm.of(post), null, model, locale);
	}

	@PostMapping("/cabinets/{practiceId}/publications/{postId}")
	String edit(@PathVariable long practiceId, @PathVariable long postId, @RequestParam MultiValueMap<String, String> fields,
			@CurrentUser AuthenticatedUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ComposerForm form = ComposerForm.of(fields);
		Actor actor = actor(user, practiceId);
		try {
			posts.edit(practiceId, postId, actor, form.draft());
			if ("submit".equals(fields.getFirst("action"))) {
				posts.submit(practiceId, postId, actor);
				redirect.addFlashAttribute("notice", "posts.submitted");
			}
			else {
				redirect.addFlashAttribute("notice", "posts.saved");
			}
			return "redirect:/cabinets/" + practiceId + "/publications/" + postId;
		}
		catch (PostRuleViolation violation) {
			return postPage(practiceId, user, posts.get(practiceId, postId), form, text(violation, locale), model, locale);
		}
		catch (PostsUi.BadTime e) {
			return postPage(practiceId, user, posts.get(practiceId, postId), form,
					messages.getMessage("posts.error.badTime", null, locale), model, locale);
		}
	}

	@PostMapping("/cabinets/{practiceId}/publications/{postId}/approbation")
	@RequiresRole(Role.DENTIST)
	String approve(@PathVariable long practiceId, @PathVariable long postId, @RequestParam(defaultValue = "") String hash,
			@RequestParam(defaultValue = "false") boolean acknowledge, @CurrentUser AuthenticatedUser user,
			Locale locale, RedirectAttributes redirect) {
		return act(practiceId, postId, locale, redirect, "posts.approvedMessage",
				() -> posts.approve(practiceId, postId, actor(user, practiceId), hash, acknowledge));
	}

	@PostMapping("/cabinets/{practiceId}/publications/{postId}/modifications")
	@RequiresRole(Role.DENTIST)
	String askChanges(@PathVariable long practiceId, @PathVariable long postId,
			@RequestParam(defaultValue = "") String comment, @CurrentUser AuthenticatedUser user, Locale locale,
			RedirectAttributes redirect) {
		return act(practiceId, postId, locale, redirect, "posts.changesMessage",
				() -> posts.requestChanges(practiceId, postId, actor(user, practiceId), comment));
	}

	@PostMapping("/cabinets/{practiceId}/publications/{postId}/retrait")
	String withdraw(@PathVariable long practiceId, @PathVariable long postId, @CurrentUser AuthenticatedUser user,
			Locale locale, RedirectAttributes redirect) {
		return act(practiceId, postId, locale, redirect, "posts.withdrawn",
				() -> posts.withdraw(practiceId, postId, actor(user, practiceId)));
	}

	/** Also the calendar's drag and drop and « Déplacer… »; they come back to the month or week they were on. */
	@PostMapping("/cabinets/{practiceId}/publications/{postId}/reprogrammation")
	String reschedule(@PathVariable long practiceId, @PathVariable long postId,
			@RequestParam(defaultValue = "") String when, @RequestParam(defaultValue = "") String back,
			@RequestParam(defaultValue = "mois") String vue, @RequestParam(defaultValue = "") String date,
			@CurrentUser AuthenticatedUser user, Locale locale, RedirectAttributes redirect) {
		String target = act(practiceId, postId, locale, redirect, "posts.rescheduled", () -> {
			try {
				return posts.reschedule(practiceId, postId, actor(user, practiceId), PostsUi.parse(when));
			}
			catch (PostsUi.BadTime e) {
				throw new PostRuleViolation("posts.error.badTime");
			}
		});
		if (!"calendrier".equals(back)) {
			return target;
		}
		redirect.addAttribute("vue", "semaine".equals(vue) ? "semaine" : "mois");
		if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
			redirect.addAttribute("date", date);
		}
		return "redirect:/cabinets/" + practiceId + "/calendrier";
	}

	private String act(long practiceId, long postId, Locale locale, RedirectAttributes redirect, String notice,
			java.util.function.Supplier<Post> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (PostRuleViolation violation) {
			redirect.addFlashAttribute("errorText", text(violation, locale));
		}
		return "redirect:/cabinets/" + practiceId + "/publications/" + postId;
	}

	private String listPage(long practiceId, AuthenticatedUser user, ComposerForm form, String errorText, Model model) {
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("posts", posts.list(practiceId));
		model.addAttribute("form", form);
		model.addAttribute("library", library.list(practiceId));
		model.addAttribute("errorText", errorText);
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", null);
		}
		return "pages/posts";
	}

	private String postPage(long practiceId, AuthenticatedUser user, Post post, ComposerForm form, String errorText,
			Model model, Locale locale) {
		Role role = members.roleOf(user.id(), practiceId).orElseThrow();
		ApprovalReview review = post.state() == PostState.SUBMITTED ? posts.review(practiceId, post.id(), role) : null;
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("post", post);
		model.addAttribute("seriesId", series.seriesOf(practiceId, post.id()).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("role", role);
		model.addAttribute("review", review);
		model.addAttribute("library", library.list(practiceId));
		model.addAttribute("networkProblems", review == null ? List.of() : review.networkProblems().stream()
			.map(p -> messages.getMessage(p.key(), p.args().toArray(), p.key(), locale)).toList());
		model.addAttribute("findings", review == null ? List.of() : review.texts().stream()
			.map(t -> new LabelledResult(t.label(), t.text(), CheckResult.of(t.report(), locale, role == Role.ADMIN)))
			.toList());
		if (errorText != null || !model.containsAttribute("errorText")) {
			model.addAttribute("errorText", errorText);
		}
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", null);
		}
		return "pages/post";
	}

	private Actor actor(AuthenticatedUser user, long practiceId) {
		return new Actor(user.id(), user.displayName(), members.roleOf(user.id(), practiceId).orElseThrow());
	}

	private String text(PostRuleViolation violation, Locale locale) {
		return messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), locale);
	}
}
