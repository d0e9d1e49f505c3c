package fr.sourire.reputation;

import java.util.Locale;

/** draft → submitted → approved → posted; or declined ("ne pas répondre", a decision that is recorded). */
public enum ReplyState {
	DRAFT, SUBMITTED, APPROVED, POSTED, DECLINED;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ReplyState of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}
}
