package fr.sourire.web.pages;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Invitation;
import fr.sourire.practices.Members;
import fr.sourire.practices.NewPractitioner;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.PracticeRuleViolation;
import fr.sourire.practices.Practices;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.practices.Specialty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The "Cabinet" page: practice details, practitioners and members. Everyone in the practice can read it; only an
 * administrator changes it (enforced by {@link RequiresRole}, not by hiding buttons).
 */
@Controller
class PracticeController {

	private final Practices practices;
	private final Members members;
	private final AccountMails mails;
	private final MessageSource messages;

	PracticeController(Practices practices, Members members, AccountMails mails, MessageSource messages) {
		this.practices = practices;
		this.members = members;
		this.mails = mails;
		this.messages = messages;
	}

	@GetMapping("/cabinets/{practiceId}/cabinet")
	String show(@PathVariable long practiceId, Model model) {
		return page(practiceId, model, practices.get(practiceId).details(), List.of());
	}

	@PostMapping("/cabinets/{practiceId}/cabinet")
	@RequiresRole(Role.ADMIN)
	String update(@PathVariable long practiceId, @Valid PracticeDetails details, BindingResult form,
			@CurrentUser AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		if (form.hasErrors()) {
			return page(practiceId, model, details, errors(form));
		}
		practices.update(practiceId, details, user.email());
		redirect.addFlashAttribute("notice", "practice.saved");
		return back(practiceId);
	}

	@PostMapping("/cabinets/{practiceId}/praticiens")
	@RequiresRole(Role.ADMIN)
	String addPractitioner(@PathVariable long practiceId, @Valid NewPractitioner practitioner, BindingResult form,
			@CurrentUser AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		if (form.hasErrors()) {
			return page(practiceId, model, practices.get(practiceId).details(), errors(form));
		}
		return attempt(practiceId, redirect, "practitioner.added",
				() -> practices.addPractitioner(practiceId, practitioner, user.email()));
	}

	@PostMapping("/cabinets/{practiceId}/praticiens/{practitionerId}/suppression")
	@RequiresRole(Role.ADMIN)
	String removePractitioner(@PathVariable long practiceId, @PathVariable long practitionerId,
			@CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		practices.removePractitioner(practiceId, practitionerId, user.email());
		redirect.addFlashAttribute("notice", "practitioner.removed");
		return back(practiceId);
	}

	@PostMapping("/cabinets/{practiceId}/membres")
	@RequiresRole(Role.ADMIN)
	String invite(@PathVariable long practiceId, @Valid NewMember member, BindingResult form,
			@CurrentUser AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		if (form.hasErrors()) {
			return page(practiceId, model, practices.get(practiceId).details(), errors(form));
		}
		try {
			Invitation invitation = members.invite(practiceId, member.email(), member.displayName(), member.role(), user.email());
			if (!invitation.newAccount()) {
				redirect.addFlashAttribute("notice", "member.added");
			}
			else {
				String link = ServletUriComponentsBuilder.fromCurrentContextPath().path(invitation.path()).toUriString();
				boolean mailed = mails.invitation(invitation.email(), practices.get(practiceId).name(), link);
				redirect.addFlashAttribute("notice", mailed ? "member.invited.mailed" : "member.invited");
				if (!mailed) {
					redirect.addFlashAttribute("invitationLink", link);
				}
			}
		}
		catch (PracticeRuleViolation violation) {
			redirect.addFlashAttribute("error", violation.messageKey());
		}
		return back(practiceId);
	}

	@PostMapping("/cabinets/{practiceId}/membres/{userId}/role")
	@RequiresRole(Role.ADMIN)
	String changeRole(@PathVariable long practiceId, @PathVariable long userId, @RequestParam Role role,
			@CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		return attempt(practiceId, redirect, "member.roleChanged",
				() -> { members.changeRole(practiceId, userId, role, user.email()); return null; });
	}

	@PostMapping("/cabinets/{practiceId}/membres/{userId}/retrait")
	@RequiresRole(Role.ADMIN)
	String removeMember(@PathVariable long practiceId, @PathVariable long userId, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		return attempt(practiceId, redirect, "member.removed",
				() -> { members.remove(practiceId, userId, user.email()); return null; });
	}

	private String page(long practiceId, Model model, PracticeDetails form, List<String> errors) {
		model.addAttribute("practice", practices.get(practiceId));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("practitioners", practices.practitioners(practiceId));
		model.addAttribute("members", members.members(practiceId));
		model.addAttribute("specialties", List.of(Specialty.values()));
		model.addAttribute("roles", List.of(Role.values()));
		return "pages/practice";
	}

	private static String attempt(long practiceId, RedirectAttributes redirect, String successKey, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", successKey);
		}
		catch (PracticeRuleViolation violation) {
			redirect.addFlashAttribute("error", violation.messageKey());
		}
		return back(practiceId);
	}

	/**
	 * Validation messages, already in the visitor's language (Boot's validator reads messages.properties); a value
	 * that could not even be converted (only a forged form sends one) gets a plain sentence, not Spring's.
	 */
	private List<String> errors(BindingResult form) {
		Locale locale = LocaleContextHolder.getLocale();
		return form.getFieldErrors().stream()
			.map(error -> error.isBindingFailure() ? messages.getMessage("form.invalidValue", null, locale) : error.getDefaultMessage())
			.distinct().toList();
	}

	private static String back(long practiceId) {
		return "redirect:/cabinets/" + practiceId + "/cabinet";
	}

	/** The invitation form. */
	record NewMember(@NotBlank(message = "{member.email.invalid}") @Email(message = "{member.email.invalid}") @Size(max = 254) String email,
			@Size(max = 200) String displayName, @NotNull(message = "{member.role.required}") Role role) {

		NewMember {
			displayName = displayName == null ? "" : displayName;
		}
	}
}
