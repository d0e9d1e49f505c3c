package fr.sourire.engine;

/** What the text is: the practice's own post, its reply to a review, or a patient's review (checked only for legal triage). */
public enum Kind { POST, REPLY, REVIEW }
