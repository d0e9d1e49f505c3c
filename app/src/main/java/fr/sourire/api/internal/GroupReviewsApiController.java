package fr.sourire.api.internal;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.reputation.GroupInsights;
import fr.sourire.reputation.GroupStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reviews of all the caller's practices together (the « Tous mes cabinets » dashboard). */
@RestController
class GroupReviewsApiController {

	private final GroupInsights group;

	GroupReviewsApiController(GroupInsights group) {
		this.group = group;
	}

	@Operation(summary = "Statistiques des avis de tous les cabinets dont l’utilisateur est membre : une ligne par cabinet"
			+ " (avec le résultat du dernier contrôle de nuit des avis suspects), les totaux du groupe et les 20 avis les plus"
			+ " suspects au dernier contrôle de nuit",
			description = "Seuls les cabinets dont l’utilisateur du jeton est membre y figurent. Les totaux sont calculés sur"
					+ " l’ensemble des avis (moyenne pondérée, vraie médiane du délai de réponse).")
	@GetMapping(path = "/api/v1/me/reviews/statistics", produces = "application/json")
	GroupStatistics statistics(@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return group.of(user.id());
	}
}
