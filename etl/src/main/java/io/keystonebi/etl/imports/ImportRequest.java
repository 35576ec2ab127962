package io.keystonebi.etl.imports;

/**
 * What to import.
 *
 * @param file the file: a path, or {@code classpath:...} for a bundled file
 * @param fileName the name to record and show (an upload's original name); null uses the path's last part
 * @param mapping a mapping name or a path to a mapping file
 * @param location the source id of the location the rows belong to; null uses the mapping's location
 * @param rebaseDays days added to every date of a mapping with a rebase group (the demo's date shift); 0 for
 * real imports
 */
public record ImportRequest(String file, String fileName, String mapping, String location, long rebaseDays) {

	/** @return a plain import of a file with a mapping, in the mapping's location */
	public static ImportRequest of(String file, String mapping) {
		return new ImportRequest(file, null, mapping, null, 0);
	}

	/** @return the name the file is recorded under */
	public String displayName() {
		if (this.fileName != null && !this.fileName.isBlank()) {
			return this.fileName;
		}
		String path = this.file.replace('\\', '/');
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
