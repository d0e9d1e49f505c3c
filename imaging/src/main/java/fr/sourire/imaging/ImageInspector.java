package fr.sourire.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks one image before publication: real type and safety limits, faces (PATIENT.IMAGE), text drawn in the image and
 * hidden metadata (PATIENT.IDENTITY), before/after montages (PATIENT.BEFORE_AFTER). Thread-safe; create one per
 * application and close it at shutdown (it holds the face model).
 * <p>
 * The pixels are decoded once, subsampled so that the longer side is about {@code analysisSide} pixels (1 280 by default):
 * a 12-megapixel photo costs about one decode plus a few tens of milliseconds of detection.
 */
public final class ImageInspector implements AutoCloseable {
	private final ImageLimits limits;
	private final Supplier<FaceDetector> detectorFactory;
	private volatile FaceDetector detector;
	private final TextReader textReader;
	private final ImageTextScreen textScreen;
	private final int analysisSide;
	private final OcrPolicy ocrPolicy;

	/** When OCR runs. */
	public enum OcrPolicy {
		/** Only on areas that look like text (default). */
		WHERE_TEXT_SEEN,
		/** On the whole image, always. */
		ALWAYS
	}

	/** Waits for tesseract processes; daemon threads, so an application can always stop. */
	private static final java.util.concurrent.ExecutorService TEXT_POOL = java.util.concurrent.Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "sourire-ocr");
		t.setDaemon(true);
		return t;
	});

	private ImageInspector(Builder b) {
		this.limits = b.limits;
		this.detectorFactory = b.detectorFactory;
		this.textReader = b.textReader;
		this.textScreen = b.textScreen;
		this.analysisSide = b.analysisSide;
		this.ocrPolicy = b.ocrPolicy;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Defaults: {@link ImageLimits#DEFAULT}, BlazeFace, {@code tesseract} from the PATH, {@link FrenchIdentityScreen}. */
	public static ImageInspector create() {
		return builder().build();
	}

	public ImageLimits limits() {
		return limits;
	}

	public ImageReport inspect(Path file, ImageContext context) throws ImageRejectedException, IOException {
		limits.checkSize(Files.size(file));
		ImageReport report = inspect(Files.readAllBytes(file), context);
		return report.withTypeNote(typeNote(file.getFileName() == null ? "" : file.getFileName().toString(), report.detectedType()));
	}

	/** A plain French note when a file name's extension does not match the real type; empty otherwise. */
	public static String typeNote(String fileName, ImageType real) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return "";
		}
		String ext = fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
		ImageType declared = switch (ext) {
			case "jpg", "jpeg", "jpe", "jfif" -> ImageType.JPEG;
			case "png" -> ImageType.PNG;
			case "webp" -> ImageType.WEBP;
			case "heic", "heif" -> ImageType.HEIC;
			case "gif" -> ImageType.GIF;
			case "tif", "tiff" -> ImageType.TIFF;
			case "svg" -> ImageType.SVG;
			default -> null;
		};
		if (declared == null || declared == real) {
			return "";
		}
		return "Ce fichier porte l'extension ." + ext + " mais c'est une image " + real.name()
				+ " : il est vérifié comme " + real.name() + " (renommez-le en ." + real.extension() + ").";
	}

	public ImageReport inspect(byte[] bytes, ImageContext context) throws ImageRejectedException {
		limits.checkSize(bytes.length);
		ImageType type = ImageSniffer.sniff(bytes);
		if (!type.supported()) {
			throw UnsupportedImageException.of(type);
		}
		if (ImageSniffer.looksPolyglot(bytes)) {
			throw UnsupportedImageException.polyglot(type);
		}
		ImageDecoder.Header header = ImageDecoder.header(bytes, type, limits);
		MetadataInspector.Result meta = MetadataInspector.read(bytes);
		int orientation = meta.summary().orientation();
		int displayW = Orientation.swapsSides(orientation) ? header.height() : header.width();
		int displayH = Orientation.swapsSides(orientation) ? header.width() : header.height();
		int sub = Math.max(1, (Math.max(header.width(), header.height()) + analysisSide - 1) / analysisSide);
		// Faces in the top tiles are looked for while the rest of the image is decoded (upright baseline JPEG: its rows
		// arrive once, top to bottom, already in place); otherwise the scan waits for the whole image.
		FaceDetector.Scan faceScan = detector().scan();
		boolean rowsInPlace = type == ImageType.JPEG && (orientation <= 1 || orientation > 8) && ImageDecoder.isSequentialJpeg(bytes);
		BufferedImage analysis = Orientation.apply(
				ImageDecoder.decode(bytes, type, limits, sub, rowsInPlace ? faceScan::rowsDecoded : null), orientation);
		double fx = displayW / (double) analysis.getWidth(), fy = displayH / (double) analysis.getHeight();

		List<ImageFinding> findings = new ArrayList<>();
		// The text step (gate, then OCR) runs on another thread while the faces are finished.
		List<ImageFinding> textFindings = new ArrayList<>();
		StringBuilder imageText = new StringBuilder();
		java.util.concurrent.CompletableFuture<TextCheck> textCheckFuture = java.util.concurrent.CompletableFuture.supplyAsync(
				() -> text(analysis, fx, fy, displayW, displayH, context, textFindings, imageText), TEXT_POOL);
		faces(faceScan.finish(analysis), fx, fy, displayW, displayH, context, findings);
		TextCheck textCheck;
		try {
			textCheck = textCheckFuture.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (java.util.concurrent.ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
		findings.addAll(textFindings);
		metadata(meta, context, findings);
		beforeAfter(analysis, fx, fy, imageText + "\n" + context.caption(), context, findings);

		Severity verdict = Severity.OK;
		for (ImageFinding f : findings) {
			verdict = Severity.max(verdict, f.severity());
		}
		return new ImageReport(verdict, findings, meta.summary(), type, displayW, displayH, textCheck, "");
	}

	private void faces(List<FaceDetector.Face> faces, double fx, double fy, int w, int h, ImageContext ctx, List<ImageFinding> out) {
		List<Region> boxes = new ArrayList<>();
		for (FaceDetector.Face f : faces) {
			Region r = f.box();
			Region scaled = new Region((int) Math.floor(r.x() * fx), (int) Math.floor(r.y() * fy),
					(int) Math.ceil(r.w() * fx), (int) Math.ceil(r.h() * fy)).grow(0.15).clip(w, h);
			if (!scaled.isEmpty()) {
				boxes.add(scaled);
			}
		}
		if (boxes.isEmpty()) {
			return;
		}
		Severity severity = Severities.patientImage(ctx.jurisdiction(), ctx.consent());
		String n = boxes.size() == 1 ? "Un visage est visible" : boxes.size() + " visages sont visibles";
		String nEn = boxes.size() == 1 ? "A face is visible" : boxes.size() + " faces are visible";
		String fr, en;
		if (severity == Severity.BLOCK && ctx.jurisdiction() == Jurisdiction.FR) {
			fr = n + " sur la photo : floutez-le avant de publier. Même avec l'accord écrit du patient, un visage reconnaissable "
					+ "ne peut pas être publié (secret professionnel).";
			en = nEn + " on the photo: blur it before publishing. Even with the patient's written consent, a recognisable face "
					+ "cannot be published in France (professional secrecy).";
		} else if (severity == Severity.BLOCK) {
			fr = n + " sur la photo : floutez-le, ou enregistrez le consentement écrit de la personne avant de publier.";
			en = nEn + " on the photo: blur it, or record the person's written consent before publishing.";
		} else {
			fr = n + " sur la photo ; un consentement écrit est enregistré (réf. " + ctx.consent().map(ConsentRecord::reference).orElse("")
					+ ") : vérifiez qu'il couvre cette publication.";
			en = nEn + " on the photo; a written consent is recorded (ref. " + ctx.consent().map(ConsentRecord::reference).orElse("")
					+ "): check that it covers this publication.";
		}
		out.add(new ImageFinding(Rules.PATIENT_IMAGE, severity, fr, en, boxes));
	}

	private TextCheck text(BufferedImage analysis, double fx, double fy, int w, int h, ImageContext ctx, List<ImageFinding> out,
			StringBuilder imageText) {
		if (!textReader.available()) {
			out.add(notChecked());
			return TextCheck.NOT_CHECKED;
		}
		List<Region> candidates = null;
		if (ocrPolicy == OcrPolicy.WHERE_TEXT_SEEN) {
			candidates = TextGate.candidates(analysis);
			if (candidates.isEmpty()) {
				return TextCheck.NO_TEXT_SEEN;
			}
			if (TextGate.coverage(candidates, analysis.getWidth(), analysis.getHeight()) >= 0.6) {
				candidates = null;
			}
		}
		TextReader.OcrText ocr;
		try {
			ocr = candidates == null ? textReader.read(TextGate.forOcr(analysis))
					: textReader.readDarkOnLight(TextGate.keepOnly(analysis, candidates));
		} catch (TextReader.OcrUnavailableException e) {
			out.add(notChecked());
			return TextCheck.NOT_CHECKED;
		}
		// Words the OCR is unsure of are mostly noise read in textures (hair, foliage): they would make up names.
		ocr = new TextReader.OcrText(ocr.words().stream().filter(word -> word.confidence() >= 50).toList());
		String text = ocr.text();
		imageText.append(text);
		Set<IdentityHit.Kind> blocking = EnumSet.noneOf(IdentityHit.Kind.class);
		List<Region> blockRegions = new ArrayList<>(), dateRegions = new ArrayList<>();
		for (IdentityHit hit : textScreen.screen(text)) {
			Region r = ocr.regionOf(hit.start(), hit.end());
			Region scaled = r == null ? null : new Region((int) Math.floor(r.x() * fx), (int) Math.floor(r.y() * fy),
					(int) Math.ceil(r.w() * fx), (int) Math.ceil(r.h() * fy)).grow(0.1).clip(w, h);
			if (hit.identifiesAlone()) {
				blocking.add(hit.kind());
				if (scaled != null) {
					blockRegions.add(scaled);
				}
			} else if (scaled != null) {
				dateRegions.add(scaled);
			} else {
				dateRegions.add(new Region(0, 0, 0, 0));
			}
		}
		if (!blocking.isEmpty()) {
			out.add(new ImageFinding(Rules.PATIENT_IDENTITY, Severities.patientIdentity(ctx.jurisdiction()),
					"Le texte de l'image contient " + kindsFr(blocking) + " : masquez-le avant de publier (secret professionnel).",
					"The text in the image contains " + kindsEn(blocking) + ": mask it before publishing (professional secrecy).",
					blockRegions));
		}
		if (!dateRegions.isEmpty()) {
			out.add(new ImageFinding(Rules.PATIENT_IDENTITY, Severity.WARN,
					"Une date apparaît dans l'image : si c'est la date de naissance ou d'examen d'un patient, masquez-la.",
					"A date appears in the image: if it is a patient's date of birth or exam date, mask it.",
					dateRegions.stream().filter(r -> !r.isEmpty()).toList()));
		}
		return TextCheck.READ;
	}

	private static ImageFinding notChecked() {
		return new ImageFinding(Rules.PATIENT_IDENTITY, Severity.WARN,
				"Texte de l'image non vérifié : la lecture automatique du texte (OCR) n'est pas disponible. Vérifiez vous-même "
						+ "qu'aucun nom, date de naissance, numéro de sécurité sociale ou de téléphone n'apparaît sur l'image.",
				"Text in the image not checked: text recognition (OCR) is not available. Check yourself that no name, date of "
						+ "birth, social security or phone number appears on the image.",
				List.of());
	}

	private void metadata(MetadataInspector.Result meta, ImageContext ctx, List<ImageFinding> out) {
		MetadataSummary m = meta.summary();
		Set<IdentityHit.Kind> kinds = EnumSet.noneOf(IdentityHit.Kind.class);
		for (String t : meta.texts()) {
			for (IdentityHit hit : textScreen.screen(t)) {
				if (hit.identifiesAlone()) {
					kinds.add(hit.kind());
				}
			}
		}
		if (!m.any() && kinds.isEmpty()) {
			return;
		}
		List<String> fr = new ArrayList<>(m.notesFr());
		if (!kinds.isEmpty()) {
			fr.add("Les données cachées de la photo contiennent " + kindsFr(kinds) + ".");
		}
		String en = "The photo's hidden data (" + (m.gps() ? "location, " : "") + (m.author() ? "author, " : "")
				+ (m.deviceSerial() ? "device serial, " : "") + (m.dates() ? "dates, " : "") + (m.description() ? "description, " : "")
				+ (kinds.isEmpty() ? "" : kindsEn(kinds) + ", ") + "…) is removed from the published copy.";
		out.add(new ImageFinding(Rules.PATIENT_IDENTITY, Severity.INFO, String.join(" ", fr), en.replace(", …)", ")"), List.of()));
	}

	private void beforeAfter(BufferedImage analysis, double fx, double fy, String text, ImageContext ctx, List<ImageFinding> out) {
		Optional<BeforeAfterDetector.Layout> layout = BeforeAfterDetector.layout(analysis);
		boolean words = BeforeAfterDetector.textSuggests(text);
		if (layout.isEmpty() && !words) {
			return;
		}
		List<Region> regions = new ArrayList<>();
		layout.ifPresent(l -> {
			for (Region r : List.of(l.first(), l.second())) {
				regions.add(new Region((int) Math.round(r.x() * fx), (int) Math.round(r.y() * fy),
						(int) Math.round(r.w() * fx), (int) Math.round(r.h() * fy)));
			}
		});
		String why = layout.isPresent() && words ? "deux photos comparables côte à côte et les mots avant/après"
				: layout.isPresent() ? "deux photos comparables côte à côte" : "les mots avant/après (ou J+n, transformation)";
		String whyEn = layout.isPresent() && words ? "two comparable photos side by side and before/after wording"
				: layout.isPresent() ? "two comparable photos side by side" : "before/after wording (or D+n, transformation)";
		out.add(new ImageFinding(Rules.PATIENT_BEFORE_AFTER, Severities.beforeAfter(ctx.jurisdiction()),
				"Montage avant/après (" + why + ") : ces images suggèrent un résultat certain et ne peuvent pas être publiées pour le public.",
				"Before/after montage (" + whyEn + "): such images suggest a certain result and cannot be published to the public.",
				regions));
	}

	private static String kindsFr(Set<IdentityHit.Kind> kinds) {
		List<String> s = new ArrayList<>();
		for (IdentityHit.Kind k : kinds) {
			s.add(switch (k) {
				case NAME -> "un nom";
				case BIRTH_DATE -> "une date de naissance";
				case DATE -> "une date";
				case NIR -> "un numéro de sécurité sociale";
				case PHONE -> "un numéro de téléphone";
			});
		}
		return join(s, " et ");
	}

	private static String kindsEn(Set<IdentityHit.Kind> kinds) {
		List<String> s = new ArrayList<>();
		for (IdentityHit.Kind k : kinds) {
			s.add(switch (k) {
				case NAME -> "a name";
				case BIRTH_DATE -> "a date of birth";
				case DATE -> "a date";
				case NIR -> "a social security number";
				case PHONE -> "a phone number";
			});
		}
		return join(s, " and ");
	}

	private static String join(List<String> parts, String last) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
	}

	private FaceDetector detector() {
		FaceDetector d = detector;
		if (d == null) {
			synchronized (this) {
				d = detector;
				if (d == null) {
					d = detectorFactory.get();
					detector = d;
				}
			}
		}
		return d;
	}

	@Override
	public void close() {
		if (textReader instanceof AutoCloseable c) {
			try {
				c.close();
			} catch (Exception e) {
				// nothing to do
			}
		}
		FaceDetector d = detector;
		if (d != null) {
			try {
				d.close();
			} catch (Exception e) {
				// nothing to do
			}
		}
	}

	/** Configuration; every setting has a safe default. */
	public static final class Builder {
		private ImageLimits limits = ImageLimits.DEFAULT;
		private Supplier<FaceDetector> detectorFactory = BlazeFaceDetector::new;
		private TextReader textReader = new LibTesseractTextReader();
		private ImageTextScreen textScreen = new FrenchIdentityScreen();
		private int analysisSide = 1280;
		private OcrPolicy ocrPolicy = OcrPolicy.WHERE_TEXT_SEEN;

		public Builder limits(ImageLimits value) {
			limits = value;
			return this;
		}

		public Builder faceDetector(FaceDetector value) {
			detectorFactory = () -> value;
			return this;
		}

		public Builder textReader(TextReader value) {
			textReader = value;
			return this;
		}

		/**
		 * Path of the tesseract command; a path that does not exist means "no OCR here" (reported as a warning). The plain
		 * name {@code tesseract} (the default) means the system's Tesseract: loaded in process (libtesseract) when it can
		 * be, else this command.
		 */
		public Builder tesseract(String command) {
			TextReader process = new TesseractTextReader(command, "fra", java.time.Duration.ofSeconds(30));
			textReader = command.equals("tesseract")
					? new LibTesseractTextReader("fra", Math.min(2, Runtime.getRuntime().availableProcessors()), process)
					: process;
			return this;
		}

		public Builder textScreen(ImageTextScreen value) {
			textScreen = value;
			return this;
		}

		/** Longer side, in pixels, of the image used for detection (the decode is subsampled down to about this). */
		public Builder analysisSide(int value) {
			if (value < 256) {
				throw new IllegalArgumentException("analysisSide < 256");
			}
			analysisSide = value;
			return this;
		}

		public Builder ocrPolicy(OcrPolicy value) {
			ocrPolicy = value;
			return this;
		}

		public ImageInspector build() {
			return new ImageInspector(this);
		}
	}
}
