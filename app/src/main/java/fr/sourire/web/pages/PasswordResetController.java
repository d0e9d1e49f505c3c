package fr.sourire.web.pages;

import fr.sourire.practices.Members;
import fr.sourire.practices.PasswordResets;
import fr.sourire.practices.PracticeRuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mot de passe oublié": the same answer whether or not the address has an account. The link is built on
 * {@code sourire.public-base-url}, never on the request's Host header, which the person asking controls.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;
	private final AccountMails mails;
	private final String baseUrl;

	PasswordResetController(PasswordResets resets, AccountMails mails,
			@Value("${sourire.public-base-url:${sourire.public-url:http://localhost:8080}}") String baseUrl) {
		this.resets = resets;
		this.mails = mails;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/mot-de-passe-oublie")
	String form(Model model) {
		model.addAttribute("sent", false);
		return "pages/password-forgotten";
	}

	@PostMapping("/mot-de-passe-oublie")
	String request(@RequestParam String email, Model model) {
		resets.request(email).ifPresent(link -> mails.passwordReset(link.email(), baseUrl + "/mot-de-passe/" + link.secret()));
		model.addAttribute("sent", true);
		return "pages/password-forgotten";
	}

	@GetMapping("/mot-de-passe/{secret}")
	String choose(@PathVariable String secret, Model model) {
		return page(model, resets.valid(secret) ? null : "reset.invalid");
	}

	@PostMapping("/mot-de-passe/{secret}")
	String reset(@PathVariable String secret, @RequestParam String motDePasse, @RequestParam String confirmation, Model model) {
		if (!motDePasse.equals(confirmation)) {
			return page(model, "invitation.password.mismatch");
		}
		try {
			resets.reset(secret, motDePasse);
			return "redirect:/connexion?motdepasse";
		}
		catch (PracticeRuleViolation violation) {
			return page(model, violation.messageKey());
		}
	}

	private static String page(Model model, String error) {
		model.addAttribute("error", error);
		model.addAttribute("linkUsable", !"reset.invalid".equals(error));
		model.addAttribute("minLength", Members.MIN_PASSWORD_LENGTH);
		return "pages/password-reset";
	}
}
