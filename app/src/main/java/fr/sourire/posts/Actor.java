package fr.sourire.posts;

import fr.sourire.practices.Role;

/** Who does something to a post, with their role in the post's practice (read by the caller from the membership). */
public record Actor(long userId, String name, Role role) {
}
