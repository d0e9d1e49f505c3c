package fr.sourire.web.pages;

import fr.sourire.practices.AuthenticatedUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/** The login form; {@code erreur} says why the previous attempt failed, in words the page translates. */
	@GetMapping("/connexion")
	String login(@RequestParam(required = false) String erreur, @RequestParam(required = false) Long minutes,
			@RequestParam(required = false) String deconnecte, @RequestParam(required = false) String bienvenue,
			@RequestParam(required = false) String motdepasse, Model model) {
		if (AuthenticatedUser.current().isPresent()) {
			return "redirect:/";
		}
		String message = null;
		if ("trop".equals(erreur)) {
			message = "login.error.throttled";
		}
		else if (erreur != null) {
			message = "login.error.credentials";
		}
		model.addAttribute("error", message);
		model.addAttribute("minutes", minutes == null ? 15 : minutes);
		model.addAttribute("notice", deconnecte != null ? "login.loggedOut"
				: bienvenue != null ? "login.welcome" : motdepasse != null ? "login.passwordChanged" : null);
		return "pages/login";
	}
}
