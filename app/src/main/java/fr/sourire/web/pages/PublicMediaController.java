package fr.sourire.web.pages;

import fr.sourire.publishing.MediaLinks;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The only public way to a practice's media: a signed, expiring link given to a network for one publication. A bad
 * signature is 404 (nothing learned), an expired one 410; HEAD works too (the connectors check links with it first).
 */
@Controller
class PublicMediaController {

	private final MediaLinks links;

	PublicMediaController(MediaLinks links) {
		this.links = links;
	}

	@GetMapping("/public/medias/{token}")
	ResponseEntity<byte[]> media(@PathVariable String token) {
		try {
			return links.open(token)
				.map(content -> ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
					.cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex").body(content.bytes()))
				.orElseGet(() -> ResponseEntity.notFound().build());
		}
		catch (MediaLinks.InvalidMediaLink e) {
			return ResponseEntity.status(e.expired() ? HttpStatus.GONE : HttpStatus.NOT_FOUND).build();
		}
	}
}
