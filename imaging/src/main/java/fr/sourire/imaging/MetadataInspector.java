package fr.sourire.imaging;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads EXIF, XMP, IPTC and PNG text with metadata-extractor and sums them up in kinds, never failing. */
final class MetadataInspector {
	private static final Pattern AUTHOR = Pattern.compile("artist|author|creator|owner|by-?line|copyright|writer|credit|rights|contact");
	private static final Pattern SERIAL = Pattern.compile("serial");
	private static final Pattern DATE = Pattern.compile("date|time");
	private static final Pattern TEXT = Pattern.compile("description|comment|caption|title|subject|keywords|headline|textual data|user comment|label");
	private static final Pattern XMP_AUTHOR = Pattern.compile("(dc:creator|dc:rights|photoshop:author|xmp:author|tiff:artist|aux:ownername|photoshop:credit|xmprights)", Pattern.CASE_INSENSITIVE);
	private static final Pattern XMP_GPS = Pattern.compile("exif:gps(latitude|longitude)", Pattern.CASE_INSENSITIVE);
	private static final Pattern XMP_TEXT = Pattern.compile("(dc:description|dc:title|dc:subject|photoshop:headline|iptc.*location|photoshop:city)", Pattern.CASE_INSENSITIVE);

	/** The summary and the free texts found (to be screened for names like the text in the image). */
	record Result(MetadataSummary summary, List<String> texts) {
	}

	private MetadataInspector() {
	}

	static Result read(byte[] bytes) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
		} catch (Exception | StackOverflowError e) {
			// Unreadable metadata is not a reason to refuse the photo: the clean copy drops it anyway.
			return new Result(MetadataSummary.NONE, List.of());
		}
		boolean gps = false, author = false, serial = false, dates = false, description = false;
		int orientation = 1;
		List<String> texts = new ArrayList<>();
		for (Directory dir : metadata.getDirectories()) {
			String dirName = dir.getName().toLowerCase(Locale.ROOT);
			if (dir instanceof GpsDirectory g) {
				GeoLocation loc = g.getGeoLocation();
				if (loc != null && !loc.isZero()) {
					gps = true;
				}
				continue;
			}
			if (dir instanceof ExifIFD0Directory && dir.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				Integer o = dir.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
				if (o != null && o >= 1 && o <= 8) {
					orientation = o;
				}
			}
			if (dir instanceof XmpDirectory xmp) {
				for (Map.Entry<String, String> e : xmp.getXmpProperties().entrySet()) {
					String key = e.getKey();
					String value = e.getValue() == null ? "" : e.getValue().trim();
					if (value.isEmpty()) {
						continue;
					}
					if (XMP_GPS.matcher(key).find()) {
						gps = true;
					} else if (XMP_AUTHOR.matcher(key).find()) {
						author = true;
						texts.add(value);
					} else if (key.toLowerCase(Locale.ROOT).contains("serial")) {
						serial = true;
					} else if (key.toLowerCase(Locale.ROOT).contains("date")) {
						dates = true;
					} else if (XMP_TEXT.matcher(key).find()) {
						description = true;
						texts.add(value);
					}
				}
				continue;
			}
			for (Tag tag : dir.getTags()) {
				String name = tag.getTagName().toLowerCase(Locale.ROOT);
				String value = safeDescription(tag);
				if (value.isBlank()) {
					continue;
				}
				if (name.contains("textual data")) {
					// PNG tEXt/iTXt/zTXt: "Keyword: value"; the keyword says what it is (Author, Comment, Creation Time…)
					int colon = value.indexOf(':');
					name = colon > 0 ? value.substring(0, colon).toLowerCase(Locale.ROOT) : "comment";
					if (DATE.matcher(name).find()) {
						dates = true;
						continue;
					}
					if (!AUTHOR.matcher(name).find() && !SERIAL.matcher(name).find()) {
						name = "comment";
					}
					dirName = "png";
				}
				if (SERIAL.matcher(name).find()) {
					serial = true;
				} else if (AUTHOR.matcher(name).find()) {
					author = true;
					texts.add(value);
				} else if (TEXT.matcher(name).find() && !dirName.contains("thumbnail") && !name.contains("compression")) {
					description = true;
					texts.add(value);
				} else if (DATE.matcher(name).find() && !name.contains("exposure") && !name.contains("offset")
						&& !name.contains("zone") && (dirName.contains("exif") || dirName.contains("iptc") || dirName.contains("png"))) {
					dates = true;
				}
			}
		}
		List<String> notes = new ArrayList<>();
		if (gps) {
			notes.add("Cette photo indique l'endroit où elle a été prise (position GPS) : la copie publiée ne le contiendra pas.");
		}
		if (author) {
			notes.add("Cette photo contient le nom de son auteur ou de son propriétaire : la copie publiée ne le contiendra pas.");
		}
		if (serial) {
			notes.add("Cette photo contient le numéro de série de l'appareil : la copie publiée ne le contiendra pas.");
		}
		if (dates) {
			notes.add("Cette photo contient la date et l'heure de la prise de vue : la copie publiée ne les contiendra pas.");
		}
		if (description) {
			notes.add("Cette photo contient un titre, une description ou un commentaire caché : la copie publiée ne le contiendra pas.");
		}
		return new Result(new MetadataSummary(gps, author, serial, dates, description, orientation, notes), texts);
	}

	private static String safeDescription(Tag tag) {
		try {
			String d = tag.getDescription();
			return d == null ? "" : d;
		} catch (RuntimeException e) {
			return "";
		}
	}
}
