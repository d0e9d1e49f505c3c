package fr.sourire.engine;

/** Where the text is published; personal channels turn on PERSONAL.ABSENCE. */
public enum Channel { PRACTICE_SOCIAL, PERSONAL_SOCIAL, PRACTICE_WEBSITE, GOOGLE_BUSINESS_REPLY, PRO_PRIVATE_GROUP }
