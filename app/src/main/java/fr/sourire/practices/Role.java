package fr.sourire.practices;

/** What a member may do in one practice. A user holds exactly one role per practice. */
public enum Role {
	/** Prepares publications and replies. */
	ASSISTANT,
	/** Approves: the practitioner of record, who answers for every word published. */
	DENTIST,
	/** Manages the practice, its members and its connections. */
	ADMIN
}
