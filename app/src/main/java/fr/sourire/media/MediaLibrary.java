package fr.sourire.media;

import fr.sourire.audit.AuditJournal;
import fr.sourire.imaging.BlurStyle;
import fr.sourire.imaging.CleanImage;
import fr.sourire.imaging.ConsentRecord;
import fr.sourire.imaging.ImageCleaner;
import fr.sourire.imaging.ImageContext;
import fr.sourire.imaging.ImageFinding;
import fr.sourire.imaging.ImageInspector;
import fr.sourire.imaging.ImageRejectedException;
import fr.sourire.imaging.ImageReport;
import fr.sourire.imaging.Jurisdiction;
import fr.sourire.imaging.Region;
import fr.sourire.media.internal.MediaFiles;
import fr.sourire.media.internal.MediaRows;
import fr.sourire.practices.Practices;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's photo library. An image is checked when it arrives; the original is kept private; a clean copy
 * (no metadata, upright) is made at once and re-made, masked, when the user hides faces or text. Only the clean copy
 * of an image that does not block can be offered to a network ({@link #openPublishable}).
 */
@Service
public class MediaLibrary {

	private final MediaRows rows;
	private final MediaFiles files;
	private final ImageInspector inspector;
	private final ImageCleaner cleaner;
	private final Practices practices;
	private final AuditJournal journal;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	MediaLibrary(MediaRows rows, MediaFiles files, ImageInspector inspector, ImageCleaner cleaner, Practices practices,
			AuditJournal journal, ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
		this.files = files;
		this.inspector = inspector;
		this.cleaner = cleaner;
		this.practices = practices;
		this.journal = journal;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks and stores one image. Refused files (not an image, HEIC, SVG, too large, damaged, polyglot) throw
	 * {@link MediaRejectedException} with the reason in plain words, and nothing is stored.
	 */
	// A refusal throws after journalling it: that journal entry must survive the exception.
	@Transactional(noRollbackFor = MediaRejectedException.class)
	public MediaItem upload(long practiceId, String actor, String fileName, byte[] bytes) {
		ImageContext context = context(practiceId, Optional.empty());
		ImageReport report;
		CleanImage clean;
		try {
			report = inspector.inspect(bytes, context);
			clean = cleaner.cleanCopy(bytes, List.of(), BlurStyle.PIXELATE);
		}
		catch (ImageRejectedException e) {
			journal.record(practiceId, actor, "media.refused", Map.of("file", safeName(fileName), "reason", e.getMessage()));
			throw new MediaRejectedException(e.getMessage(), e.messageEn());
		}
		var stored = new MediaRows.Files(files.write(practiceId, "orig", bytes), files.write(practiceId, clean.suggestedExtension(), clean.bytes()));
		long id = rows.insert(practiceId, safeName(fileName), checked(report, clean), stored, actor, Instant.now(clock));
		journal.record(practiceId, actor, "media.uploaded",
				Map.of("media", Long.toString(id), "file", safeName(fileName), "verdict", report.verdict().id()));
		return get(practiceId, id);
	}

	public List<MediaItem> list(long practiceId) {
		return rows.list(practiceId);
	}

	public Optional<MediaItem> find(long practiceId, long mediaId) {
		return rows.find(practiceId, mediaId);
	}

	public MediaItem get(long practiceId, long mediaId) {
		return find(practiceId, mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
	}

	/**
	 * Masks the given boxes, irreversibly, on a new clean copy made from the original, then checks that copy again:
	 * a face left outside the boxes still blocks. The original is untouched (and still never published).
	 */
	@Transactional
	public MediaItem mask(long practiceId, long mediaId, List<Box> boxes, String actor) {
		MediaItem item = get(practiceId, mediaId);
		MediaRows.Files stored = rows.files(practiceId, mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
		byte[] original = files.read(practiceId, stored.original());
		List<Region> regions = boxes.stream().map(b -> new Region(b.x(), b.y(), b.w(), b.h())).toList();
		try {
			CleanImage masked = cleaner.cleanCopy(original, regions, BlurStyle.BLUR);
			ImageReport report = inspector.inspect(masked.bytes(), context(practiceId, Optional.ofNullable(item.consent())));
			String cleanFile = files.write(practiceId, masked.suggestedExtension(), masked.bytes());
			rows.replaceClean(practiceId, mediaId, cleanFile, checked(report, masked));
			files.delete(practiceId, stored.clean());
			journal.record(practiceId, actor, "media.masked", Map.of("media", Long.toString(mediaId),
					"boxes", Integer.toString(boxes.size()), "verdict", report.verdict().id()));
			events.publishEvent(new MediaChanged(practiceId, mediaId, actor));
		}
		catch (ImageRejectedException e) {
			throw new MediaRejectedException(e.getMessage(), e.messageEn());
		}
		return get(practiceId, mediaId);
	}

	/**
	 * Records the patient's written consent for an image. Only where the practice's jurisdiction lets consent lower
	 * the severity (DE) does the verdict change; in France professional secrecy stands whatever the patient signs.
	 */
	@Transactional
	public MediaItem recordConsent(long practiceId, long mediaId, String reference, LocalDate signedOn, String actor) {
		get(practiceId, mediaId);
		MediaRows.Files stored = rows.files(practiceId, mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
		var consent = new ConsentRecord(reference, signedOn);
		try {
			ImageReport report = inspector.inspect(files.read(practiceId, stored.clean()), context(practiceId, Optional.of(consent)));
			rows.recordConsent(practiceId, mediaId, consent, report.verdict().id(), findings(report));
		}
		catch (ImageRejectedException e) {
			throw new MediaRejectedException(e.getMessage(), e.messageEn());
		}
		journal.record(practiceId, actor, "media.consent", Map.of("media", Long.toString(mediaId), "reference", reference));
		return get(practiceId, mediaId);
	}

	/** The clean copy, for the team's own screens (the original never leaves the disk). */
	public byte[] cleanCopy(long practiceId, long mediaId) {
		MediaRows.Files stored = rows.files(practiceId, mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
		return files.read(practiceId, stored.clean());
	}

	/** The clean copy for a network; refused while a finding blocks (an unmasked face, a name in the pixels…). */
	public InputStream openPublishable(long practiceId, long mediaId) {
		MediaItem item = get(practiceId, mediaId);
		if (item.blocked()) {
			throw new MediaRejectedException("Cette image ne peut pas être publiée : corrigez d’abord ce qui la bloque.",
					"This image cannot be published: first fix what blocks it.");
		}
		return new ByteArrayInputStream(cleanCopy(practiceId, mediaId));
	}

	@Transactional
	public void delete(long practiceId, long mediaId, String actor) {
		MediaRows.Files stored = rows.files(practiceId, mediaId).orElseThrow(() -> new MediaNotFoundException(mediaId));
		// Before the row goes: listeners still see what used the image.
		events.publishEvent(new MediaChanged(practiceId, mediaId, actor));
		rows.delete(practiceId, mediaId);
		files.delete(practiceId, stored.original());
		files.delete(practiceId, stored.clean());
		journal.record(practiceId, actor, "media.deleted", Map.of("media", Long.toString(mediaId)));
	}

	private ImageContext context(long practiceId, Optional<ConsentRecord> consent) {
		String code = practices.get(practiceId).jurisdiction();
		Jurisdiction jurisdiction = java.util.Arrays.stream(Jurisdiction.values()).filter(j -> j.name().equals(code))
			.findFirst().orElse(Jurisdiction.FR);
		ImageContext context = ImageContext.of(jurisdiction);
		return consent.map(context::withConsent).orElse(context);
	}

	private static MediaRows.Checked checked(ImageReport report, CleanImage clean) {
		return new MediaRows.Checked("image/" + (clean.type().extension().equals("jpg") ? "jpeg" : clean.type().extension()),
				clean.width(), clean.height(), clean.bytes().length, report.verdict().id(), findings(report),
				report.metadata().notesFr());
	}

	private static List<MediaFinding> findings(ImageReport report) {
		return report.findings().stream().map(MediaLibrary::finding).toList();
	}

	private static MediaFinding finding(ImageFinding f) {
		return new MediaFinding(f.rule(), f.severity().id(), f.messageFr(), f.messageEn(),
				f.regions().stream().filter(r -> !r.isEmpty()).map(r -> new Box(Math.max(0, r.x()), Math.max(0, r.y()), r.w(), r.h())).toList());
	}

	/** Keeps the name for people (shown escaped), never for paths: no folders, no control characters, bounded. */
	private static String safeName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		name = name.isEmpty() ? "image" : name;
		return name.length() > 200 ? name.substring(0, 200) : name;
	}
}
