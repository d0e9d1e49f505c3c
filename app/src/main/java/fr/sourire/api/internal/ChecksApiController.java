package fr.sourire.api.internal;

import fr.sourire.compliance.CheckResult;
import fr.sourire.compliance.InvalidCheckRequest;
import fr.sourire.compliance.TextChecker;
import fr.sourire.compliance.TextToCheck;
import fr.sourire.engine.RuleInfo;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Membership;
import fr.sourire.practices.PracticeNotFoundException;
import fr.sourire.practices.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deontology checker: check a text in a practice's context, and read the rules it applies. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ChecksApiController {

	private final TextChecker checker;
	private final Members members;

	ChecksApiController(TextChecker checker, Members members) {
		this.checker = checker;
		this.members = members;
	}

	@Schema(description = "Un texte à vérifier et son contexte")
	record CheckRequest(
			@Schema(description = "Cabinet dont le contexte s'applique ; facultatif si l'utilisateur n'appartient qu'à un cabinet") Long practiceId,
			@Schema(description = "Le texte (100 000 caractères au plus)", requiredMode = Schema.RequiredMode.REQUIRED) String text,
			@Schema(description = "post, reply ou review", defaultValue = "post") String kind,
			@Schema(description = "PRACTICE_SOCIAL, PERSONAL_SOCIAL, PRACTICE_WEBSITE, GOOGLE_BUSINESS_REPLY, PRO_PRIVATE_GROUP", defaultValue = "PRACTICE_SOCIAL") String channel,
			@Schema(description = "Catégorie de la publication : PRACTICE_INFO, CLOSURE, PREVENTION_EDU, TEAM, EQUIPMENT, PRACTITIONER_PROFILE, EVENT, RECRUITMENT, PERSONAL, OTHER") String category,
			@Schema(description = "Pour une réponse : l'avis auquel elle répond") String review) {
	}

	@Operation(summary = "Vérifie un texte (publication, réponse à un avis ou avis) au regard de la déontologie",
			description = "Chaque constat donne la règle, la gravité (block, warn, info), la position dans le texte "
					+ "(décalages UTF-16, comme String.slice en JavaScript), le message, l'explication, des reformulations "
					+ "et les sources juridiques. Un texte trop long reçoit 413.")
	@PostMapping(path = "/checks", consumes = "application/json")
	CheckResult check(@RequestBody CheckRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user, Locale locale) {
		Membership membership = membership(user, request.practiceId());
		TextToCheck text = TextToCheck.parse(request.text(), request.kind(), request.channel(), request.category(),
				request.review());
		return CheckResult.of(checker.check(membership.practiceId(), membership.role(), text), locale,
				membership.role() == Role.ADMIN);
	}

	@Operation(summary = "Les règles appliquées aux textes du cabinet")
	@GetMapping("/practices/{practiceId}/rules")
	List<RuleInfo> rules(@PathVariable long practiceId) {
		return checker.rules(practiceId);
	}

	@Operation(summary = "Une règle par son identifiant public (par exemple PUB.COMMERCIAL)")
	@GetMapping("/rules/{ruleId}")
	RuleInfo rule(@PathVariable String ruleId, @RequestParam(defaultValue = "FR") String jurisdiction) {
		return checker.rule(jurisdiction, ruleId).orElseThrow(() -> new UnknownRuleException(ruleId));
	}

	/** The practice named in the request, or the caller's only one; 404 when the caller is not a member. */
	private Membership membership(AuthenticatedUser user, Long practiceId) {
		List<Membership> memberships = members.membershipsOf(user.id());
		if (practiceId == null) {
			if (memberships.size() != 1) {
				throw new InvalidCheckRequest(
						"Précisez « practiceId » : vous êtes membre de plusieurs cabinets.");
			}
			return memberships.get(0);
		}
		return memberships.stream().filter(m -> m.practiceId() == practiceId).findFirst()
				.orElseThrow(PracticeNotFoundException::new);
	}
}
