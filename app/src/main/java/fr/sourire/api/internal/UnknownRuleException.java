package fr.sourire.api.internal;

/** A rule id that no pack defines. */
class UnknownRuleException extends RuntimeException {

	UnknownRuleException(String ruleId) {
		super("Règle inconnue : « " + ruleId + " ». Les identifiants sont ceux du catalogue, par exemple PUB.COMMERCIAL.");
	}
}
