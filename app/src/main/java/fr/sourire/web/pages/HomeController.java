package fr.sourire.web.pages;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.PracticeNotFoundException;
import fr.sourire.web.ui.CurrentPractice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a logged-in user lands, and the practice switcher in the header. */
@Controller
class HomeController {

	private final Members members;

	HomeController(Members members) {
		this.members = members;
	}

	@GetMapping("/")
	String home(@CurrentUser AuthenticatedUser user, HttpServletRequest request) {
		return CurrentPractice.of(request, members.membershipsOf(user.id()))
			.map(current -> "redirect:/cabinets/" + current.practiceId())
			.orElse("pages/no-practice");
	}

	/** Switching is only ever to a practice the user belongs to: anything else is "not found". */
	@PostMapping("/cabinet-courant")
	String switchPractice(@CurrentUser AuthenticatedUser user, @RequestParam long practiceId, HttpServletRequest request) {
		members.roleOf(user.id(), practiceId).orElseThrow(PracticeNotFoundException::new);
		CurrentPractice.remember(request, practiceId);
		return "redirect:/cabinets/" + practiceId;
	}
}
