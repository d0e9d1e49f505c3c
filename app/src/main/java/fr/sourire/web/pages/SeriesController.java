package fr.sourire.web.pages;

import fr.sourire.compliance.CheckResult;
import fr.sourire.posts.Actor;
import fr.sourire.posts.ApprovalReview;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostDraft;
import fr.sourire.posts.PostRuleViolation;
import fr.sourire.posts.PostSeries;
import fr.sourire.posts.Posts;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Publications récurrentes »: a series is created with its rule and content, sent once to the dentist, approved
 * once; its page lists each occurrence with its state. The rules are in {@link PostSeries}.
 */
@Controller
class SeriesController {

	private final PostSeries series;
	private final Posts posts;
	private final Members members;
	private final MessageSource messages;

	SeriesController(PostSeries series, Posts posts, Members members, MessageSource messages) {
		this.series = series;
		this.posts = posts;
		this.members = members;
		this.messages = messages;
	}

	@GetMapping("/cabinets/{practiceId}/publications/series")
	String list(@PathVariable long practiceId, Model model) {
		return listPage(practiceId, SeriesForm.blank(), null, model);
	}

	@PostMapping("/cabinets/{practiceId}/publications/series")
	String create(@PathVariable long practiceId, @RequestParam Map<String, String> fields,
			@RequestParam(name = "networks", required = false) List<String> networks, @CurrentUser AuthenticatedUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		SeriesForm form = SeriesForm.of(fields, networks);
		try {
			var created = series.create(practiceId, actor(user, practiceId), form.content(), form.rule());
			redirect.addFlashAttribute("notice", "posts.series.created");
			return "redirect:/cabinets/" + practiceId + "/publications/series/" + created.id();
		}
		catch (PostRuleViolation violation) {
			return listPage(practiceId, form, text(violation, locale), model);
		}
	}

	@GetMapping("/cabinets/{practiceId}/publications/series/{seriesId}")
	String show(@PathVariable long practiceId, @PathVariable long seriesId, @CurrentUser AuthenticatedUser user,
			Locale locale, Model model) {
		Role role = members.roleOf(user.id(), practiceId).orElseThrow();
		var shown = series.get(practiceId, seriesId);
		var awaiting = shown.awaitingApproval();
		// Every occurrence has the same texts: the findings of the first one stand for all.
		ApprovalReview review = awaiting.isEmpty() ? null : posts.review(practiceId, awaiting.get(0).id(), role);
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("series", shown);
		model.addAttribute("role", role);
		model.addAttribute("review", review);
		model.addAttribute("seriesHash", awaiting.isEmpty() ? "" : series.seriesHash(shown));
		model.addAttribute("findings", review == null ? List.of() : review.texts().stream()
			.map(t -> new LabelledResult(t.label(), t.text(), CheckResult.of(t.report(), locale, role == Role.ADMIN)))
			.toList());
		model.addAttribute("current", shown.occurrences().stream().filter(p -> p.state().editable()).findFirst()
			.orElse(shown.occurrences().get(0)));
		for (String name : new String[] { "notice", "errorText" }) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, null);
			}
		}
		return "pages/series-item";
	}

	@PostMapping("/cabinets/{practiceId}/publications/series/{seriesId}/soumission")
	String submit(@PathVariable long practiceId, @PathVariable long seriesId, @CurrentUser AuthenticatedUser user,
			Locale locale, RedirectAttributes redirect) {
		return act(practiceId, seriesId, locale, redirect, "posts.series.submitted",
				() -> series.submit(practiceId, seriesId, actor(user, practiceId)));
	}

	@PostMapping("/cabinets/{practiceId}/publications/series/{seriesId}/approbation")
	@RequiresRole(Role.DENTIST)
	String approve(@PathVariable long practiceId, @PathVariable long seriesId, @RequestParam(defaultValue = "") String hash,
			@RequestParam(defaultValue = "false") boolean acknowledge, @CurrentUser AuthenticatedUser user, Locale locale,
			RedirectAttributes redirect) {
		return act(practiceId, seriesId, locale, redirect, "posts.series.approved",
				() -> series.approve(practiceId, seriesId, actor(user, practiceId), hash, acknowledge));
	}

	@PostMapping("/cabinets/{practiceId}/publications/series/{seriesId}/modification")
	String edit(@PathVariable long practiceId, @PathVariable long seriesId, @RequestParam(defaultValue = "") String text,
			@CurrentUser AuthenticatedUser user, Locale locale, RedirectAttributes redirect) {
		return act(practiceId, seriesId, locale, redirect, "posts.series.edited", () -> {
			Post model = series.get(practiceId, seriesId).occurrences().stream().filter(p -> p.state().editable())
				.findFirst().orElseThrow(() -> new PostRuleViolation("posts.error.notEditable"));
			var targets = model.targets().stream()
				.map(t -> new PostDraft.TargetDraft(t.network(), t.variantText(), t.firstComment(), t.mediaIds())).toList();
			return series.edit(practiceId, seriesId, actor(user, practiceId),
					new PostDraft(model.category(), text, null, targets));
		});
	}

	@PostMapping("/cabinets/{practiceId}/publications/series/{seriesId}/retrait")
	String withdraw(@PathVariable long practiceId, @PathVariable long seriesId, @CurrentUser AuthenticatedUser user,
			Locale locale, RedirectAttributes redirect) {
		return act(practiceId, seriesId, locale, redirect, "posts.series.withdrawn",
				() -> series.withdraw(practiceId, seriesId, actor(user, practiceId)));
	}

	private String act(long practiceId, long seriesId, Locale locale, RedirectAttributes redirect, String notice,
			Supplier<PostSeries.Series> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (PostRuleViolation violation) {
			redirect.addFlashAttribute("errorText", text(violation, locale));
		}
		return "redirect:/cabinets/" + practiceId + "/publications/series/" + seriesId;
	}

	private String listPage(long practiceId, SeriesForm form, String errorText, Model model) {
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("all", series.list(practiceId));
		model.addAttribute("form", form);
		model.addAttribute("errorText", errorText);
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", null);
		}
		return "pages/series";
	}

	private Actor actor(AuthenticatedUser user, long practiceId) {
		return new Actor(user.id(), user.displayName(), members.roleOf(user.id(), practiceId).orElseThrow());
	}

	private String text(PostRuleViolation violation, Locale locale) {
		return messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), locale);
	}
}
