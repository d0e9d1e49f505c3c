package fr.sourire.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Sections that later versions bring: an honest "bientôt disponible" rather than fake data. */
@Controller
class ComingSoonController {

	@GetMapping({ "/cabinets/{practiceId}/avis", "/cabinets/{practiceId}/medias" })
	String comingSoon(@PathVariable long practiceId, HttpServletRequest request, Model model) {
		String path = request.getRequestURI();
		model.addAttribute("section", path.substring(path.lastIndexOf('/') + 1));
		return "pages/soon";
	}
}
