package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;

/** The plain-French reasons the practice reads (the contract says reasons are French; raw answers are kept aside). */
final class Texts {

	private Texts() {
	}

	static String label(Network network) {
		return switch (network) {
			case SANDBOX -> "bac à sable";
			case FACEBOOK -> "Facebook";
			case INSTAGRAM -> "Instagram";
			case LINKEDIN -> "LinkedIn";
			case GOOGLE_BUSINESS -> "Google Business Profile";
		};
	}

	static String notConnected(Network network) {
		return "Aucun compte " + label(network) + " n’est relié au cabinet : reliez-le dans « Connexions ».";
	}

	static String noAccountChosen(Network network) {
		return "La connexion " + label(network) + " n’a pas encore de page choisie : choisissez-la dans « Connexions ».";
	}

	static String expired(Network network) {
		return "La connexion " + label(network) + " a expiré ou a été révoquée : reconnectez le compte dans « Connexions ».";
	}

	static String cannotRefresh(Network network) {
		return label(network) + " ne permet pas de renouveler cette connexion automatiquement : reconnectez le compte.";
	}

	static String permissionRefused(Network network, String permission) {
		return "Sourire n’a pas l’autorisation de publier sur " + label(network)
				+ " : reconnectez le compte en acceptant toutes les autorisations demandées (" + permission + ").";
	}

	static String connectionRefused(Network network) {
		return label(network) + " a refusé la connexion : recommencez, et si cela persiste contactez l’assistance.";
	}

	static String unreachable(Network network) {
		return label(network) + " ne répond pas pour le moment : réessayez dans quelques minutes.";
	}

	static String rateLimited(Network network) {
		return label(network) + " limite le nombre de publications pour le moment : Sourire réessaiera plus tard.";
	}

	static String serverError(Network network) {
		return label(network) + " rencontre une panne passagère : Sourire réessaiera plus tard.";
	}

	static String noAnswer(Network network) {
		return label(network) + " n’a pas répondu à temps : Sourire vérifiera si la publication est en ligne avant de réessayer.";
	}

	static String refused(Network network, String detail) {
		return label(network) + " a refusé la publication" + (detail == null || detail.isBlank() ? "." : " : " + detail);
	}

	static String mediaUnreachable(String url) {
		return "Une image n’est pas accessible publiquement (" + url + ") : les réseaux doivent pouvoir la télécharger. "
				+ "Vérifiez l’adresse publique de Sourire (sourire.public-base-url).";
	}
}
