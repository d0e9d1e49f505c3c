package fr.sourire.posts;

/** No such post in this practice (another practice's post is "not found" too). */
public class PostNotFoundException extends RuntimeException {

	public PostNotFoundException(long postId) {
		super("post " + postId);
	}
}
