package fr.sourire.web.pages;

import fr.sourire.practices.Members;
import fr.sourire.practices.PracticeNotFoundException;
import fr.sourire.practices.PracticeRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An invitee chooses their password. The secret in the link is the only credential; it works once. */
@Controller
class InvitationController {

	private final Members members;

	InvitationController(Members members) {
		this.members = members;
	}

	@GetMapping("/invitation/{secret}")
	String show(@PathVariable String secret, Model model) {
		model.addAttribute("invitation", members.pendingInvitation(secret).orElseThrow(PracticeNotFoundException::new));
		model.addAttribute("error", null);
		model.addAttribute("minLength", Members.MIN_PASSWORD_LENGTH);
		return "pages/invitation";
	}

	@PostMapping("/invitation/{secret}")
	String accept(@PathVariable String secret, @RequestParam String motDePasse, @RequestParam String confirmation,
			Model model) {
		var invitation = members.pendingInvitation(secret).orElseThrow(PracticeNotFoundException::new);
		String error = !motDePasse.equals(confirmation) ? "invitation.password.mismatch" : null;
		if (error == null) {
			try {
				members.acceptInvitation(secret, motDePasse);
				return "redirect:/connexion?bienvenue";
			}
			catch (PracticeRuleViolation violation) {
				error = violation.messageKey();
			}
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("error", error);
		model.addAttribute("minLength", Members.MIN_PASSWORD_LENGTH);
		return "pages/invitation";
	}
}
