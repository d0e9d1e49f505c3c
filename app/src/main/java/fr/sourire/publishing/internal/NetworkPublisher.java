package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.Publisher;
import org.springframework.stereotype.Service;

/** Routes each publication to its network's connector. */
@Service
class NetworkPublisher implements Publisher {

	private final SandboxNetwork sandbox;

	NetworkPublisher(SandboxNetwork sandbox) {
		this.sandbox = sandbox;
	}

	@Override
	public PublicationOutcome publish(Publication publication) {
		if (publication.network() == Network.SANDBOX) {
			return sandbox.publish(publication);
		}
		return new PublicationOutcome.Failed("Ce réseau n’est pas encore relié à Sourire.", "no connector for " + publication.network());
	}
}
