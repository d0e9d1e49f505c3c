package fr.sourire.engine;

/** Optional category chosen by the author; used to silence false positives (a closing notice is not a personal absence). */
public enum PostCategory { PRACTICE_INFO, CLOSURE, PREVENTION_EDU, TEAM, EQUIPMENT, PRACTITIONER_PROFILE, EVENT, RECRUITMENT, PERSONAL, OTHER }
