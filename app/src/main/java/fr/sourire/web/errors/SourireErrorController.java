package fr.sourire.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the servlet container reports ends here: a plain-language page for people, an RFC 9457 problem for
 * the API. Never a stack trace (Spring logs it; the user gets a reference-free, friendly page).
 */
@Controller
class SourireErrorController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (uri.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatus(status);
			problem.setTitle(status.getReasonPhrase());
			problem.setDetail(ApiErrorTexts.detail(status));
			problem.setInstance(URI.create(uri));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		String kind = switch (status.value()) {
			case 403, 404, 413 -> Integer.toString(status.value());
			default -> status.is4xxClientError() ? "400" : "500";
		};
		model.addAttribute("status", status.value());
		model.addAttribute("kind", kind);
		return "pages/error";
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
