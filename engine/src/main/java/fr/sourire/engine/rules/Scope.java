package fr.sourire.engine.rules;

import fr.sourire.engine.AuthorRole;
import fr.sourire.engine.Channel;
import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Kind;
import fr.sourire.engine.PostCategory;

import java.util.Set;

/**
 * Where a rule applies. Empty sets mean "any". {@code categoriesNot} silences a rule for the categories listed (a
 * closing notice is not a personal absence); {@code noFeesPage} limits INFO.FEES to practices without a fees page.
 */
public record Scope(Set<Kind> kinds, Set<Channel> channels, Set<AuthorRole> authors, Set<PostCategory> categories,
		Set<PostCategory> categoriesNot, boolean noFeesPage) {

	public boolean appliesTo(CheckContext c) {
		return (kinds.isEmpty() || kinds.contains(c.kind()))
				&& (channels.isEmpty() || channels.contains(c.channel()))
				&& (authors.isEmpty() || authors.contains(c.authorRole()))
				&& (categories.isEmpty() || c.category() != null && categories.contains(c.category()))
				&& (c.category() == null || !categoriesNot.contains(c.category()))
				&& (!noFeesPage || c.practice().feesPageUrl() == null || c.practice().feesPageUrl().isBlank());
	}
}
