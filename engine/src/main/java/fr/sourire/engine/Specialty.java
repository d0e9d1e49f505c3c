package fr.sourire.engine;

/** The three specialties recognised by the Ordre; TITLE.UNRECOGNIZED checks claimed titles against the ones really held. */
public enum Specialty { ODF, CHIRURGIE_ORALE, MBD }
