package fr.sourire.web.pages;

import fr.sourire.compliance.CheckResult;
import fr.sourire.compliance.TextChecker;
import fr.sourire.compliance.InvalidCheckRequest;
import fr.sourire.compliance.TextToCheck;
import fr.sourire.engine.CheckLimits;
import fr.sourire.engine.TextTooLongException;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Role;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * « Vérifier un texte »: the text is checked as the user types (the page's script posts it here, debounced) and the
 * findings come back as JSON for the underlining; the same component serves the post composer and the reply editor.
 */
@Controller
class CheckPageController {

	private final TextChecker checker;
	private final Members members;
	private final MessageSource messages;

	CheckPageController(TextChecker checker, Members members, MessageSource messages) {
		this.checker = checker;
		this.members = members;
		this.messages = messages;
	}

	record CheckForm(String text, String kind, String channel, String category, String review) {
	}

	@GetMapping("/cabinets/{practiceId}/verifier")
	String page(@PathVariable long practiceId, Model model) {
		model.addAttribute("practiceId", practiceId);
		return "pages/check";
	}

	@PostMapping(path = "/cabinets/{practiceId}/verifier", consumes = "application/json", produces = "application/json")
	@ResponseBody
	CheckResult check(@PathVariable long practiceId, @RequestBody CheckForm form, @CurrentUser AuthenticatedUser user,
			Locale locale) {
		Role role = members.roleOf(user.id(), practiceId).orElseThrow();
		TextToCheck text = TextToCheck.parse(form.text(), form.kind(), form.channel(), form.category(), form.review());
		return CheckResult.of(checker.check(practiceId, role, text), locale, role == Role.ADMIN);
	}

	@ExceptionHandler(TextTooLongException.class)
	ResponseEntity<ProblemDetail> tooLong(Locale locale) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "check.tooLong", locale, CheckLimits.MAX_CHARS);
	}

	@ExceptionHandler(InvalidCheckRequest.class)
	ResponseEntity<ProblemDetail> invalid(InvalidCheckRequest e) {
		return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Locale locale, Object... args) {
		return ResponseEntity.status(status)
				.body(ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale)));
	}
}
