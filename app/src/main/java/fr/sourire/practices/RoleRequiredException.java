package fr.sourire.practices;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user is a member of the practice but their role does not allow this action. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class RoleRequiredException extends RuntimeException {

	public RoleRequiredException() {
		super("Role not allowed");
	}
}
