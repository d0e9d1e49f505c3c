package fr.sourire.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the checker must know besides the text. Defaults: a post on the practice's social account, written by a
 * dentist, in France, with no specialty, no practice facts, no patient roster and no review.
 *
 * @param category     optional (null when the author did not choose one)
 * @param review       for a reply: the review it answers (may be null)
 * @param roster       optional patient roster (hashes only)
 */
public record CheckContext(
		Kind kind,
		Channel channel,
		PostCategory category,
		AuthorRole authorRole,
		String jurisdiction,
		Set<Specialty> specialties,
		PracticeFacts practice,
		PatientRoster roster,
		String review) {

	public CheckContext {
		if (kind == null) kind = Kind.POST;
		if (channel == null) channel = Channel.PRACTICE_SOCIAL;
		if (authorRole == null) authorRole = AuthorRole.DENTIST;
		if (jurisdiction == null || jurisdiction.isBlank()) jurisdiction = "FR";
		specialties = specialties == null || specialties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(specialties));
		if (practice == null) practice = PracticeFacts.NONE;
	}

	public static CheckContext defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		Builder b = new Builder();
		b.kind = kind;
		b.channel = channel;
		b.category = category;
		b.authorRole = authorRole;
		b.jurisdiction = jurisdiction;
		b.specialties = specialties;
		b.practice = practice;
		b.roster = roster;
		b.review = review;
		return b;
	}

	public CheckContext withKind(Kind k) {
		return toBuilder().kind(k).build();
	}

	public CheckContext withChannel(Channel c) {
		return toBuilder().channel(c).build();
	}

	public CheckContext withCategory(PostCategory c) {
		return toBuilder().category(c).build();
	}

	public CheckContext withAuthorRole(AuthorRole r) {
		return toBuilder().authorRole(r).build();
	}

	public CheckContext withPractice(PracticeFacts p) {
		return toBuilder().practice(p).build();
	}

	public CheckContext withRoster(PatientRoster r) {
		return toBuilder().roster(r).build();
	}

	public CheckContext withReview(String r) {
		return toBuilder().review(r).build();
	}

	public static final class Builder {
		private Kind kind;
		private Channel channel;
		private PostCategory category;
		private AuthorRole authorRole;
		private String jurisdiction;
		private Set<Specialty> specialties;
		private PracticeFacts practice;
		private PatientRoster roster;
		private String review;

		private Builder() {
		}

		public Builder kind(Kind v) { kind = v; return this; }
		public Builder channel(Channel v) { channel = v; return this; }
		public Builder category(PostCategory v) { category = v; return this; }
		public Builder authorRole(AuthorRole v) { authorRole = v; return this; }
		public Builder jurisdiction(String v) { jurisdiction = v; return this; }
		public Builder specialties(Set<Specialty> v) { specialties = v; return this; }
		public Builder practice(PracticeFacts v) { practice = v; return this; }
		public Builder roster(PatientRoster v) { roster = v; return this; }
		public Builder review(String v) { review = v; return this; }

		public CheckContext build() {
			return new CheckContext(kind, channel, category, authorRole, jurisdiction, specialties, practice, roster, review);
		}
	}
}
