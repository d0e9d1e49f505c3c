package fr.sourire.imaging;

import java.util.List;

/**
 * What the file's hidden data (EXIF, XMP, IPTC, PNG text) says, in kinds rather than values. The clean copy drops all of it.
 *
 * @param gps          a position (latitude/longitude other than 0,0) is recorded
 * @param author       an owner, author, artist, creator or copyright name is recorded
 * @param deviceSerial a camera or lens serial number is recorded
 * @param dates        shooting or modification dates are recorded
 * @param description  a free text (title, description, comment, keywords) is recorded
 * @param orientation  EXIF orientation 1–8 (1 when absent)
 * @param notesFr      one plain French sentence per kind found
 */
public record MetadataSummary(boolean gps, boolean author, boolean deviceSerial, boolean dates, boolean description,
		int orientation, List<String> notesFr) {
	public MetadataSummary {
		notesFr = List.copyOf(notesFr);
	}

	public static final MetadataSummary NONE = new MetadataSummary(false, false, false, false, false, 1, List.of());

	public boolean any() {
		return gps || author || deviceSerial || dates || description;
	}
}
