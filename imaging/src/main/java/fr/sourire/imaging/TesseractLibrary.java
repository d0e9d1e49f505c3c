package fr.sourire.imaging;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The few functions of Tesseract's C API (capi.h) that OCR needs, bound with JNA to Debian's libtesseract.so.5. */
interface TesseractLibrary extends Library {
	/** Debian ships only the versioned name without the -dev package. */
	String NAME = "libtesseract.so.5";

	/** Page segmentation mode 11: sparse text, as {@code --psm 11}. */
	int PSM_SPARSE_TEXT = 11;

	/**
	 * Loads the library with OpenMP limited to one thread (unless OMP_THREAD_LIMIT is already set), as the command is run:
	 * on a shared server, tesseract's spinning worker threads cost more than they save. OpenMP reads the variable once,
	 * when it is loaded with libtesseract, so it is set in this process's environment just before. Leptonica's notes
	 * (on standard error) are silenced.
	 */
	static TesseractLibrary load() {
		LibC.INSTANCE.setenv("OMP_THREAD_LIMIT", "1", 0);
		TesseractLibrary library = Native.load(NAME, TesseractLibrary.class);
		try {
			com.sun.jna.NativeLibrary.getInstance("liblept.so.5").getFunction("setMsgSeverity").invokeInt(new Object[] {L_SEVERITY_NONE});
		} catch (UnsatisfiedLinkError e) {
			// another Leptonica build: its notes go to standard error, nothing worse
		}
		return library;
	}

	/** Leptonica's "no messages" level. */
	int L_SEVERITY_NONE = 6;

	/** The C library's setenv, for OpenMP's settings. */
	interface LibC extends Library {
		LibC INSTANCE = Native.load("c", LibC.class);

		int setenv(String name, String value, int overwrite);
	}

	Pointer TessBaseAPICreate();

	/** 0 when the language model was loaded; a null data path means the library's own (TESSDATA_PREFIX or Debian's). */
	int TessBaseAPIInit3(Pointer api, String dataPath, String language);

	/** Returns false (0) for an unknown variable. */
	int TessBaseAPISetVariable(Pointer api, String name, String value);

	void TessBaseAPISetPageSegMode(Pointer api, int mode);

	void TessBaseAPISetImage(Pointer api, byte[] pixels, int width, int height, int bytesPerPixel, int bytesPerLine);

	void TessBaseAPISetRectangle(Pointer api, int left, int top, int width, int height);

	int TessBaseAPIRecognize(Pointer api, Pointer monitor);

	Pointer TessBaseAPIGetTsvText(Pointer api, int page);

	void TessDeleteText(Pointer text);

	void TessBaseAPIClear(Pointer api);

	void TessBaseAPIDelete(Pointer api);
}
