package fr.sourire.web.pages;

import fr.sourire.posts.Actor;
import fr.sourire.posts.PostRuleViolation;
import fr.sourire.posts.PostSlots;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Créneaux de publication »: the practice's weekly slots, and « Ajouter à la file » from a post's page. */
@Controller
class SlotsController {

	private final PostSlots slots;
	private final Members members;
	private final MessageSource messages;

	SlotsController(PostSlots slots, Members members, MessageSource messages) {
		this.slots = slots;
		this.members = members;
		this.messages = messages;
	}

	@GetMapping("/cabinets/{practiceId}/publications/creneaux")
	String page(@PathVariable long practiceId, Model model) {
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("slots", slots.list(practiceId));
		Instant next = null;
		try {
			next = slots.nextFree(practiceId, -1);
		}
		catch (PostRuleViolation noSlot) {
			// No slot yet, or none free: the page says so through the empty list.
		}
		model.addAttribute("nextFree", next);
		for (String name : new String[] { "notice", "errorText" }) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, null);
			}
		}
		return "pages/slots";
	}

	@PostMapping("/cabinets/{practiceId}/publications/creneaux")
	String add(@PathVariable long practiceId, @RequestParam(defaultValue = "") String day,
			@RequestParam(defaultValue = "") String time, @CurrentUser AuthenticatedUser user, Locale locale,
			RedirectAttributes redirect) {
		try {
			slots.add(practiceId, actor(user, practiceId), parseDay(day), parseTime(time));
			redirect.addFlashAttribute("notice", "posts.slots.added");
		}
		catch (PostRuleViolation violation) {
			redirect.addFlashAttribute("errorText", text(violation, locale));
		}
		return "redirect:/cabinets/" + practiceId + "/publications/creneaux";
	}

	@PostMapping("/cabinets/{practiceId}/publications/creneaux/{slotId}/suppression")
	String remove(@PathVariable long practiceId, @PathVariable long slotId, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		slots.remove(practiceId, actor(user, practiceId), slotId);
		redirect.addFlashAttribute("notice", "posts.slots.removed");
		return "redirect:/cabinets/" + practiceId + "/publications/creneaux";
	}

	@PostMapping("/cabinets/{practiceId}/publications/{postId}/file")
	String queue(@PathVariable long practiceId, @PathVariable long postId, @CurrentUser AuthenticatedUser user,
			Locale locale, RedirectAttributes redirect) {
		try {
			slots.queue(practiceId, postId, actor(user, practiceId));
			redirect.addFlashAttribute("notice", "posts.slots.queued");
		}
		catch (PostRuleViolation violation) {
			redirect.addFlashAttribute("errorText", text(violation, locale));
		}
		return "redirect:/cabinets/" + practiceId + "/publications/" + postId;
	}

	private static DayOfWeek parseDay(String day) {
		try {
			return DayOfWeek.valueOf(day);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalTime parseTime(String time) {
		try {
			return LocalTime.parse(time.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private Actor actor(AuthenticatedUser user, long practiceId) {
		return new Actor(user.id(), user.displayName(), members.roleOf(user.id(), practiceId).orElseThrow());
	}

	private String text(PostRuleViolation violation, Locale locale) {
		return messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), locale);
	}
}
