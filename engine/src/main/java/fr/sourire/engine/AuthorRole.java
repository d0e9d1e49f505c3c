package fr.sourire.engine;

/** Who writes: a centre de santé is under a total advertising ban (CENTRE.AD_BAN). */
public enum AuthorRole { DENTIST, ASSISTANT, CENTRE_DE_SANTE, PATIENT }
