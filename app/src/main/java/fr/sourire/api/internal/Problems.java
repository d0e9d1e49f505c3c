package fr.sourire.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Problem details written straight from the security filters, before Spring MVC is involved. */
final class Problems {

	private Problems() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
		String detail = status == HttpStatus.UNAUTHORIZED
				? "Authentification requise : fournissez un jeton d'accès personnel valide (Authorization: Bearer …)."
				: "Votre rôle dans ce cabinet ne permet pas cette action.";
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
	}

	private static String json(String value) {
		var out = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
