package fr.sourire.api.internal;

import fr.sourire.api.internal.ApiRepresentations.Me;
import fr.sourire.api.internal.ApiRepresentations.MemberView;
import fr.sourire.api.internal.ApiRepresentations.PracticeMembership;
import fr.sourire.api.internal.ApiRepresentations.PracticeView;
import fr.sourire.api.internal.ApiRepresentations.PractitionerView;
import fr.sourire.api.internal.ApiRepresentations.Verification;
import fr.sourire.audit.AuditJournal;
import fr.sourire.audit.AuditVerification;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller, their practices, and read access to a practice they belong to. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class PracticesApiController {

	private final Practices practices;
	private final Members members;
	private final AuditJournal journal;

	PracticesApiController(Practices practices, Members members, AuditJournal journal) {
		this.practices = practices;
		this.members = members;
		this.journal = journal;
	}

	@Operation(summary = "L'utilisateur du jeton et ses cabinets")
	@GetMapping("/me")
	Me me(@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		return new Me(user.id(), user.email(), user.displayName(),
				members.membershipsOf(user.id()).stream().map(PracticeMembership::of).toList());
	}

	@Operation(summary = "Un cabinet dont l'utilisateur est membre")
	@GetMapping("/practices/{practiceId}")
	PracticeView practice(@PathVariable long practiceId) {
		return PracticeView.of(practices.get(practiceId));
	}

	@Operation(summary = "Les praticiens du cabinet (numéro RPPS, spécialités)")
	@GetMapping("/practices/{practiceId}/practitioners")
	List<PractitionerView> practitioners(@PathVariable long practiceId) {
		return practices.practitioners(practiceId).stream().map(PractitionerView::of).toList();
	}

	@Operation(summary = "Les membres du cabinet et leur rôle (administrateurs)")
	@GetMapping("/practices/{practiceId}/members")
	@RequiresRole(Role.ADMIN)
	List<MemberView> members(@PathVariable long practiceId) {
		return members.members(practiceId).stream().map(MemberView::of).toList();
	}

	@Operation(summary = "Vérifie la chaîne d'empreintes du journal d'audit du cabinet (administrateurs)")
	@GetMapping("/practices/{practiceId}/audit/verification")
	@RequiresRole(Role.ADMIN)
	Verification verifyAudit(@PathVariable long practiceId) {
		AuditVerification result = journal.verify(practiceId);
		return new Verification(result.intact(), result.entriesChecked(),
				result.problems().stream().map(AuditVerification.Problem::describe).toList());
	}
}
