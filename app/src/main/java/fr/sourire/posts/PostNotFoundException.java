package fr.sourire.posts;

/** No such post in this practice (another practice's post is "not found" too). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class PostNotFoundException extends RuntimeException {

	public PostNotFoundException(long postId) {
		super("post " + postId);
	}
}
