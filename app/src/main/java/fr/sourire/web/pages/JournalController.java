package fr.sourire.web.pages;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The practice's audit journal and the verification of its hash chain, for administrators. */
@Controller
class JournalController {

	private static final int SHOWN = 200;

	private final AuditJournal journal;

	JournalController(AuditJournal journal) {
		this.journal = journal;
	}

	@GetMapping("/cabinets/{practiceId}/journal")
	@RequiresRole(Role.ADMIN)
	String journal(@PathVariable long practiceId, Model model) {
		model.addAttribute("verification", journal.verify(practiceId));
		model.addAttribute("entries", journal.recent(practiceId, SHOWN));
		return "pages/journal";
	}
}
