package fr.sourire.api.internal;

import fr.sourire.compliance.InvalidCheckRequest;
import fr.sourire.engine.CheckLimits;
import fr.sourire.engine.TextTooLongException;
import fr.sourire.media.MediaNotFoundException;
import fr.sourire.media.MediaRejectedException;
import fr.sourire.posts.PostRuleViolation;
import fr.sourire.practices.PracticeNotFoundException;
import fr.sourire.practices.PracticeRuleViolation;
import fr.sourire.practices.RoleRequiredException;
import fr.sourire.practices.TokenNotFoundException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * API errors as RFC 9457 problem details (application/problem+json): Spring MVC's own errors through
 * {@link ResponseEntityExceptionHandler}, Sourire's here.
 */
@RestControllerAdvice(basePackages = "fr.sourire.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ PracticeNotFoundException.class, TokenNotFoundException.class })
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Cette ressource n'existe pas, ou vous n'y avez pas accès.");
	}

	@ExceptionHandler(MediaNotFoundException.class)
	ProblemDetail mediaNotFound() {
		return notFound();
	}

	@ExceptionHandler(MediaRejectedException.class)
	ProblemDetail mediaRejected(MediaRejectedException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(RoleRequiredException.class)
	ProblemDetail forbidden() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Votre rôle dans ce cabinet ne permet pas cette action.");
	}

	@ExceptionHandler(UnknownRuleException.class)
	ProblemDetail unknownRule(UnknownRuleException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(InvalidCheckRequest.class)
	ProblemDetail invalidCheck(InvalidCheckRequest e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(TextTooLongException.class)
	ProblemDetail tooLong(TextTooLongException e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "Ce texte est trop long pour être vérifié : "
				+ CheckLimits.MAX_CHARS + " caractères au plus. Découpez-le en plusieurs textes.");
		problem.setProperty("maxChars", CheckLimits.MAX_CHARS);
		return problem;
	}

	@ExceptionHandler(PracticeRuleViolation.class)
	ProblemDetail conflict(PracticeRuleViolation violation) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(violation.messageKey(), null, Locale.FRENCH));
		problem.setProperty("code", violation.messageKey());
		return problem;
	}

	/** A post's rule (state, network limits, photos…) in the caller's language; {@code code} names the rule. */
	@ExceptionHandler(PostRuleViolation.class)
	ProblemDetail postRefused(PostRuleViolation violation, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), locale));
		problem.setProperty("code", violation.messageKey());
		return problem;
	}

	@ExceptionHandler(fr.sourire.reputation.ReviewNotFoundException.class)
	ProblemDetail reviewNotFound(fr.sourire.reputation.ReviewNotFoundException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(fr.sourire.reputation.ReputationException.class)
	ProblemDetail reputation(fr.sourire.reputation.ReputationException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
	}
}
