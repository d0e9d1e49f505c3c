package fr.sourire.practices;

/** An invitation just issued: the link to give to the invitee is shown once, only its hash is stored. */
public record Invitation(String email, Role role, String secret, boolean newAccount) {

	public String path() {
		return newAccount ? "/invitation/" + secret : "/";
	}
}
