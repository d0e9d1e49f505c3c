package fr.sourire.web.pages;

import fr.sourire.compliance.CheckResult;

/** A checked text and its findings, for the dentist's approval view. */
public record LabelledResult(String label, String text, CheckResult result) {
}
