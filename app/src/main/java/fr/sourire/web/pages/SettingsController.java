package fr.sourire.web.pages;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.PersonalAccessTokens;
import fr.sourire.practices.PracticeRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Paramètres": the user's own settings (language, API tokens). Nothing here belongs to a practice. */
@Controller
class SettingsController {

	private final PersonalAccessTokens tokens;
	private final Members members;
	private final LocaleResolver locales;

	SettingsController(PersonalAccessTokens tokens, Members members, LocaleResolver locales) {
		this.tokens = tokens;
		this.members = members;
		this.locales = locales;
	}

	@GetMapping("/parametres")
	String settings(@CurrentUser AuthenticatedUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user.id()));
		model.addAttribute("minLength", Members.MIN_PASSWORD_LENGTH);
		return "pages/settings";
	}

	/** The secret travels once, in a flash attribute, and is never shown again. */
	@PostMapping("/parametres/jetons")
	String createToken(@CurrentUser AuthenticatedUser user, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		String cleanName = name.strip();
		redirect.addFlashAttribute("newToken", tokens.create(user, cleanName.length() > 100 ? cleanName.substring(0, 100) : cleanName));
		return "redirect:/parametres";
	}

	@PostMapping("/parametres/jetons/{tokenId}/revocation")
	String revokeToken(@CurrentUser AuthenticatedUser user, @PathVariable long tokenId, RedirectAttributes redirect) {
		tokens.revoke(user, tokenId);
		redirect.addFlashAttribute("notice", "settings.tokens.revoked");
		return "redirect:/parametres";
	}

	@PostMapping("/parametres/mot-de-passe")
	String changePassword(@CurrentUser AuthenticatedUser user, @RequestParam String current, @RequestParam String password,
			@RequestParam String confirmation, RedirectAttributes redirect) {
		try {
			if (!password.equals(confirmation)) {
				throw new PracticeRuleViolation("invitation.password.mismatch");
			}
			members.changePassword(user, current, password);
			redirect.addFlashAttribute("notice", "settings.password.changed");
		}
		catch (PracticeRuleViolation violation) {
			redirect.addFlashAttribute("error", violation.messageKey());
		}
		return "redirect:/parametres";
	}

	@PostMapping("/parametres/langue")
	String language(@CurrentUser AuthenticatedUser user, @RequestParam String lang, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		members.setLanguage(user.id(), lang);
		locales.setLocale(request, response, "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH);
		redirect.addFlashAttribute("notice", "settings.language.saved");
		return "redirect:/parametres";
	}
}
