package fr.sourire.engine;

import java.util.List;

/**
 * The practice's own public facts: its name, phone, e-mail, address and team members are never flagged as personal
 * data or as patients. {@code feesPageUrl} tells INFO.FEES that fees are already published.
 */
public record PracticeFacts(String name, String phone, String email, String address, List<String> members, String feesPageUrl) {
	public static final PracticeFacts NONE = new PracticeFacts(null, null, null, null, List.of(), null);

	public PracticeFacts {
		members = members == null ? List.of() : List.copyOf(members);
	}
}
