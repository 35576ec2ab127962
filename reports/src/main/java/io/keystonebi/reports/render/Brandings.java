package io.keystonebi.reports.render;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import io.keystonebi.reports.ReportsProperties;

/**
 * The brokerage's branding, read once from {@code bi.reports.branding.*} when the application starts, so a bad
 * colour or a missing logo stops it at once rather than failing the first scheduled report.
 */
@Component
public class Brandings {

	private final Branding branding;

	/**
	 * @param properties the reports settings
	 * @param resources resolves the logo's location
	 */
	public Brandings(ReportsProperties properties, ResourceLoader resources) {
		ReportsProperties.Branding settings = properties.branding();
		this.branding = new Branding(settings.brokerageName(), logo(resources, settings.logo()),
				settings.primaryColour(), settings.accentColour(), settings.headerText(), settings.footerText());
	}

	/** @return the branding every report is rendered with */
	public Branding branding() {
		return this.branding;
	}

	private static byte[] logo(ResourceLoader resources, String location) {
		Resource resource = resources.getResource(location);
		if (!resource.exists()) {
			throw new BrandLogoUnreadableException(location, "there is no such file");
		}
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new BrandLogoUnreadableException(location, ex.getMessage());
		}
		if (!Branding.png(bytes)) {
			throw new BrandLogoUnreadableException(location, "it is not a PNG image");
		}
		return bytes;
	}

}
