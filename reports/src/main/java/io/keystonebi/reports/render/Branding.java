package io.keystonebi.reports.render;

import java.awt.Color;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a brokerage's reports look: every renderer that draws (the PDF) takes its name, logo, colours and page texts
 * from here.
 *
 * @param brokerageName printed in every page's header
 * @param logoPng the logo, a PNG image's bytes
 * @param primaryColour the header band's, table headers' and first chart series' colour, {@code #rrggbb}
 * @param accentColour the second colour of charts and rules, {@code #rrggbb}
 * @param headerText a line under the brokerage's name on every page; may be empty
 * @param footerText a line in every page's footer; may be empty
 */
public record Branding(String brokerageName, byte[] logoPng, String primaryColour, String accentColour,
		String headerText, String footerText) {

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	public Branding {
		Objects.requireNonNull(brokerageName, "brokerageName");
		Objects.requireNonNull(logoPng, "logoPng");
		primaryColour = colour("bi.reports.branding.primary-colour", primaryColour);
		accentColour = colour("bi.reports.branding.accent-colour", accentColour);
		headerText = (headerText != null) ? headerText : "";
		footerText = (footerText != null) ? footerText : "";
		if (!png(logoPng)) {
			throw new BrandLogoUnreadableException("(the given bytes)", "it is not a PNG image");
		}
	}

	/** @return the primary colour for drawing */
	Color primary() {
		return Color.decode(this.primaryColour);
	}

	/** @return the accent colour for drawing */
	Color accent() {
		return Color.decode(this.accentColour);
	}

	/**
	 * @param logo the logo's bytes
	 * @return whether they start as every PNG file does
	 */
	static boolean png(byte[] logo) {
		if (logo.length < PNG_SIGNATURE.length) {
			return false;
		}
		for (int i = 0; i < PNG_SIGNATURE.length; i++) {
			if (logo[i] != PNG_SIGNATURE[i]) {
				return false;
			}
		}
		return true;
	}

	private static String colour(String setting, String value) {
		if (value == null || !COLOUR.matcher(value.strip()).matches()) {
			throw new InvalidBrandColourException(setting, value);
		}
		return value.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
