package fr.sourire.cli.image;

import fr.sourire.imaging.ImageFinding;
import fr.sourire.imaging.ImageReport;
import fr.sourire.imaging.MetadataSummary;
import fr.sourire.imaging.Region;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of an image report (the shape documented in docs/imaging.md). */
final class ImageJson {
	static final JsonMapper JSON = JsonMapper.builder().build();

	private ImageJson() {
	}

	static ObjectNode report(String file, ImageReport report) {
		ObjectNode root = JSON.createObjectNode();
		root.put("file", file);
		root.put("verdict", report.verdict().id());
		root.put("detectedType", report.detectedType().name().toLowerCase(java.util.Locale.ROOT));
		root.put("width", report.width());
		root.put("height", report.height());
		root.put("textCheck", report.textCheck().name().toLowerCase(java.util.Locale.ROOT));
		if (!report.typeNoteFr().isEmpty()) {
			root.put("typeNote", report.typeNoteFr());
		}
		ArrayNode findings = root.putArray("findings");
		for (ImageFinding f : report.findings()) {
			ObjectNode n = findings.addObject();
			n.put("rule", f.rule());
			n.put("severity", f.severity().id());
			n.put("message", f.messageFr());
			n.put("messageEn", f.messageEn());
			ArrayNode regions = n.putArray("regions");
			for (Region r : f.regions()) {
				regions.add(region(r));
			}
		}
		MetadataSummary m = report.metadata();
		ObjectNode meta = root.putObject("metadata");
		meta.put("gps", m.gps());
		meta.put("author", m.author());
		meta.put("deviceSerial", m.deviceSerial());
		meta.put("dates", m.dates());
		meta.put("description", m.description());
		meta.put("orientation", m.orientation());
		ArrayNode notes = meta.putArray("notes");
		m.notesFr().forEach(notes::add);
		return root;
	}

	static ObjectNode region(Region r) {
		ObjectNode o = JSON.createObjectNode();
		o.put("x", r.x());
		o.put("y", r.y());
		o.put("w", r.w());
		o.put("h", r.h());
		return o;
	}

	static ObjectNode error(String file, String message) {
		ObjectNode root = JSON.createObjectNode();
		root.put("file", file);
		root.put("error", message);
		return root;
	}
}
