package io.keystonebi.api.imports;

/** The name an upload is recorded under: its original file name without any path, safe to use in a file name. */
final class UploadNames {

	private UploadNames() {
	}

	static String displayName(String originalFilename) {
		if (originalFilename == null || originalFilename.isBlank()) {
			return "upload.csv";
		}
		String name = originalFilename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[^A-Za-z0-9._ -]", "_");
		return name.isBlank() ? "upload.csv" : name;
	}

}
