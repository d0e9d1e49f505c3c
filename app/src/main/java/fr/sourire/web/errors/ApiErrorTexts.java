package fr.sourire.web.errors;

import org.springframework.http.HttpStatus;

/** Short French explanations for API clients, whose developers read problem details. */
final class ApiErrorTexts {

	private ApiErrorTexts() {
	}

	static String detail(HttpStatus status) {
		return switch (status.value()) {
			case 400 -> "La requête est incomplète ou mal formée.";
			case 401 -> "Authentification requise : fournissez un jeton d'accès personnel (Authorization: Bearer …).";
			case 403 -> "Votre rôle dans ce cabinet ne permet pas cette action.";
			case 404 -> "Cette ressource n'existe pas, ou vous n'y avez pas accès.";
			case 405 -> "Cette méthode HTTP n'est pas acceptée sur cette adresse.";
			case 409 -> "Cette action contredit l'état actuel des données.";
			case 413 -> "Le contenu envoyé est trop volumineux.";
			case 415 -> "Type de contenu non accepté : envoyez du JSON.";
			default -> status.is5xxServerError() ? "Erreur interne de Sourire. Réessayez plus tard."
					: "La requête n'a pas pu être traitée.";
		};
	}
}
