package fr.sourire.web.pages;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.reputation.GroupInsights;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** « Tous mes cabinets » : the reviews of every practice the user belongs to, side by side and together. */
@Controller
class GroupReviewsController {

	private final GroupInsights group;

	GroupReviewsController(GroupInsights group) {
		this.group = group;
	}

	/** Only the user's own practices: {@link GroupInsights} reads them from the user's memberships. */
	@GetMapping("/mes-cabinets/avis")
	String dashboard(@CurrentUser AuthenticatedUser user, Model model) {
		model.addAttribute("group", group.of(user.id()));
		return "pages/reviews-group";
	}
}
